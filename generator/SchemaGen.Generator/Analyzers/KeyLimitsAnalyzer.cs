using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SchemaGen.Generator.Analyzers.Interpretation;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Parsing;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// SG0013-SG0018: the rules a key's value follows must make sense together: limits that fit the
/// key's type and leave some value valid, a Pattern that compiles, and a Default of the key's type
/// that passes the key's own checks (the ones the parser would run on it).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class KeyLimitsAnalyzer : SchemaTypeAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.MinimumAboveMaximum,
        Descriptors.MinLengthAboveMaxLength,
        Descriptors.InvalidLimit,
        Descriptors.DefaultOfWrongType,
        Descriptors.DefaultOutsideLimits,
        Descriptors.InvalidPattern);

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
            if (key is not null && KeyParser.TryGetValueType(property.Type, out var kind, out var valueType, out _))
            {
                new KeyCheck(context, symbols, type, property, key, kind, valueType).Run();
            }
        }
    }

    /// <summary>The checks of one key, sharing what they report with.</summary>
    private readonly struct KeyCheck(SymbolAnalysisContext context, SchemaSymbols symbols, INamedTypeSymbol type, IPropertySymbol property,
        AttributeData key, ValueKind kind, ITypeSymbol valueType)
    {
        private string TypeName => DisplayNames.Of(type);

        private string KeyName => AttributeArguments.Name(key) ?? "";

        public void Run()
        {
            bool limitsValid = CheckLimit(ContractNames.Minimum, out var minimum) & CheckLimit(ContractNames.Maximum, out var maximum);
            if (limitsValid && minimum is not null && maximum is not null && CompareLimits(minimum, maximum) > 0)
            {
                Report(Descriptors.MinimumAboveMaximum, ContractNames.Minimum, minimum.Text, maximum.Text);
            }

            if (AttributeArguments.Named(key, ContractNames.MinLength) is { Value: int minLength }
                && AttributeArguments.Named(key, ContractNames.MaxLength) is { Value: int maxLength }
                && minLength > maxLength)
            {
                Report(Descriptors.MinLengthAboveMaxLength, ContractNames.MinLength, minLength, maxLength);
            }

            bool patternValid = CheckPattern();
            if (AttributeArguments.Named(key, ContractNames.Default) is { IsNull: false } defaultValue)
            {
                CheckDefault(defaultValue, limitsValid && patternValid);
            }
        }

        /// <summary>SG0015: a limit the generator can compare with; false when it cannot.</summary>
        private bool CheckLimit(string name, out LimitModel? limit)
        {
            limit = null;
            if (AttributeArguments.Named(key, name) is not { } constant)
            {
                return true;
            }

            if (KeyParser.TryGetLimit(ArgumentValue.Of(constant), kind, valueType, out limit))
            {
                return true;
            }

            var reason = kind switch
            {
                ValueKind.Integer when KeyParser.TryGetNumber(ArgumentValue.Of(constant), out _)
                    && constant.Value is not (float or double or decimal)
                    => "it does not fit '" + DisplayNames.Of(valueType) + "'",
                ValueKind.Integer => "an integer key's limit must be an integer constant",
                ValueKind.Number => "a limit must be a finite number",
                _ => "only integer and double keys have limits",
            };
            Report(Descriptors.InvalidLimit, name, name, constant.IsNull ? "null" : constant.ToCSharpString(), reason);
            return false;
        }

        private int CompareLimits(LimitModel minimum, LimitModel maximum)
            => kind == ValueKind.Integer
                ? decimal.Parse(minimum.Text, CultureInfo.InvariantCulture).CompareTo(
                    decimal.Parse(maximum.Text, CultureInfo.InvariantCulture))
                : double.Parse(minimum.Text, CultureInfo.InvariantCulture).CompareTo(
                    double.Parse(maximum.Text, CultureInfo.InvariantCulture));

        /// <summary>SG0018: the Pattern as the generated code builds it, anchored; false when it does not compile.</summary>
        private bool CheckPattern()
        {
            if (AttributeArguments.Named(key, ContractNames.Pattern) is not { Value: string pattern })
            {
                return true;
            }

            try
            {
                _ = new Regex("^(?:" + pattern + ")\\z", RegexOptions.CultureInvariant);
                return true;
            }
            catch (ArgumentException exception)
            {
                Report(Descriptors.InvalidPattern, ContractNames.Pattern, exception.Message);
                return false;
            }
        }

        /// <summary>SG0016 and SG0017: a Default of the key's type that passes the key's own checks.</summary>
        private void CheckDefault(TypedConstant constant, bool rulesUsable)
        {
            var text = DefaultText(constant);
            if (text is null)
            {
                Report(Descriptors.DefaultOfWrongType, ContractNames.Default, constant.ToCSharpString(), DisplayNames.Of(valueType));
                return;
            }

            // The parser's own checks decide, so the message is the one a parsed value would get.
            var model = rulesUsable ? KeyParser.Parse(property, KeyArguments.Of(property, key), forGeneration: false) : null;
            if (model is null)
            {
                return;
            }

            var check = PropertyStringInterpreter.CheckValue(model, text, 0);
            if (check.Error is { } error)
            {
                Report(Descriptors.DefaultOutsideLimits, ContractNames.Default, constant.ToCSharpString(), error.Message);
            }
        }

        /// <summary>How the default would be written in a property string; null when it is not of the key's type.</summary>
        private string? DefaultText(TypedConstant constant)
        {
            switch (kind)
            {
                case ValueKind.Boolean:
                    return constant.Value is bool b ? (b ? "1" : "0") : null;
                case ValueKind.String:
                    return constant.Value as string;
                case ValueKind.Integer:
                    return KeyParser.TryGetInteger(ArgumentValue.Of(constant), valueType, out decimal integer)
                        ? integer.ToString(CultureInfo.InvariantCulture) : null;
                case ValueKind.Number:
                    return KeyParser.TryGetNumber(ArgumentValue.Of(constant), out double number)
                        ? number.ToString("R", CultureInfo.InvariantCulture) : null;
                default:
                    if (!SymbolEqualityComparer.Default.Equals(constant.Type, valueType))
                    {
                        return null;
                    }

                    var member = valueType.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(
                        f => f.IsConst && Equals(f.ConstantValue, constant.Value));
                    if (member is null)
                    {
                        return null;
                    }

                    // A member without its text is SG0023's to report; it has nothing to check here.
                    return symbols.EnumValueOf(member) is { } enumValue ? AttributeArguments.Name(enumValue) ?? "" : "";
            }
        }

        private void Report(DiagnosticDescriptor descriptor, string argument, params object[] details)
        {
            var location = AttributeArguments.NamedArgument(key, argument, AttributeArguments.FirstLocation(property),
                context.CancellationToken);
            context.ReportDiagnostic(Diagnostic.Create(descriptor, location,
                new object[] { TypeName, property.Name, KeyName }.Concat(details).ToArray()));
        }
    }
}
