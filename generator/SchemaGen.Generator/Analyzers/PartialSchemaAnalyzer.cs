using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// SG0001 and SG0007: the generator adds members to a schema type and implements its key
/// properties, so the type, every type containing it, and each key property must be partial.
/// The code fix <c>MakePartialCodeFix</c> adds the keyword.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PartialSchemaAnalyzer : SchemaTypeAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.TypeNotPartial, Descriptors.KeyPropertyNotPartial);

    private protected override void AnalyzeType(SymbolAnalysisContext context, SchemaSymbols symbols)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (symbols.PropertyStringOf(type) is null)
        {
            return;
        }

        // The schema type rides along, so that the code fix makes the whole chain partial from any link.
        var schemaLocation = new[] { AttributeArguments.FirstLocation(type) };
        for (var current = type; current is not null; current = current.ContainingType)
        {
            foreach (var reference in current.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(context.CancellationToken) is TypeDeclarationSyntax declaration
                    && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.TypeNotPartial, declaration.Identifier.GetLocation(), schemaLocation, DisplayNames.Of(type),
                            DisplayNames.Of(current)));
                }
            }
        }

        foreach (var property in type.GetMembers().OfType<IPropertySymbol>())
        {
            var key = symbols.KeyOf(property);
            if (key is null || property.IsPartialDefinition || property.PartialDefinitionPart is not null)
            {
                continue;
            }

            foreach (var reference in property.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(context.CancellationToken) is PropertyDeclarationSyntax declaration)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.KeyPropertyNotPartial, declaration.Identifier.GetLocation(), DisplayNames.Of(type), property.Name,
                            AttributeArguments.Name(key) ?? ""));
                }
            }
        }
    }
}
