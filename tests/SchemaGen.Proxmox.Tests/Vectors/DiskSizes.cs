using System.Globalization;
using System.Text.RegularExpressions;

namespace SchemaGen.Proxmox.Tests.Vectors;

/// <summary>
/// pve-common's parse_size and format_size, as the test's independent oracle for the
/// <c>disk-size</c> differences (the runtime has its own; this one checks it).
/// </summary>
public static partial class DiskSizes
{
    /// <summary>Bytes, multiplied in floating point and truncated as Perl does.</summary>
    public static long ParseSize(string text)
    {
        var match = Size().Match(text);
        if (!match.Success)
        {
            throw new FormatException($"not a disk size: {text}");
        }

        double size = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        size = match.Groups[2].Value switch
        {
            "K" => size * 1024,
            "M" => size * 1024 * 1024,
            "G" => size * 1024 * 1024 * 1024,
            "T" => size * 1024 * 1024 * 1024 * 1024,
            _ => size,
        };
        return checked((long)Math.Truncate(size));
    }

    /// <summary>The largest unit that divides the byte count; <c>0</c> prints as <c>0T</c>.</summary>
    public static string FormatSize(long size)
    {
        long kb = size / 1024;
        if (kb * 1024 != size)
        {
            return size.ToString(CultureInfo.InvariantCulture);
        }

        long mb = kb / 1024;
        if (mb * 1024 != kb)
        {
            return kb.ToString(CultureInfo.InvariantCulture) + "K";
        }

        long gb = mb / 1024;
        if (gb * 1024 != mb)
        {
            return mb.ToString(CultureInfo.InvariantCulture) + "M";
        }

        long tb = gb / 1024;
        if (tb * 1024 != gb)
        {
            return gb.ToString(CultureInfo.InvariantCulture) + "G";
        }

        return tb.ToString(CultureInfo.InvariantCulture) + "T";
    }

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)([KMGT])?$")]
    private static partial Regex Size();
}
