using System.ComponentModel;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using SchemaGen.Sev;

namespace SchemaGen.Sev.Tests.Sev;

/// <summary>
/// Each [Key] of the SEV schemas against the format qemu-server defines (tests/vectors/*.format.json,
/// dumped from PVE): the same keys, and for each its type, enumeration, default, limits, whether it is
/// optional or the default key, its format description and its description, word for word.
/// </summary>
public sealed class KeysMatchFormatJsonTests
{
    public static TheoryData<string, Type> Schemas() => new()
    {
        { "amd-sev.format.json", typeof(AmdSevOptions) },
        { "node-capabilities.format.json", typeof(SevHostCapabilities) },
    };

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Every_key_matches_the_pve_format(string formatFile, Type schema)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(TestVectors.Path(formatFile)));
        var format = json.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        var keys = schema.GetProperties()
            .Select(p => (Property: p, Key: p.GetCustomAttribute<KeyAttribute>()))
            .Where(k => k.Key is not null)
            .ToDictionary(k => k.Key!.Name, k => (k.Property, Key: k.Key!), StringComparer.Ordinal);

        Assert.NotEmpty(format);
        Assert.Equal(format.Keys.Order(StringComparer.Ordinal), keys.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, (property, key)) in keys)
        {
            AssertKeyMatches(name, property, key, format[name]);
        }
    }

    [Fact]
    public void Both_schemas_and_their_ten_keys_are_compared()
    {
        var rows = Schemas().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(10, rows.Sum(row => ((Type)row[1]).GetProperties().Count(p => p.IsDefined(typeof(KeyAttribute)))));
    }

    private static void AssertKeyMatches(string name, PropertyInfo property, KeyAttribute key, JsonElement pve)
    {
        Type type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        string pveType = pve.GetProperty("type").GetString()!;
        Assert.True(pveType == TypeName(type), $"{name}: PVE's type is '{pveType}', the property is {type.Name}");

        Assert.Equal(Text(pve, "description"), property.GetCustomAttribute<DescriptionAttribute>()?.Description);
        Assert.Equal(Text(pve, "format_description"), key.FormatDescription);
        Assert.True(Flag(pve, "default_key") == key.DefaultKey, $"{name}: default_key");
        bool optional = !property.IsDefined(typeof(RequiredMemberAttribute));
        Assert.True(Flag(pve, "optional") == optional, $"{name}: PVE's optional is {Flag(pve, "optional")}, the property's {optional}");

        Assert.Equal(Number(pve, "default"), Number(key.Default));
        Assert.Equal(Number(pve, "minimum"), Number(key.Minimum));
        Assert.Equal(Number(pve, "maximum"), Number(key.Maximum));
        Assert.Equal(Number(pve, "maxLength") ?? 0, key.MaxLength);
        Assert.Equal(Number(pve, "minLength") ?? 0, key.MinLength);

        string[]? pveEnum = pve.TryGetProperty("enum", out var values) ? [.. values.EnumerateArray().Select(v => v.GetString()!)] : null;
        string[]? enumTexts = type.IsEnum
            ? [.. type.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => f.GetCustomAttribute<EnumValueAttribute>()!.Value)]
            : null;
        Assert.Equal(pveEnum, enumTexts);
    }

    private static string TypeName(Type type) => Type.GetTypeCode(type) switch
    {
        _ when type.IsEnum => "string",
        TypeCode.String => "string",
        TypeCode.Boolean => "boolean",
        TypeCode.Double => "number",
        TypeCode.SByte or TypeCode.Byte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32 or TypeCode.Int64
            or TypeCode.UInt64 => "integer",
        _ => type.Name,
    };

    private static string? Text(JsonElement pve, string name) => pve.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static bool Flag(JsonElement pve, string name)
        => pve.TryGetProperty(name, out var value) && (value.ValueKind == JsonValueKind.True || value is { ValueKind: JsonValueKind.Number }
            && value.GetInt32() == 1);

    // PVE writes a boolean default as 0 or 1; the attribute holds a bool.
    private static decimal? Number(JsonElement pve, string name) => pve.TryGetProperty(name, out var value) ? value.GetDecimal() : null;

    private static decimal? Number(object? value) => value switch
    {
        null => null,
        bool b => b ? 1 : 0,
        _ => Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture),
    };
}
