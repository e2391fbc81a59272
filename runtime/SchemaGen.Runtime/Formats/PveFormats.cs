using System;
using System.Collections.Generic;

#if SCHEMAGEN_GENERATOR
namespace SchemaGen.Generator.Shared;
#else
namespace SchemaGen;
#endif

/// <summary>
/// PVE's named formats: their names as a schema writes them, and their validators with PVE's
/// exact messages. The generated parsers and the analyzers call the same code.
/// </summary>
/// <remarks>
/// A failed check returns PVE's whole per-key message (<c>invalid format - </c> and the
/// validator's <c>die</c> text, with its final line feed) as a constant template, in which
/// <c>{0}</c> stands for the offending text: nothing is allocated, on success or failure. The
/// template holds no other braces. Perl's <c>$</c> also matches before a final line feed, so PVE's
/// regular-expression validators accept <c>vmbr0\n</c>; a parsed value never holds a line feed,
/// and these validators refuse one. Character classes are ASCII, as the integer rules are.
/// </remarks>
#if SCHEMAGEN_GENERATOR
internal
#else
public
#endif
static class PveFormats
{
    /// <summary>What PVE's <c>check_prop</c> puts before a validator's message.</summary>
    public const string InvalidFormatPrefix = "invalid format - ";

    /// <summary>The suffix that makes any format a list format (<c>pve-qm-bootdev-list</c>), split by PVE's <c>split_list</c>.</summary>
    public const string ListSuffix = "-list";

    // Indexed by PveFormat: the one table of names.
    private static readonly string[] NamesByFormat =
    {
        "string",
        "mac-addr",
        "pve-bridge-id",
        "pve-configid",
        "urlencoded",
        "disk-size",
        "ipv4",
        "ipv6",
        "ip",
        "ipv4mask",
        "CIDRv4",
        "CIDRv6",
        "CIDR",
        "pve-ipv4-config",
        "pve-ipv6-config",
        "pve-storage-id",
        "pve-volume-id",
        "pve-volume-id-or-qm-path",
        "pve-volume-id-or-absolute-path",
        "pve-vmid",
        "pve-node",
        "dns-name",
        "address",
        "pve-tag",
        "pve-iface",
        "pve-phys-bits",
        "pve-qm-bootdev",
        "pve-qm-bootdisk",
        "pve-startup-order",
    };

    /// <summary>Every format's PVE name, in <see cref="PveFormat"/> order, without the <c>-list</c> forms (for "did you mean").</summary>
    public static IReadOnlyList<string> Names => NamesByFormat;

    /// <summary>PVE's name for <paramref name="format"/> (<c>pve-qm-bootdev</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined value.</exception>
    public static string NameOf(PveFormat format)
    {
        if ((uint)format >= (uint)NamesByFormat.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(format));
        }

        return NamesByFormat[(int)format];
    }

    /// <summary>
    /// Finds the format a schema names, as PVE's <c>check_format</c> does: an exact, case-sensitive
    /// name, or one followed by <c>-list</c> (<c>pve-qm-bootdev-list</c> is
    /// <see cref="PveFormat.PveQmBootdev"/> with <paramref name="isList"/> set). PVE's rarely used
    /// <c>-opt</c> suffix is not supported.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public static bool TryLookup(string name, out PveFormat format, out bool isList)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        ReadOnlySpan<char> text = name.AsSpan();
        isList = text.EndsWith(ListSuffix.AsSpan(), StringComparison.Ordinal);
        if (isList)
        {
            text = text.Slice(0, text.Length - ListSuffix.Length);
        }

        for (int i = 0; i < NamesByFormat.Length; i++)
        {
            if (text.SequenceEqual(NamesByFormat[i].AsSpan()))
            {
                format = (PveFormat)i;
                return true;
            }
        }

        format = default;
        isList = false;
        return false;
    }

    /// <summary>
    /// Checks <paramref name="value"/> against <paramref name="format"/>, as PVE's validator does.
    /// </summary>
    /// <param name="format">The format.</param>
    /// <param name="value">The value, as the property string holds it.</param>
    /// <param name="subjectStart">On failure, where the offending text starts in <paramref name="value"/> (the whole value).</param>
    /// <param name="subjectLength">On failure, the offending text's length.</param>
    /// <returns>
    /// <see langword="null"/> when the value is valid, else PVE's message as a template in which
    /// <c>{0}</c> stands for the offending text.
    /// </returns>
    public static string? Check(PveFormat format, ReadOnlySpan<char> value, out int subjectStart, out int subjectLength)
    {
        subjectStart = 0;
        subjectLength = value.Length;
        return FormatRules.Check(format, value);
    }

    /// <summary>
    /// Checks a <c>-list</c> value: PVE's <c>split_list</c> cuts it into elements (at NUL
    /// characters if it holds any, else at runs of <c>,</c>, <c>;</c> and white space), and
    /// each element must pass <paramref name="format"/>. An empty list is valid.
    /// </summary>
    /// <param name="format">The format of each element.</param>
    /// <param name="value">The whole list, as the property string holds it.</param>
    /// <param name="subjectStart">On failure, where the first failing element starts in <paramref name="value"/>.</param>
    /// <param name="subjectLength">On failure, the first failing element's length.</param>
    /// <returns>
    /// <see langword="null"/> when every element is valid, else the first failing element's message
    /// template (see <see cref="Check"/>).
    /// </returns>
    public static string? CheckList(PveFormat format, ReadOnlySpan<char> value, out int subjectStart, out int subjectLength)
    {
        var elements = new PerlListSplitter(value);
        while (elements.MoveNext(out int start, out int length))
        {
            string? message = FormatRules.Check(format, value.Slice(start, length));
            if (message is not null)
            {
                subjectStart = start;
                subjectLength = length;
                return message;
            }
        }

        subjectStart = 0;
        subjectLength = 0;
        return null;
    }
}
