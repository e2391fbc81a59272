using System.Globalization;
using System.Text.RegularExpressions;

namespace SchemaGen.Proxmox.Tests.Vectors;

/// <summary>
/// pve-common's parse_size and format_size, as the test's independent oracle for the
/// <c>disk-size</c> differences (the runtime has its own; this one checks it). The vectors'
/// pve-common also takes the binary unit spellings (<c>32KiB</c>).
/// </summary>
public static partial class DiskSizes
{
    /// <summary>Whether pve-common's parse_size takes the text.</summary>
    public static bool IsValid(string text) => Size().IsMatch(text);

    /// <summary>Whether the size in bytes is below 2^63 (a <see cref="long"/> holds it).</summary>
    public static bool FitsLong(string text) => Bytes(text) < 9223372036854775808.0;

    /// <summary>Bytes, multiplied in floating point and truncated as Perl does.</summary>
    public static long ParseSize(string text) => checked((long)Math.Truncate(Bytes(text)));

    private static double Bytes(string text)
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
        return size;
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

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)(?:([KMGT])(?:iB)?)?$")]
    private static partial Regex Size();
}
