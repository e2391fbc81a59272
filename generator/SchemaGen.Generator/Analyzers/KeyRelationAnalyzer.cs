using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Parsing;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// SG0028 and SG0029: keys that name other keys (<c>ValuesAreKeysFor</c>, PVE's keyAlias, on an enum
/// key; <c>Requires</c>) must name another key of the schema. The reasons are
/// <see cref="KeyRelationRules"/>', which the generator reads as "cannot generate".
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class KeyRelationAnalyzer : SchemaTypeAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.InvalidValuesAreKeysFor, Descriptors.InvalidRequires);

    private protected override void AnalyzeType(SymbolAnalysisContext context, SchemaSymbols symbols)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (symbols.PropertyStringOf(type) is null)
        {
            return;
        }

        var keys = new List<(IPropertySymbol Property, AttributeData Key, string Name, ValueKind Kind)>();
        foreach (var property in KeyProperties.Of(type).Select(k => k.Property))
        {
            if (symbols.KeyOf(property) is { } key && AttributeArguments.Name(key) is { } name
                && KeyParser.TryGetValueType(property.Type, out var kind, out _, out _))
            {
                keys.Add((property, key, name, kind));
            }
        }

        var kinds = new Dictionary<string, ValueKind>(System.StringComparer.Ordinal);
        foreach (var key in keys)
        {
            kinds[key.Name] = key.Kind;
        }

        foreach (var (property, key, name, kind) in keys)
        {
            if (AttributeArguments.Named(key, ContractNames.ValuesAreKeysFor) is { Value: string target }
                && KeyRelationRules.ProblemWithValuesAreKeysFor(name, kind, target, kinds) is { } keyAliasProblem)
            {
                Report(context, Descriptors.InvalidValuesAreKeysFor, type, property, key, name, ContractNames.ValuesAreKeysFor, target,
                    keyAliasProblem);
            }

            if (AttributeArguments.Named(key, ContractNames.Requires) is { Value: string required }
                && KeyRelationRules.ProblemWithRequires(name, required, kinds) is { } requiresProblem)
            {
                Report(context, Descriptors.InvalidRequires, type, property, key, name, ContractNames.Requires, required, requiresProblem);
            }
        }
    }

    private static void Report(SymbolAnalysisContext context, DiagnosticDescriptor descriptor, INamedTypeSymbol type,
        IPropertySymbol property, AttributeData key, string name, string argument, string target, string problem)
        => context.ReportDiagnostic(Diagnostic.Create(
            descriptor,
            AttributeArguments.NamedArgument(key, argument, AttributeArguments.FirstLocation(property), context.CancellationToken),
            DisplayNames.Of(type),
            property.Name,
            name,
            target,
            problem));
}
