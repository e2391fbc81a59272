using SchemaGen.Proxmox.Tests.Vectors;

namespace SchemaGen.Proxmox.Tests.Config;

/// <summary>
/// What qemu-server writes back for a valid property string, computed from the format.json alone:
/// print_property_string's order (the default key bare, required keys, then the rest, each sorted;
/// a keyAlias pair joined as <c>model=MAC</c>), booleans as 1/0, and our canonical spellings.
/// </summary>
public static class PveReprint
{
    public static string Of(string value, FormatSchema schema)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in value.Split(','))
        {
            if (string.IsNullOrWhiteSpace(part))
            {
                continue;
            }

            int equals = part.IndexOf('=', StringComparison.Ordinal);
            string? written = equals < 0 ? null : part[..equals];
            string text = equals < 0 ? part : part[(equals + 1)..];
            if (written is not null && schema[written]?.KeyAlias is { } keyAlias)
            {
                values[keyAlias] = written;
            }

            var key = schema.Canonical(written) ?? throw new ArgumentException($"no key for '{part}'");
            values[key] = schema[key]?.Type == "boolean" ? Boolean(text) : text;
        }

        var keyAliasOf = schema.Keys.SelectMany(k => schema.KeysAliasing(k.Name)).ToDictionary(p => p.Model, p => p.Target);
        var order = schema.Keys.Where(k => k.IsDefaultKey)
            .Concat(schema.Keys.Where(k => !k.IsDefaultKey && !k.IsOptional).OrderBy(k => k.Name, StringComparer.Ordinal))
            .Concat(schema.Keys.Where(k => !k.IsDefaultKey && k.IsOptional).OrderBy(k => k.Name, StringComparer.Ordinal));
        var parts = new List<string>();
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in order)
        {
            if (!done.Add(key.Name) || !values.TryGetValue(key.Name, out var text))
            {
                continue;
            }

            if (keyAliasOf.TryGetValue(key.Name, out var target) && values.TryGetValue(target, out var targetText))
            {
                parts.Add(text + "=" + targetText);
                done.Add(target);
                continue;
            }

            var printed = ExpectedAnswer.CanonicalValue(schema, key.Name, text);
            parts.Add(key.IsDefaultKey ? printed : key.Name + "=" + printed);
        }

        return string.Join(",", parts);
    }

    private static string Boolean(string text) => text.ToLowerInvariant() switch
    {
        "1" or "on" or "yes" or "true" => "1",
        "0" or "off" or "no" or "false" => "0",
        _ => text,
    };
}
