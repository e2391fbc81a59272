using System.Globalization;
using SchemaGen.TestSchemas;

namespace SchemaGen.Benchmarks.Alternatives;

/// <summary>
/// The Split + Dictionary parsers a user writes by hand for the two richer formats, as generous as
/// <see cref="SplitDictionaryParser"/>: they check types, not PVE's formats, limits or duplicates.
/// </summary>
public static class RichSplitDictionaryParsers
{
    /// <summary>Parses a <c>net</c> value; throws <see cref="FormatException"/> when it is not valid.</summary>
    public static NetDevice ParseNet(string text)
    {
        var values = Split(text, "model");
        NicModel? model = null;
        string? mac = null;
        foreach (var (key, value) in values)
        {
            // PVE's keyAlias: a model's name as the key, the MAC address as its value.
            if (Enum.TryParse<NicModel>(key.Replace("-", "_", StringComparison.Ordinal), ignoreCase: true, out var alias)
                && key != "model")
            {
                model = alias;
                mac = value;
            }
        }

        if (values.TryGetValue("model", out var named))
        {
            model = Enum.Parse<NicModel>(named, ignoreCase: true);
        }

        return new NetDevice
        {
            Model = model ?? throw new FormatException("model: property is missing and it is not optional"),
            MacAddress = values.GetValueOrDefault("macaddr") ?? mac,
            Bridge = values.GetValueOrDefault("bridge"),
            Firewall = Boolean(values, "firewall"),
            HostTunnel = Boolean(values, "host-tunnel"),
            LinkDown = Boolean(values, "link_down"),
            Mtu = Integer(values, "mtu"),
            Queues = Integer(values, "queues"),
            Rate = values.TryGetValue("rate", out var rate) ? double.Parse(rate, CultureInfo.InvariantCulture) : null,
            Tag = Integer(values, "tag"),
            Trunks = values.GetValueOrDefault("trunks"),
        };
    }

    /// <summary>Parses a drive value; throws <see cref="FormatException"/> when it is not valid.</summary>
    public static DriveVolume ParseDrive(string text)
    {
        var values = Split(text, "file");
        return new DriveVolume
        {
            File = values.GetValueOrDefault("file") ?? values.GetValueOrDefault("volume")
                ?? throw new FormatException("file: property is missing and it is not optional"),
            Size = values.TryGetValue("size", out var size) ? Size(size) : null,
            Media = values.TryGetValue("media", out var media) ? Enum.Parse<DriveMedia>(media, ignoreCase: true) : DriveMedia.Disk,
            Serial = values.GetValueOrDefault("serial"),
            Iops = values.TryGetValue("iops", out var iops) ? long.Parse(iops, CultureInfo.InvariantCulture) : null,
        };
    }

    private static Dictionary<string, string> Split(string text, string defaultKey)
    {
        var values = new Dictionary<string, string>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var pair = part.Split('=', 2);
            values[pair.Length == 1 ? defaultKey : pair[0]] = pair[^1];
        }

        return values;
    }

    private static bool? Boolean(Dictionary<string, string> values, string key)
        => !values.TryGetValue(key, out var text) ? null : text.ToLowerInvariant() switch
        {
            "1" or "on" or "yes" or "true" => true,
            "0" or "off" or "no" or "false" => false,
            _ => throw new FormatException($"{key}: type check ('boolean') failed - got '{text}'"),
        };

    private static int? Integer(Dictionary<string, string> values, string key)
        => values.TryGetValue(key, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : null;

    private static long Size(string text)
    {
        long unit = char.ToUpperInvariant(text[^1]) switch
        {
            'K' => 1L << 10,
            'M' => 1L << 20,
            'G' => 1L << 30,
            'T' => 1L << 40,
            _ => 1,
        };
        var digits = unit == 1 ? text : text[..^1];
        return long.Parse(digits, CultureInfo.InvariantCulture) * unit;
    }
}
