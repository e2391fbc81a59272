using System.Text.Json;

namespace SchemaGen.Proxmox.Tests.Vectors;

/// <summary>One key of a <c>FAMILY.format.json</c>: what the expectations need to know about it.</summary>
public sealed record SchemaKey(
    string Name,
    string Type,
    bool IsDefaultKey,
    bool IsOptional,
    string? Alias,
    string? KeyAlias,
    string? NamedFormat,
    double? Minimum,
    double? Maximum);

/// <summary>A qemu-server format as PVE::JSONSchema holds it, read from <c>FAMILY.format.json</c>.</summary>
public sealed class FormatSchema
{
    private readonly Dictionary<string, SchemaKey> _keys;

    private FormatSchema(Dictionary<string, SchemaKey> keys) => _keys = keys;

    /// <summary>The key a bare value belongs to, if any.</summary>
    public string? DefaultKey => _keys.Values.FirstOrDefault(k => k.IsDefaultKey)?.Name;

    public SchemaKey? this[string name] => _keys.GetValueOrDefault(name);

    /// <summary>The keys that are not aliases.</summary>
    public IEnumerable<SchemaKey> Keys => _keys.Values.Where(k => k.Alias is null);

    public static FormatSchema Load(string relativePath)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(VectorFiles.PathOf(relativePath)));
        var keys = new Dictionary<string, SchemaKey>(StringComparer.Ordinal);
        foreach (var property in json.RootElement.EnumerateObject())
        {
            var s = property.Value;
            keys[property.Name] = new SchemaKey(
                property.Name,
                Text(s, "type") ?? "string",
                IsTrue(s, "default_key"),
                IsTrue(s, "optional"),
                Text(s, "alias"),
                Text(s, "keyAlias"),
                Text(s, "format"),
                Number(s, "minimum"),
                Number(s, "maximum"));
        }

        return new FormatSchema(keys);
    }

    /// <summary>Perl's true as the format files write it: <c>1</c> (qemu-server's dump) or <c>true</c> (the amd-sev file).</summary>
    private static bool IsTrue(JsonElement schema, string name)
        => schema.TryGetProperty(name, out var flag) && (flag.ValueKind == JsonValueKind.True || flag.GetRawText() == "1");

    /// <summary>The keyAlias pairs whose model key is <paramref name="model"/>: (model key, the key its value's part sets).</summary>
    public IEnumerable<(string Model, string Target)> KeysAliasing(string model)
        => _keys.Values.Where(k => k.KeyAlias == model && k.Alias is not null).Select(k => (model, k.Alias!)).Distinct();

    /// <summary>The key a part's key names: an alias's target, the default key for a bare value.</summary>
    public string? Canonical(string? writtenKey)
    {
        if (writtenKey is null)
        {
            return DefaultKey;
        }

        return this[writtenKey] is { Alias: { } alias } ? alias : writtenKey;
    }

    private static string? Text(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static double? Number(JsonElement element, string name)
        => element.TryGetProperty(name, out var value)
            ? double.Parse(
                value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText(),
                System.Globalization.CultureInfo.InvariantCulture)
            : null;
}
