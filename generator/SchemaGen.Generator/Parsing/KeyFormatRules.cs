using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Parsing.FromSyntax;
using SchemaGen.Generator.Shared;

namespace SchemaGen.Generator.Parsing;

/// <summary>
/// What a key's <c>Format</c> names: a validator method of the schema type, or one of PVE's named
/// formats, and which property types each can stand on. The generator and the analyzers both ask here.
/// </summary>
internal static class KeyFormatRules
{
    /// <summary>
    /// Resolves <paramref name="format"/>: a static method of that name in the schema type (or a type
    /// containing it, or a base type) wins; else a PVE format name, allowed on the property's type.
    /// False when it is neither, when the methods of that name include none the generated parser can call
    /// (<see cref="HasFormatMethod"/>: the analyzers' SG0019), or a PVE format the property's type cannot hold.
    /// </summary>
    public static bool TryResolve(INamedTypeSymbol schemaType, string format, ValueKind kind, ITypeSymbol valueType, out string? method,
        out string? named)
    {
        method = named = null;
        if (HasStaticMethod(schemaType, format))
        {
            // The method wins over a PVE name even when it cannot be called: the schema is then broken.
            method = format;
            return HasFormatMethod(schemaType, format);
        }

        if (!PveFormats.TryLookup(format, out _, out _) || ProblemWithNamedFormat(format, kind, valueType) is not null)
        {
            return false;
        }

        named = format;
        return true;
    }

    /// <summary>Why a PVE format cannot stand on a property of this type; null when it can.</summary>
    public static string? ProblemWithNamedFormat(string format, ValueKind kind, ITypeSymbol valueType)
    {
        if (kind == ValueKind.String)
        {
            return null;
        }

        if (format == KeyModel.DiskSizeFormat)
        {
            return valueType.SpecialType is SpecialType.System_Int64 or SpecialType.System_UInt64
                ? null
                : "'disk-size' holds bytes in a long or ulong property, or the text in a string property";
        }

        return format.EndsWith(PveFormats.ListSuffix, System.StringComparison.Ordinal)
            ? "a '-list' format holds the list's text, so its property must be a string"
            : "a PVE format checks text, so its property must be a string";
    }

    /// <summary>Whether a method of this name that the generated parser can call as <c>name(chars)</c> can be reached from code
    /// inside the schema type: <c>static string? name(ReadOnlySpan&lt;char&gt; value)</c> (the parameter may be <c>in</c>).</summary>
    public static bool HasFormatMethod(INamedTypeSymbol type, string? name)
        => !string.IsNullOrEmpty(name) && MethodsInScope(type, name!).Any(IsFormatMethod);

    /// <summary>Whether a type is <c>System.ReadOnlySpan&lt;T&gt;</c> of the given element type.</summary>
    public static bool IsSpanOf(ITypeSymbol type, SpecialType element)
        => type is INamedTypeSymbol { Name: "ReadOnlySpan", ContainingNamespace.Name: "System", TypeArguments.Length: 1 } span
           && span.TypeArguments[0].SpecialType == element;

    private static bool IsFormatMethod(IMethodSymbol method)
        => method.IsStatic
           && method.ReturnType.SpecialType == SpecialType.System_String
           && method.Parameters.Length == 1
           && method.Parameters[0].RefKind is RefKind.None or RefKind.In
           && IsSpanOf(method.Parameters[0].Type, SpecialType.System_Char);

    /// <summary>Whether a static method of this name can be reached from code inside the schema type.</summary>
    public static bool HasStaticMethod(INamedTypeSymbol type, string name) => MethodsInScope(type, name).Any(m => m.IsStatic);

    /// <summary>
    /// The methods of this name in the schema type, the types containing it, and their base types. A type whose declarations name
    /// no such member is not asked for it: asking builds all its members (DeclaredNames).
    /// </summary>
    private static IEnumerable<IMethodSymbol> MethodsInScope(INamedTypeSymbol type, string name)
    {
        for (var scope = type; scope is not null; scope = scope.ContainingType)
        {
            for (var candidate = scope; candidate is not null; candidate = candidate.BaseType)
            {
                if (!DeclaredNames.Of(candidate).Contains(name))
                {
                    continue;
                }

                foreach (var method in candidate.GetMembers(name).OfType<IMethodSymbol>())
                {
                    yield return method;
                }
            }
        }
    }
}
