using SchemaGen.Sev;

namespace SchemaGen.Benchmarks.Alternatives;

/// <summary>
/// The parser a user writes in ten minutes: <see cref="string.Split(char, StringSplitOptions)"/>,
/// a <see cref="Dictionary{TKey, TValue}"/>, <see cref="Enum.Parse{TEnum}(string, bool)"/>. It
/// checks less than PVE does (no duplicate keys, no unknown keys, no length limit), so it is a
/// generous baseline.
/// </summary>
public static class SplitDictionaryParser
{
    /// <summary>Parses <paramref name="text"/>; throws <see cref="FormatException"/> when it is not valid.</summary>
    public static AmdSevOptions Parse(string text)
    {
        var values = new Dictionary<string, string>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var pair = part.Split('=', 2);
            values[pair.Length == 1 ? "type" : pair[0]] = pair[^1];
        }

        if (!values.TryGetValue("type", out var type))
        {
            throw new FormatException("type: property is missing and it is not optional");
        }

        return new AmdSevOptions
        {
            Type = Enum.Parse<SevType>(type, ignoreCase: true),
            AllowSmt = Boolean(values, "allow-smt", true),
            NoDebug = Boolean(values, "no-debug", false),
            NoKeySharing = Boolean(values, "no-key-sharing", false),
            KernelHashes = Boolean(values, "kernel-hashes", false),
        };
    }

    private static bool Boolean(Dictionary<string, string> values, string key, bool absent)
    {
        if (!values.TryGetValue(key, out var text))
        {
            return absent;
        }

        return text.ToLowerInvariant() switch
        {
            "1" or "on" or "yes" or "true" => true,
            "0" or "off" or "no" or "false" => false,
            _ => throw new FormatException($"{key}: type check ('boolean') failed - got '{text}'"),
        };
    }
}
