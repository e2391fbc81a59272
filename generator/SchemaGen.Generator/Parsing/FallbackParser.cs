using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Parsing;

/// <summary>
/// Reads a schema the generator cannot implement into a <see cref="FallbackModel"/>, as the Regex
/// generator falls back to a runtime Regex: the user's code keeps compiling, so the analyzers run
/// and report the mistake. Null where even that is impossible (a type that is not partial).
/// </summary>
internal static class FallbackParser
{
    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static FallbackModel? Parse(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct) || !IsPartial(type, cancellationToken))
        {
            return null;
        }

        var containing = new List<ContainingTypeModel>();
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            if (!IsPartial(outer, cancellationToken))
            {
                return null;
            }

            // A generic containing type (SG0002) is repeated with its type parameters, so that the key properties
            // still get bodies and the build shows SG0002 alone.
            containing.Insert(0, new ContainingTypeModel(SchemaParser.DeclarationOf(outer), outer.Name, TypeParametersOf(outer)));
        }

        var properties = new List<FallbackProperty>();
        foreach (var property in type.GetMembers().OfType<IPropertySymbol>())
        {
            if (property.IsPartialDefinition && property.PartialImplementationPart is null && property.RefKind == RefKind.None
                && !property.IsIndexer
                && AttributeNames.Find(property.GetAttributes(), ContractNames.KeyAttribute) is not null
                && property.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(
                    cancellationToken) is PropertyDeclarationSyntax declaration)
            {
                var setter = declaration.AccessorList?.Accessors.FirstOrDefault(
                    a => a.Kind() is SyntaxKind.SetAccessorDeclaration or SyntaxKind.InitAccessorDeclaration);
                properties.Add(new FallbackProperty(
                    property.Name,
                    property.Type.ToDisplayString(TypeFormat),
                    string.Join(" ", declaration.Modifiers.Select(m => m.Text)),
                    setter?.Keyword.Text,
                    setter is null ? null : string.Join(" ", setter.Modifiers.Select(m => m.Text)),
                    property.IsStatic));
            }
        }

        // An interface's keys are declared whole, as the generated code would, so that the type still implements its interfaces.
        foreach (var key in KeyProperties.Of(type).Where(k => k.FromInterface && !k.Property.IsIndexer
            && k.Property.RefKind == RefKind.None))
        {
            var setter = key.Property.SetMethod;
            properties.Add(new FallbackProperty(
                key.Property.Name,
                key.Property.Type.ToDisplayString(TypeFormat),
                "public",
                setter is null ? null : setter.IsInitOnly ? "init" : "set",
                null,
                IsStatic: false,
                IsFromInterface: true));
        }

        return new FallbackModel(
            type.ContainingNamespace.IsGlobalNamespace ? null : type.ContainingNamespace.ToDisplayString(),
            type.Name,
            type.TypeParameters.Length == 0 ? "" : "<" + string.Join(", ", type.TypeParameters.Select(p => p.Name)) + ">",
            SchemaParser.DeclarationOf(type),
            type.IsValueType && type.IsReadOnly,
            containing.ToEquatableArray(),
            properties.ToEquatableArray());
    }

    private static string TypeParametersOf(INamedTypeSymbol type)
        => type.TypeParameters.Length == 0 ? "" : "<" + string.Join(", ", type.TypeParameters.Select(p => p.Variance switch
        {
            VarianceKind.Out => "out " + p.Name,
            VarianceKind.In => "in " + p.Name,
            _ => p.Name,
        })) + ">";

    private static bool IsPartial(INamedTypeSymbol type, CancellationToken cancellationToken)
        => type.DeclaringSyntaxReferences.All(r => r.GetSyntax(cancellationToken) is TypeDeclarationSyntax d
            && d.Modifiers.Any(SyntaxKind.PartialKeyword));
}
