using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SchemaGen.Generator.Parsing.FromSyntax;

/// <summary>
/// The names of a type's members other than its nested types (and of its primary constructor's parameters, which are in scope in
/// its body), for <see cref="ScopeLookup"/> to know whether a simple name in an attribute denotes a member of a type whose body
/// encloses it, and for <see cref="KeyFormatRules"/> whether a type may have a format method of a name. A source type's are read
/// from its declarations: <see cref="INamedTypeSymbol.MemberNames"/> builds every member of a record to answer, which is what
/// reading from the syntax spares.
/// </summary>
internal static class DeclaredNames
{
    // What the compiler adds to every record that can be named (a positional record's Deconstruct comes with its parameters, a
    // record class's EqualityContract below).
    private static readonly string[] RecordMembers = ["Equals", "GetHashCode", "ToString", "PrintMembers"];

    /// <summary>The names of the members of <paramref name="type"/> itself, not its base types', nested types aside.</summary>
    public static ICollection<string> Of(INamedTypeSymbol type)
    {
        var definition = type.OriginalDefinition;
        if (definition.DeclaringSyntaxReferences.IsEmpty)
        {
            // A type from metadata lists them without building its members (as a set).
            return definition.MemberNames as ICollection<string>
                ?? new HashSet<string>(definition.MemberNames, System.StringComparer.Ordinal);
        }

        var names = new HashSet<string>(System.StringComparer.Ordinal);
        if (definition.IsRecord)
        {
            names.UnionWith(RecordMembers);
            if (definition.IsReferenceType)
            {
                names.Add("EqualityContract");
            }
        }

        foreach (var reference in definition.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is not TypeDeclarationSyntax declaration)
            {
                continue;
            }

            // A primary constructor's parameters are in scope in the type's body.
            if (declaration.ParameterList is { } parameters)
            {
                names.UnionWith(parameters.Parameters.Select(p => p.Identifier.ValueText));
                if (definition.IsRecord)
                {
                    names.Add("Deconstruct");
                }
            }

            foreach (var member in declaration.Members)
            {
                switch (member)
                {
                    case BaseFieldDeclarationSyntax field:
                        names.UnionWith(field.Declaration.Variables.Select(v => v.Identifier.ValueText));
                        break;
                    case PropertyDeclarationSyntax property:
                        names.Add(property.Identifier.ValueText);
                        break;
                    case EventDeclarationSyntax @event:
                        names.Add(@event.Identifier.ValueText);
                        break;
                    case MethodDeclarationSyntax method:
                        names.Add(method.Identifier.ValueText);
                        break;
                    case DestructorDeclarationSyntax:
                        names.Add("Finalize");
                        break;
                }
            }
        }

        return names;
    }
}
