using System;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Parsing;

/// <summary>
/// Reads one <c>[Key]</c> property into a <see cref="KeyModel"/>; null when it cannot be used. The
/// one reader of key rules: the generator reads with <c>forGeneration</c> (the property must also be
/// a partial property it can implement), the analyzers without (they see the properties after
/// generation, or in a referenced assembly, when their bodies exist).
/// </summary>
internal static class KeyParser
{
    /// <param name="property">The key's property.</param>
    /// <param name="arguments">Its <c>[Key]</c>'s arguments and its description.</param>
    /// <param name="forGeneration">Whether the generator reads it, which must then be able to write the property's body.</param>
    /// <param name="schema">The schema type, where a custom format's method is looked up (for an interface's key too); the
    /// property's own type when null.</param>
    /// <param name="fromInterface">Whether an interface of the schema declares the property (<see cref="KeyProperties"/>).</param>
    public static KeyModel? Parse(IPropertySymbol property, KeyArguments arguments, bool forGeneration, INamedTypeSymbol? schema = null,
        bool fromInterface = false)
        => Parse(KeyPropertyFacts.Of(property, fromInterface), arguments, forGeneration, schema ?? property.ContainingType, fromInterface);

    /// <param name="property">What the key's property is, read from its symbol or its declaration.</param>
    /// <param name="arguments">Its <c>[Key]</c>'s arguments and its description.</param>
    /// <param name="forGeneration">Whether the generator reads it, which must then be able to write the property's body.</param>
    /// <param name="schema">The schema type, where a custom format's method is looked up (for an interface's key too).</param>
    /// <param name="fromInterface">Whether an interface of the schema declares the property (<see cref="KeyProperties"/>).</param>
    public static KeyModel? Parse(KeyPropertyFacts property, KeyArguments arguments, bool forGeneration, INamedTypeSymbol schema,
        bool fromInterface)
    {
        if (arguments.Name is not { } name
            || (forGeneration && !property.IsImplementable)
            || !TryGetValueType(property.Type, out var kind, out var valueType, out bool isNullable))
        {
            return null;
        }

        var enumValues = EquatableArrayOfNone;
        if (kind == ValueKind.Enum)
        {
            var values = EnumValuesOf(valueType);
            if (values is null)
            {
                return null;
            }

            enumValues = values.Value;
        }

        var named = arguments.Named;
        string? defaultValue = null;
        if (named.TryGetValue(ContractNames.Default, out var defaultConstant) && !defaultConstant.IsNull)
        {
            defaultValue = DefaultLiteral(defaultConstant, kind, valueType, enumValues);
            if (defaultValue is null)
            {
                return null;
            }
        }

        LimitModel? minimum = null, maximum = null;
        if ((named.TryGetValue(ContractNames.Minimum, out var min) && !TryGetLimit(min, kind, valueType, out minimum))
            || (named.TryGetValue(ContractNames.Maximum, out var max) && !TryGetLimit(max, kind, valueType, out maximum)))
        {
            return null;
        }

        var formatName = NamedString(named, ContractNames.Format);
        string? formatMethod = null, namedFormat = null;
        if (formatName is not null && !KeyFormatRules.TryResolve(schema, formatName, kind, valueType, out formatMethod, out namedFormat))
        {
            return null;
        }

        return new KeyModel(
            property.Name,
            name,
            kind,
            valueType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            isNullable,
            property.AccessibilityKeywords,
            property.IsRequired,
            property.SetterKeyword,
            property.SetterAccessibilityKeywords,
            Bool(named, ContractNames.DefaultKey),
            AliasesOf(named),
            defaultValue,
            minimum,
            maximum,
            Int(named, ContractNames.MinLength),
            Int(named, ContractNames.MaxLength),
            named.TryGetValue(ContractNames.Pattern, out var pattern) ? pattern.Value as string : null,
            named.TryGetValue(ContractNames.FormatDescription, out var description) ? description.Value as string : null,
            formatMethod,
            enumValues,
            arguments.Description,
            namedFormat,
            NamedString(named, ContractNames.ValuesAreKeysFor),
            NamedString(named, ContractNames.Requires),
            NamedString(named, ContractNames.TypeText),
            fromInterface);
    }

