using System.Globalization;
using SchemaGen.Proxmox;

namespace SchemaGen.Benchmarks.Alternatives;

/// <summary>
/// The Split + Dictionary parsers a user writes by hand for two of SchemaGen.Proxmox's formats,
/// <c>net</c> and <c>scsi</c>, as generous as <see cref="SplitDictionaryParser"/>: they check
/// types, not PVE's formats, limits, unknown keys or duplicates, and fill every key of the record.
/// </summary>
public static class RichSplitDictionaryParsers
{
    /// <summary>Parses a <c>net</c> value; throws <see cref="FormatException"/> when it is not valid.</summary>
    public static NetworkDevice ParseNet(string text)
    {
        var values = Split(text, "model");
        NetworkModel? model = null;
        string? mac = null;
        foreach (var (key, value) in values)
        {
            // PVE's keyAlias: a model's name as the key, the MAC address as its value.
            if (key != "model" && Enum.TryParse<NetworkModel>(Identifier(key), ignoreCase: true, out var alias))
            {
                model = alias;
                mac = value;
            }
        }

        if (values.TryGetValue("model", out var named))
        {
            model = Enum.Parse<NetworkModel>(Identifier(named), ignoreCase: true);
        }

        return new NetworkDevice
        {
            Model = model ?? throw new FormatException("model: property is missing and it is not optional"),
            Bridge = values.GetValueOrDefault("bridge"),
            Firewall = Boolean(values, "firewall"),
            HostTunnel = Boolean(values, "host-tunnel"),
            LinkDown = Boolean(values, "link_down"),
            Macaddr = values.GetValueOrDefault("macaddr") ?? mac,
            Mtu = Integer(values, "mtu"),
            Queues = Integer(values, "queues"),
            Rate = Number(values, "rate"),
            Tag = Integer(values, "tag"),
            Trunks = values.GetValueOrDefault("trunks"),
        };
    }

    /// <summary>Parses a <c>scsi</c> drive; throws <see cref="FormatException"/> when it is not valid.</summary>
    public static ScsiDrive ParseScsi(string text)
    {
        var values = Split(text, "file");
        return new ScsiDrive
        {
            File = values.GetValueOrDefault("file") ?? values.GetValueOrDefault("volume")
                ?? throw new FormatException("file: property is missing and it is not optional"),
            Aio = EnumValue<DriveAio>(values, "aio"),
            Backup = Boolean(values, "backup"),
            Bps = Long(values, "bps"),
            BpsMaxLength = Long(values, "bps_max_length"),
            BpsRd = Long(values, "bps_rd"),
            BpsRdMaxLength = Long(values, "bps_rd_max_length", "bps_rd_length"),
            BpsWr = Long(values, "bps_wr"),
            BpsWrMaxLength = Long(values, "bps_wr_max_length", "bps_wr_length"),
            Cache = EnumValue<DriveCache>(values, "cache"),
            DetectZeroes = Boolean(values, "detect_zeroes"),
            Discard = EnumValue<DriveDiscard>(values, "discard"),
            Format = EnumValue<DriveFormat>(values, "format"),
            Iops = Long(values, "iops"),
            IopsMax = Long(values, "iops_max"),
            IopsMaxLength = Long(values, "iops_max_length"),
            IopsRd = Long(values, "iops_rd"),
            IopsRdMax = Long(values, "iops_rd_max"),
            IopsRdMaxLength = Long(values, "iops_rd_max_length", "iops_rd_length"),
            IopsWr = Long(values, "iops_wr"),
            IopsWrMax = Long(values, "iops_wr_max"),
            IopsWrMaxLength = Long(values, "iops_wr_max_length", "iops_wr_length"),
            Iothread = Boolean(values, "iothread"),
            Mbps = Number(values, "mbps"),
            MbpsMax = Number(values, "mbps_max"),
            MbpsRd = Number(values, "mbps_rd"),
            MbpsRdMax = Number(values, "mbps_rd_max"),
            MbpsWr = Number(values, "mbps_wr"),
            MbpsWrMax = Number(values, "mbps_wr_max"),
            Media = EnumValue<DriveMedia>(values, "media") ?? DriveMedia.Disk,
            Product = values.GetValueOrDefault("product"),
            Queues = Long(values, "queues"),
            Replicate = Boolean(values, "replicate") ?? true,
            Rerror = EnumValue<DriveReadError>(values, "rerror"),
            Ro = Boolean(values, "ro"),
            Scsiblock = Boolean(values, "scsiblock") ?? false,
            Serial = values.GetValueOrDefault("serial"),
            Shared = Boolean(values, "shared") ?? false,
            Size = values.TryGetValue("size", out var size) ? Size(size) : null,
            Snapshot = Boolean(values, "snapshot"),
            Ssd = Boolean(values, "ssd"),
            Vendor = values.GetValueOrDefault("vendor"),
            Werror = EnumValue<DriveWriteError>(values, "werror"),
            Wwn = values.GetValueOrDefault("wwn"),
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

    // An enum member's name from PVE's value: "e1000-82540em" is E100082540em, "io_uring" IoUring.
    private static string Identifier(string text)
        => text.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);

    private static T? EnumValue<T>(Dictionary<string, string> values, string key)
        where T : struct, Enum
        => values.TryGetValue(key, out var text) ? Enum.Parse<T>(Identifier(text), ignoreCase: true) : null;

    private static bool? Boolean(Dictionary<string, string> values, string key)
        => !values.TryGetValue(key, out var text) ? null : text.ToLowerInvariant() switch
        {
            "1" or "on" or "yes" or "true" => true,
            "0" or "off" or "no" or "false" => false,
            _ => throw new FormatException($"{key}: type check ('boolean') failed - got '{text}'"),
        };

    private static int? Integer(Dictionary<string, string> values, string key)
        => values.TryGetValue(key, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : null;

    private static long? Long(Dictionary<string, string> values, string key, string? alias = null)
        => values.TryGetValue(key, out var text) || (alias is not null && values.TryGetValue(alias, out text))
            ? long.Parse(text, CultureInfo.InvariantCulture)
            : null;

    private static double? Number(Dictionary<string, string> values, string key)
        => values.TryGetValue(key, out var text) ? double.Parse(text, CultureInfo.InvariantCulture) : null;

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
