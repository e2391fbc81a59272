using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SchemaGen.Generator.Analyzers.Interpretation;
using SchemaGen.Generator.Parsing;
using SchemaGen.Generator.Shared;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// SG0008, SG0009, SG0019-SG0022, SG0027: what a key property must be for the generator to
/// implement it (an instance property with a getter and no body of its own), of a type a property
/// string can hold, with a Format that names a real validator method or one of PVE's formats the
/// property can hold, and with a value for when it is absent that agrees with <c>required</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class KeyDeclarationAnalyzer : SchemaTypeAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.KeyPropertyNotImplementable,
        Descriptors.UnsupportedKeyType,
        Descriptors.InvalidFormatMethod,
        Descriptors.NamedFormatOnWrongType,
        Descriptors.OptionalKeyWithoutDefault,
        Descriptors.RequiredKeyWithDefault,
        Descriptors.RequiredKeyMarkedOptional);

    private protected override void AnalyzeType(SymbolAnalysisContext context, SchemaSymbols symbols)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (symbols.PropertyStringOf(type) is null)
        {
            return;
        }

        foreach (var property in KeyProperties.Of(type).Select(k => k.Property))
        {
            var key = symbols.KeyOf(property);
            if (key is not null)
            {
                AnalyzeKey(context, type, property, key);
            }
        }
    }

    private static void AnalyzeKey(SymbolAnalysisContext context, INamedTypeSymbol type, IPropertySymbol property, AttributeData key)
    {
        var cancellationToken = context.CancellationToken;
        var location = AttributeArguments.FirstLocation(property);
        var typeName = DisplayNames.Of(type);
        var keyName = AttributeArguments.Name(key) ?? "";

        var notImplementable = NotImplementableBecause(property, cancellationToken);
        if (notImplementable is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.KeyPropertyNotImplementable, location, typeName, property.Name, keyName,
                notImplementable));
        }

        if (!KeyParser.TryGetValueType(property.Type, out _, out var valueType, out bool isNullable))
        {
            var typeSyntax = (property.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(
                cancellationToken) as PropertyDeclarationSyntax)?.Type.GetLocation() ?? location;
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnsupportedKeyType, typeSyntax, typeName, property.Name, keyName,
                DisplayNames.Of(property.Type)));
            return;
        }

        var format = AttributeArguments.Named(key, ContractNames.Format);
        if (format is { } formatConstant && !KeyFormatRules.HasFormatMethod(type, formatConstant.Value as string))
        {
            var formatLocation = AttributeArguments.NamedArgument(key, ContractNames.Format, location, cancellationToken);
            var name = formatConstant.Value as string;
            if (name is not null && !KeyFormatRules.HasStaticMethod(type, name) && PveFormats.TryLookup(name, out _, out _))
            {
                KeyParser.TryGetValueType(property.Type, out var kind, out _, out _);
                if (KeyFormatRules.ProblemWithNamedFormat(name, kind, valueType) is { } problem)
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.NamedFormatOnWrongType, formatLocation, typeName,
                        property.Name, keyName, name, DisplayNames.Of(property.Type), problem));
                }
            }
            else
            {
                var suggestion = name is null ? null : KeySuggestions.Suggest(name,
                    PveFormats.Names.Concat(PveFormats.Names.Select(n => n + PveFormats.ListSuffix)));
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.InvalidFormatMethod,
                    formatLocation,
                    typeName,
                    property.Name,
                    keyName,
                    name ?? "null",
                    suggestion is null ? "" : "; did you mean '" + suggestion + "'?"));
            }
        }

        bool hasDefault = AttributeArguments.Named(key, ContractNames.Default) is { IsNull: false };
        if (property.IsRequired)
        {
            if (hasDefault)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.RequiredKeyWithDefault, AttributeArguments.NamedArgument(key, ContractNames.Default, location,
                        cancellationToken), typeName, property.Name, keyName));
            }

            if (AttributeArguments.Named(key, ContractNames.Optional) is { Value: true })
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.RequiredKeyMarkedOptional, AttributeArguments.NamedArgument(key, ContractNames.Optional, location,
                        cancellationToken), typeName, property.Name, keyName));
            }
        }
        else if (!isNullable && !hasDefault)
        {
            // An absent key would read as default(T): false, 0 or the first enum member, which the
            // schema never said; a string would even read as null behind a non-nullable type.
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.OptionalKeyWithoutDefault, location, typeName, property.Name, keyName,
                DisplayNames.Of(valueType)));
        }

    }

    /// <summary>Why the generator cannot write this partial property's body; null when it can (or when it is not partial:
    /// SG0007).</summary>
    private static string? NotImplementableBecause(IPropertySymbol property, CancellationToken cancellationToken)
    {
        if (!property.IsPartialDefinition && property.PartialDefinitionPart is null)
        {
            return null;
        }

        if (property.IsStatic)
        {
            return "it is static";
        }

        if (property.IsIndexer)
        {
            return "it is an indexer";
        }

        if (property.IsAbstract || property.IsVirtual || property.IsOverride)
        {
            return "it is abstract, virtual or an override";
        }

        if (property.GetMethod is null)
        {
            return "it has no get accessor";
        }

        if (property.RefKind != RefKind.None)
        {
            return "it returns by reference";
        }

        var definition = property.PartialDefinitionPart ?? property;
        var implementation = definition.PartialImplementationPart;
        if (implementation is not null && !IsGenerated(implementation))
        {
            return "it already has a body of its own";
        }

        return null;
    }

    /// <summary>Whether a declaration is the generator's own output (a file named by <c>SchemaEmitter.HintName</c>).</summary>
    private static bool IsGenerated(ISymbol symbol)
        => symbol.DeclaringSyntaxReferences.All(r => r.SyntaxTree.FilePath.EndsWith(ContractNames.GeneratedFileSuffix,
            System.StringComparison.Ordinal));
}
