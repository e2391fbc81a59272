using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SchemaGen.Generator.Parsing;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// SG0010-SG0012: key names and aliases must survive a round trip through a property string
/// (no ',', '=', white space, non-ASCII, nothing empty), name one key each, and at most one key
/// may take bare values.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class KeyNameAnalyzer : SchemaTypeAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.InvalidKeyName, Descriptors.DuplicateKeyName, Descriptors.TwoDefaultKeys);

    private protected override void AnalyzeType(SymbolAnalysisContext context, SchemaSymbols symbols)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (symbols.PropertyStringOf(type) is null)
        {
            return;
        }

        var typeName = DisplayNames.Of(type);
        var owners = new Dictionary<string, IPropertySymbol>(System.StringComparer.Ordinal);
        string? firstDefaultKey = null;
        foreach (var property in KeyProperties.Of(type).Select(k => k.Property))
        {
            var key = symbols.KeyOf(property);
            if (key is null)
            {
                continue;
            }

            var fallback = AttributeArguments.FirstLocation(property);
            var name = AttributeArguments.Name(key);
            var nameLocation = AttributeArguments.ConstructorArgument(key, 0, fallback, context.CancellationToken);
            Check(context, typeName, property, name ?? "", "key name", nameLocation, owners);

            if (AttributeArguments.Named(key, ContractNames.Alias) is { IsNull: false } aliasConstant)
            {
                var aliasLocation = AttributeArguments.NamedArgument(key, ContractNames.Alias, fallback, context.CancellationToken);
                Check(context, typeName, property, aliasConstant.Value as string ?? "", "alias", aliasLocation, owners);
            }

            if (AttributeArguments.Named(key, ContractNames.Aliases) is { Kind: TypedConstantKind.Array, IsNull: false } aliases)
            {
                for (int i = 0; i < aliases.Values.Length; i++)
                {
                    var aliasLocation = AttributeArguments.NamedArrayElement(key, ContractNames.Aliases, i, fallback,
                        context.CancellationToken);
                    Check(context, typeName, property, aliases.Values[i].Value as string ?? "", "alias", aliasLocation, owners);
                }
            }

            // PVE's keyAlias: each value of this enum key is a key too, and must not be another key's name.
            if (AttributeArguments.Named(key, ContractNames.ValuesAreKeysFor) is { Value: string }
                && KeyParser.TryGetValueType(property.Type, out var kind, out var valueType, out _) && kind == Model.ValueKind.Enum
                && KeyParser.EnumValuesOf(valueType) is { } values)
            {
                var valuesLocation = AttributeArguments.NamedArgument(key, ContractNames.ValuesAreKeysFor, fallback,
                    context.CancellationToken);
                foreach (var value in values)
                {
                    Check(context, typeName, property, value.Text, "value used as a key", valuesLocation, owners);
                }
            }

            if (AttributeArguments.Named(key, ContractNames.DefaultKey) is { Value: true })
            {
                if (firstDefaultKey is null)
                {
                    firstDefaultKey = name ?? "";
                }
                else
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.TwoDefaultKeys,
                        AttributeArguments.NamedArgument(key, ContractNames.DefaultKey, fallback, context.CancellationToken),
                        typeName,
                        property.Name,
                        name ?? "",
                        firstDefaultKey));
                }
            }
        }
    }

    private static void Check(SymbolAnalysisContext context, string typeName, IPropertySymbol property, string name, string what,
        Location location, Dictionary<string, IPropertySymbol> owners)
    {
        var problem = ProblemWith(name);
        if (problem is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidKeyName, location, typeName, property.Name, name, what, problem));
            return;
        }

        if (owners.TryGetValue(name, out var owner))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.DuplicateKeyName, location, typeName, owner.Name, name, property.Name));
            return;
        }

        owners.Add(name, property);
    }

    /// <summary>What keeps a name from being written in a property string; null when nothing does.</summary>
    internal static string? ProblemWith(string name)
    {
        if (KeyParser.IsValidKeyName(name))
        {
            return null;
        }

        if (name.Length == 0)
        {
            return "it is empty";
        }

        foreach (char c in name)
        {
            switch (c)
            {
                case ',':
                    return "it contains ',', which separates keys";
                case '=':
                    return "it contains '=', which separates a key from its value";
                case var _ when char.IsWhiteSpace(c):
                    return "it contains white space";
                case var _ when c >= 0x7F:
                    return "it contains a character outside printable ASCII";
                case var _ when c < ' ':
                    return "it contains a control character";
            }
        }

        return "it cannot be written in a property string";
    }
}
