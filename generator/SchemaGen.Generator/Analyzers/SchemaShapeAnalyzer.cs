using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SchemaGen.Generator.Parsing;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// SG0002-SG0006: the schema types the generator passes over in silence because of what kind of
/// type they are (generic, static, abstract, ref struct, nested in a generic type, no format
/// name), a primary constructor, no keys or more than fit its presence mask, or a C# version
/// older than the partial properties it implements.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SchemaShapeAnalyzer : SchemaTypeAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.UnsupportedSchemaType,
        Descriptors.PrimaryConstructor,
        Descriptors.TooManyKeys,
        Descriptors.NoKeys,
        Descriptors.LanguageVersionTooOld);

    private protected override void AnalyzeType(SymbolAnalysisContext context, SchemaSymbols symbols)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        var attribute = symbols.PropertyStringOf(type);
        if (attribute is null)
        {
            return;
        }

        var location = AttributeArguments.FirstLocation(type);
        var name = DisplayNames.Of(type);
        var reason = UnsupportedBecause(type, attribute);
        if (reason is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnsupportedSchemaType, location, name, reason));
        }

        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(context.CancellationToken) is TypeDeclarationSyntax { ParameterList: { } parameters })
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.PrimaryConstructor, parameters.GetLocation(), name));
            }
        }

        int keys = KeyProperties.Of(type).Count();
        if (keys == 0)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.NoKeys, location, name));
        }
        else if (keys > SchemaParser.MaximumKeyCount)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TooManyKeys, location, name, keys, SchemaParser.MaximumKeyCount));
        }

        var version = AttributeArguments.LanguageVersionOf(type);
        if (version < SchemaParser.MinimumLanguageVersion)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.LanguageVersionTooOld,
                AttributeArguments.Attribute(attribute, location, context.CancellationToken),
                name,
                SchemaParser.MinimumLanguageVersion.ToDisplayString(),
                version.ToDisplayString()));
        }
    }

    private static string? UnsupportedBecause(INamedTypeSymbol type, AttributeData attribute)
    {
        // IsGenericType is also true for a type nested in a generic one: name that case first.
        var generic = ContainingGeneric(type);
        if (generic is not null)
        {
            return "it is nested in the generic type '" + DisplayNames.Of(generic) + "'";
        }

        if (type.TypeParameters.Length > 0)
        {
            return "it is generic";
        }

        if (type.IsStatic)
        {
            return "it is static";
        }

        if (type.IsAbstract)
        {
            return "it is abstract";
        }

        if (type.IsRefLikeType)
        {
            return "it is a ref struct";
        }

        if (AttributeArguments.Name(attribute) is null)
        {
            return "[PropertyString] gives no format name";
        }

        return null;
    }

    private static INamedTypeSymbol? ContainingGeneric(INamedTypeSymbol type)
    {
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            if (outer.TypeParameters.Length > 0)
            {
                return outer;
            }
        }

        return null;
    }
}
