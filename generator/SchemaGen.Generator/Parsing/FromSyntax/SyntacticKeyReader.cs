using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SchemaGen.Generator.Parsing.FromSyntax;

/// <summary>
/// Reads a schema type's own key properties with their <c>[Key]</c> and <c>[Description]</c> arguments from the syntax, naming
/// attribute classes, constants and the properties' types by lookup (<see cref="ScopeLookup"/>, <see cref="ConstantReader"/>,
/// <see cref="PropertyDeclarationReader"/>). Roslyn binds a compilation's attributes afresh after every edit, and builds a type's
/// members when it is asked for any of them; reading the declarations spares both. Where anything is written in a way this reader
/// does not resolve for certain it returns null, and the generator reads the bound symbols (<see cref="KeyProperties"/>), which
/// always answer the same for what this reader reads.
/// </summary>
internal static class SyntacticKeyReader
{
    /// <summary>One key property and its arguments.</summary>
    public readonly record struct Key(KeyPropertyFacts Property, KeyArguments Arguments);

    /// <summary>
    /// The type's own <c>[Key]</c> properties in the order <see cref="KeyProperties.Of"/> gives them, each with its arguments;
    /// null when one of its properties must be bound to be sure of it.
    /// </summary>
    /// <param name="type">The schema type.</param>
    /// <param name="model">The semantic model of the tree that declares it; a type declared in more than one tree is left to the
    /// compiler.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static List<Key>? Read(INamedTypeSymbol type, SemanticModel model, CancellationToken cancellationToken)
    {
        var declarations = new List<TypeDeclarationSyntax>();
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree != model.SyntaxTree || reference.GetSyntax(cancellationToken) is not TypeDeclarationSyntax declaration)
            {
                return null;
            }

            declarations.Add(declaration);
        }

        // A property written in two parts (a partial property's definition and its body) has the attributes of both.
        var properties = declarations.SelectMany(d => d.Members.OfType<PropertyDeclarationSyntax>()).ToList();
        var parts = properties.GroupBy(p => p.Identifier.ValueText, System.StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), System.StringComparer.Ordinal);
        var keys = new List<Key>();
        var scopes = new Dictionary<TypeDeclarationSyntax, ScopeLookup>();
        foreach (var declaration in properties)
        {
            if (declaration.AttributeLists.Count == 0)
            {
                continue;
            }

            var owner = (TypeDeclarationSyntax)declaration.Parent!;
            if (parts[declaration.Identifier.ValueText] != 1)
            {
                return null;
            }

            if (!scopes.TryGetValue(owner, out var scope))
            {
                scope = new ScopeLookup(model, type, owner);
                scopes.Add(owner, scope);
            }

            if (!TryReadAttributes(declaration, scope, out var arguments))
            {
                return null;
            }

            if (arguments is null)
            {
                continue;
            }

            if (PropertyDeclarationReader.Read(declaration, scope) is not { } facts)
            {
                return null;
            }

            keys.Add(new Key(facts, arguments));
        }

        return keys;
    }

    // The property's [Key] arguments (null when it has none) and its [Description]; false when an attribute cannot be read for sure.
    private static bool TryReadAttributes(PropertyDeclarationSyntax declaration, ScopeLookup scope, out KeyArguments? arguments)
    {
        arguments = null;
        AttributeSyntax? key = null, description = null;
        INamedTypeSymbol? keyClass = null, descriptionClass = null;
        foreach (var list in declaration.AttributeLists)
        {
            // [field: ...] belongs to the backing field, not the property; [property: ...] is rare and left to the compiler too.
            if (list.Target is not null)
            {
                return false;
            }

            foreach (var attribute in list.Attributes)
            {
                if (scope.AttributeClass(attribute.Name) is not { } attributeClass)
                {
                    return false;
                }

                // The first of each counts, as AttributeNames.Find takes the first.
                if (key is null && AttributeNames.Is(attributeClass, ContractNames.KeyAttribute))
                {
                    (key, keyClass) = (attribute, attributeClass);
                }
                else if (description is null && AttributeNames.Is(attributeClass, ContractNames.DescriptionAttribute))
                {
                    (description, descriptionClass) = (attribute, attributeClass);
                }
            }
        }

        if (key is null)
        {
            return true;
        }

        string? descriptionText = null;
        if (description is not null && !TryReadDescription(description, descriptionClass!, scope, out descriptionText))
        {
            return false;
        }

        arguments = ReadKey(key, keyClass!, scope, descriptionText);
        return arguments is not null;
    }

    private static KeyArguments? ReadKey(AttributeSyntax attribute, INamedTypeSymbol keyClass, ScopeLookup scope, string? description)
    {
        // The constructor is [Key(string name)]; another shape is the compiler's to judge.
        if (keyClass.InstanceConstructors.Length != 1 || !IsOneString(keyClass.InstanceConstructors[0]))
        {
            return null;
        }

        var parameter = keyClass.InstanceConstructors[0].Parameters[0];

        var constructor = ImmutableArray.CreateBuilder<ArgumentValue>(1);
        var named = new Dictionary<string, ArgumentValue>(System.StringComparer.Ordinal);
        foreach (var argument in attribute.ArgumentList?.Arguments ?? default)
        {
            if (argument.NameColon is not null)
            {
                return null;
            }

            if (argument.NameEquals is null)
            {
                if (named.Count > 0 || constructor.Count > 0
                    || ConstantReader.Read(argument.Expression, parameter.Type, scope) is not { } name)
                {
                    return null;
                }

                constructor.Add(name);
                continue;
            }

            var propertyName = argument.NameEquals.Name.Identifier.ValueText;
            if (SettableType(keyClass, propertyName) is not { } declared
                || ConstantReader.Read(argument.Expression, declared, scope) is not { } value
                || named.ContainsKey(propertyName))
            {
                return null;
            }

            named.Add(propertyName, value);
        }

        return constructor.Count == 1 ? new KeyArguments(constructor.MoveToImmutable(), named, description) : null;
    }

    // [Description("...")] or [Description]: DescriptionAttribute's two constructors.
    private static bool TryReadDescription(AttributeSyntax attribute, INamedTypeSymbol descriptionClass, ScopeLookup scope,
        out string? text)
    {
        text = null;
        var arguments = attribute.ArgumentList?.Arguments ?? default;
        if (arguments.Count == 0)
        {
            return descriptionClass.InstanceConstructors.Any(c => c.Parameters.IsEmpty);
        }

        var constructor = descriptionClass.InstanceConstructors.FirstOrDefault(IsOneString);
        if (arguments.Count != 1 || arguments[0] is not { NameEquals: null, NameColon: null } argument || constructor is null
            || ConstantReader.Read(argument.Expression, constructor.Parameters[0].Type, scope) is not { Value: string value })
        {
            return false;
        }

        text = value;
        return true;
    }

    private static bool IsOneString(IMethodSymbol constructor)
        => constructor.Parameters.Length == 1 && !constructor.Parameters[0].IsParams
           && constructor.Parameters[0].Type.SpecialType == SpecialType.System_String;

    // The type of a public instance property or field a named argument may set.
    private static ITypeSymbol? SettableType(INamedTypeSymbol attributeClass, string name)
    {
        var members = attributeClass.GetMembers(name);
        return members.Length != 1 ? null : members[0] switch
        {
            IPropertySymbol { IsStatic: false, IsIndexer: false, SetMethod.DeclaredAccessibility: Accessibility.Public } property
                => property.Type,
            IFieldSymbol { IsStatic: false, IsConst: false, IsReadOnly: false, DeclaredAccessibility: Accessibility.Public } field
                => field.Type,
            _ => null,
        };
    }
}