    /// <summary>A key name must survive a round trip through a property string.</summary>
    public static bool IsValidKeyName(string name)
        => name.Length > 0 && name.All(c => c > ' ' && c < 0x7F && c != ',' && c != '=');

    /// <summary>Maps a property type to how its value is read; unwraps <see cref="Nullable{T}"/> and <c>string?</c>.</summary>
    public static bool TryGetValueType(ITypeSymbol type, out ValueKind kind, out ITypeSymbol valueType, out bool isNullable)
    {
        isNullable = false;
        valueType = type;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            isNullable = true;
            valueType = nullable.TypeArguments[0];
        }
        else if (type.SpecialType == SpecialType.System_String && type.NullableAnnotation == NullableAnnotation.Annotated)
        {
            isNullable = true;
            valueType = type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
        }

        switch (valueType.SpecialType)
        {
            case SpecialType.System_Boolean:
                kind = ValueKind.Boolean;
                return true;
            case SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16
                or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64:
                kind = ValueKind.Integer;
                return true;
            case SpecialType.System_Double:
                kind = ValueKind.Number;
                return true;
            case SpecialType.System_String:
                kind = ValueKind.String;
                return true;
        }

        kind = ValueKind.Enum;
        return valueType.TypeKind == TypeKind.Enum;
    }

    /// <summary>The enum's members with their <c>[EnumValue]</c> texts; null if one lacks it or two share one.</summary>
    public static EquatableArray<EnumValueModel>? EnumValuesOf(ITypeSymbol enumType)
    {
        var values = enumType.GetMembers().OfType<IFieldSymbol>().Where(f => f.IsConst)
            .Select(f => new EnumValueModel(
                f.Name,
                AttributeNames.Find(f.GetAttributes(), ContractNames.EnumValueAttribute)
                    ?.ConstructorArguments.FirstOrDefault().Value as string ?? ""))
            .ToList();
        if (values.Count == 0 || values.Any(v => !IsValidEnumText(v.Text))
            || values.Select(v => v.Text).Distinct(StringComparer.Ordinal).Count() != values.Count)
        {
            return null;
        }

        return values.ToEquatableArray();
    }

    /// <summary>An enum text is printed bare, so it may not hold what splits a property string.</summary>
    public static bool IsValidEnumText(string text)
        => text.Length > 0 && !text.Any(c => c == ',' || c == '=' || c == '\n' || char.IsWhiteSpace(c)) && text.All(c => c < 0x80);

    private static string? DefaultLiteral(ArgumentValue constant, ValueKind kind, ITypeSymbol valueType,
        EquatableArray<EnumValueModel> enumValues)
    {
        switch (kind)
        {
            case ValueKind.Boolean:
                return constant.Value is bool b ? (b ? "true" : "false") : null;
            case ValueKind.String:
                return constant.Value is string s ? SymbolDisplay.FormatLiteral(s, quote: true) : null;
            case ValueKind.Integer:
                // Cast, so that `given ? field : default` has the member's type.
                return TryGetInteger(constant, valueType, out decimal integer)
                    ? "(" + valueType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + ")("
                        + integer.ToString(CultureInfo.InvariantCulture) + ")"
                    : null;
            case ValueKind.Number:
                return TryGetNumber(constant, out double number) ? NumberLiteral(number) : null;
            default:
                // An enum default is the member whose constant the attribute holds.
                if (constant.Kind != TypedConstantKind.Enum || !SymbolEqualityComparer.Default.Equals(constant.EnumType, valueType))
                {
                    return null;
                }

                var member = valueType.GetMembers().OfType<IFieldSymbol>()
                    .FirstOrDefault(f => f.IsConst && Equals(f.ConstantValue, constant.Value)
                        && enumValues.Any(v => v.MemberName == f.Name));
                return member is null ? null : valueType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + member.Name;
        }
    }

    /// <summary>A Minimum or Maximum, as the generated code compares with it and a message prints it.</summary>
    internal static bool TryGetLimit(ArgumentValue constant, ValueKind kind, ITypeSymbol valueType, out LimitModel? limit)
    {
        limit = null;
        if (kind == ValueKind.Integer && TryGetInteger(constant, valueType, out decimal integer))
        {
            var text = integer.ToString(CultureInfo.InvariantCulture);
            limit = new LimitModel(text, text);
        }
        else if (kind == ValueKind.Number && TryGetNumber(constant, out double number))
        {
            limit = new LimitModel(NumberLiteral(number), number.ToString("R", CultureInfo.InvariantCulture));
        }

        return limit is not null;
    }

    /// <summary>An integral constant that fits the member's integer type.</summary>
    public static bool TryGetInteger(ArgumentValue constant, ITypeSymbol valueType, out decimal value)
    {
        value = 0;
        if (constant.Kind != TypedConstantKind.Primitive || constant.Value is null or bool or string or char or float or double or decimal)
        {
            return false;
        }

        value = Convert.ToDecimal(constant.Value, CultureInfo.InvariantCulture);
        var (min, max) = RangeOf(valueType.SpecialType);
        return value >= min && value <= max;
    }

    public static bool TryGetNumber(ArgumentValue constant, out double value)
    {
        value = 0;
        if (constant.Kind != TypedConstantKind.Primitive || constant.Value is null or bool or string or char)
        {
            return false;
        }

        value = Convert.ToDouble(constant.Value, CultureInfo.InvariantCulture);
        return !double.IsNaN(value) && !double.IsInfinity(value);
    }

    public static (decimal Min, decimal Max) RangeOf(SpecialType type) => type switch
    {
        SpecialType.System_SByte => (sbyte.MinValue, sbyte.MaxValue),
        SpecialType.System_Byte => (byte.MinValue, byte.MaxValue),
        SpecialType.System_Int16 => (short.MinValue, short.MaxValue),
        SpecialType.System_UInt16 => (ushort.MinValue, ushort.MaxValue),
        SpecialType.System_Int32 => (int.MinValue, int.MaxValue),
        SpecialType.System_UInt32 => (uint.MinValue, uint.MaxValue),
        SpecialType.System_Int64 => (long.MinValue, long.MaxValue),
        _ => (ulong.MinValue, ulong.MaxValue),
    };

    private static string NumberLiteral(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text + "d";
    }

    private static string? NamedString(System.Collections.Generic.Dictionary<string, ArgumentValue> named, string name)
        => named.TryGetValue(name, out var value) ? value.Value as string : null;

    /// <summary>
    /// The older names a key answers to: <c>Alias</c>, then each of <c>Aliases</c>. A null among them reads as the
    /// empty name, which no key may have, so the schema is reported (SG0010) rather than the alias dropped.
    /// </summary>
    internal static EquatableArray<string> AliasesOf(System.Collections.Generic.Dictionary<string, ArgumentValue> named)
    {
        var aliases = new System.Collections.Generic.List<string>();
        if (NamedString(named, ContractNames.Alias) is { } alias)
        {
            aliases.Add(alias);
        }

        if (named.TryGetValue(ContractNames.Aliases, out var list) && list.Kind == TypedConstantKind.Array && !list.IsNull)
        {
            aliases.AddRange(list.Values.Select(v => v.Value as string ?? ""));
        }

        return new EquatableArray<string>(aliases);
    }

    private static bool Bool(System.Collections.Generic.Dictionary<string, ArgumentValue> named, string name)
        => named.TryGetValue(name, out var value) && value.Value is true;

    private static int? Int(System.Collections.Generic.Dictionary<string, ArgumentValue> named, string name)
        => named.TryGetValue(name, out var value) && value.Value is int i ? i : null;

    private static readonly EquatableArray<EnumValueModel> EquatableArrayOfNone = Array.Empty<EnumValueModel>().ToEquatableArray();
}
