using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Parsing.FromSyntax;

namespace SchemaGen.Generator.Parsing;

/// <summary>
/// Reads a <c>[PropertyString]</c> type's symbol into a <see cref="SchemaModel"/>. Returns null for a
/// schema it cannot use: the generator then stays silent and the analyzers say why.
/// </summary>
internal static class SchemaParser
{
    /// <summary>Partial properties, which the generated code implements, came with C# 13.</summary>
    public const LanguageVersion MinimumLanguageVersion = LanguageVersion.CSharp13;

    /// <summary>More keys than this do not fit the presence mask.</summary>
    public const int MaximumKeyCount = 64;

    /// <param name="type">The <c>[PropertyString]</c> type.</param>
    /// <param name="languageVersion">The C# version it is compiled with.</param>
    /// <param name="model">The semantic model of its declaration, in which its keys' attributes are read from their syntax where
    /// <see cref="SyntacticKeyReader"/> can (null: always bound).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static SchemaModel? Parse(INamedTypeSymbol type, LanguageVersion languageVersion, SemanticModel? model,
        CancellationToken cancellationToken)
    {
        if (languageVersion < MinimumLanguageVersion
            || !IsUsableType(type, cancellationToken)
            || !TryGetContainingTypes(type, out var containingTypes))
        {
            return null;
        }

        var attribute = AttributeNames.Find(type.GetAttributes(), ContractNames.PropertyStringAttribute);
        if (attribute is null)
        {
            return null;
        }

        var rules = ReadRules(type, attribute, forGeneration: true, cancellationToken, model);
        return rules is null ? null : rules with
        {
            Declaration = DeclarationOf(type),
            ContainingTypes = containingTypes.ToEquatableArray(),
            NeedsParameterlessConstructor = !type.IsValueType && !DeclaresInstanceConstructor(type, cancellationToken),
        };
    }

    /// <summary>
    /// The rules of a schema: its format name and its keys, read by <see cref="KeyParser"/>; null when
    /// a rule cannot be used. The analyzers read with this too (without <paramref name="forGeneration"/>),
    /// for a type in this compilation or a referenced assembly, so they interpret exactly what the
    /// generator implements.
    /// </summary>
    public static SchemaModel? ReadRules(INamedTypeSymbol type, AttributeData propertyString, bool forGeneration,
        CancellationToken cancellationToken, SemanticModel? model = null)
    {
        if (propertyString.ConstructorArguments.Length != 1 || propertyString.ConstructorArguments[0].Value is not string formatName)
        {
            return null;
        }

        var keys = new List<KeyModel>();
        foreach (var (property, arguments, fromInterface) in KeysOf(type, model, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = KeyParser.Parse(property, arguments, forGeneration, type, fromInterface);
            if (key is null)
            {
                return null;
            }

            keys.Add(key);
        }

        if (keys.Count == 0 || keys.Count > MaximumKeyCount || !AreConsistent(keys))
        {
            return null;
        }

        return new SchemaModel(
            type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : null,
            type.Name,
            type.IsValueType ? "struct" : "class",
            type.IsValueType,
            type.IsValueType && type.IsReadOnly,
            new List<ContainingTypeModel>().ToEquatableArray(),
            formatName,
            NamedString(propertyString, ContractNames.Option),
            keys.ToEquatableArray(),
            NeedsParameterlessConstructor: false);
    }

    /// <summary>
    /// The keys of <paramref name="type"/> as <see cref="KeyProperties"/> lists them, each with its arguments: the type's own read
    /// from their syntax when <paramref name="model"/> is given and <see cref="SyntacticKeyReader"/> is sure of them, else bound.
    /// </summary>
    private static IEnumerable<(KeyPropertyFacts Property, KeyArguments Arguments, bool FromInterface)> KeysOf(INamedTypeSymbol type,
        SemanticModel? model, CancellationToken cancellationToken)
    {
        if (model is not null && SyntacticKeyReader.Read(type, model, cancellationToken) is { } own)
        {
            var names = new HashSet<string>(own.Select(k => k.Property.Name), System.StringComparer.Ordinal);
            return own.Select(k => (k.Property, k.Arguments, false)).Concat(KeyProperties.OfInterfaces(type, names)
                .Select(k => (KeyPropertyFacts.Of(k.Property, fromInterface: true), KeyArguments.Of(k.Property, k.Key), true)));
        }

        return KeyProperties.Of(type)
            .Select(k => (KeyPropertyFacts.Of(k.Property, k.FromInterface), KeyArguments.Of(k.Property, k.Key), k.FromInterface));
    }

    /// <summary>
    /// Key names, aliases, key values that are keys, and default keys that clash, or keys that name
    /// keys that are not there, make a schema the generator cannot print.
    /// </summary>
    internal static bool AreConsistent(List<KeyModel> keys)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var name in keys.SelectMany(KeyRelationRules.NamesOf))
        {
            if (!KeyParser.IsValidKeyName(name) || !names.Add(name))
            {
                return false;
            }
        }

        var kinds = keys.ToDictionary(k => k.Name, k => k.Kind, System.StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if ((key.ValuesAreKeysFor is { } target && KeyRelationRules.ProblemWithValuesAreKeysFor(key.Name, key.Kind, target,
                kinds) is not null)
                || (key.Requires is { } required && KeyRelationRules.ProblemWithRequires(key.Name, required, kinds) is not null))
            {
                return false;
            }
        }

        return keys.Count(k => k.IsDefaultKey) <= 1;
    }

    // Whether the class declares a constructor of its own (then it must declare the parameterless one the generated parser calls),
    // read from its declarations: asking the symbol for its constructors builds all its members.
    private static bool DeclaresInstanceConstructor(INamedTypeSymbol type, CancellationToken cancellationToken)
        => type.DeclaringSyntaxReferences.Any(r => r.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration
            && declaration.Members.OfType<ConstructorDeclarationSyntax>().Any(c => !c.Modifiers.Any(SyntaxKind.StaticKeyword)));

    private static bool IsUsableType(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        if (type.IsGenericType || type.IsStatic || type.IsRefLikeType || type.IsAbstract
            || type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
        {
            return false;
        }

        // Every declaration must be partial, and none may have a primary constructor (the generated
        // constructor would have to call it).
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is not TypeDeclarationSyntax declaration
                || !declaration.Modifiers.Any(SyntaxKind.PartialKeyword)
                || declaration.ParameterList is not null)
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryGetContainingTypes(INamedTypeSymbol type, out List<ContainingTypeModel> containingTypes)
    {
        containingTypes = new List<ContainingTypeModel>();
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            if (outer.IsGenericType || outer.DeclaringSyntaxReferences.Any(
                r => r.GetSyntax() is not TypeDeclarationSyntax d || !d.Modifiers.Any(SyntaxKind.PartialKeyword)))
            {
                return false;
            }

            containingTypes.Insert(0, new ContainingTypeModel(DeclarationOf(outer), outer.Name));
        }

        return true;
    }

    internal static string DeclarationOf(INamedTypeSymbol type) => (type.IsRecord, type.TypeKind) switch
    {
        (true, TypeKind.Struct) => "record struct",
        (true, _) => "record",
        (false, TypeKind.Struct) => "struct",
        (false, TypeKind.Interface) => "interface",
        _ => "class",
    };

    internal static string? NamedString(AttributeData attribute, string name)
        => attribute.NamedArguments.FirstOrDefault(a => a.Key == name).Value.Value as string;
}
