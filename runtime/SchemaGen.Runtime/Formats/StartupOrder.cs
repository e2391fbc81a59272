using System;

#if SCHEMAGEN_GENERATOR
namespace SchemaGen.Generator.Shared;
#else
namespace SchemaGen;
#endif

/// <summary>
/// <c>pve-startup-order</c>: what pve-common's <c>pve_parse_startup_order</c> accepts. It is
/// a hash of its own, not a property string: a false text (empty or <c>0</c>) is refused, parts
/// are split at <c>,</c>, white-space parts are skipped, and each other part must be
/// <c>[order=]N</c>, <c>up=N</c> or <c>down=N</c> (a repeated key is no error).
/// </summary>
internal static class StartupOrder
{
    internal static bool IsValid(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || (text.Length == 1 && text[0] == '0'))
        {
            return false;
        }

        while (true)
        {
            int comma = text.IndexOf(',');
            var part = comma < 0 ? text : text.Slice(0, comma);
            if (!IsWhiteSpace(part) && !IsPart(part))
            {
                return false;
            }

            if (comma < 0)
            {
                return true;
            }

            text = text.Slice(comma + 1);
        }
    }

    private static bool IsPart(ReadOnlySpan<char> part)
        => IsNumber(part)
            || IsKeyed(part, "order=")
            || IsKeyed(part, "up=")
            || IsKeyed(part, "down=");

    private static bool IsKeyed(ReadOnlySpan<char> part, string key)
        => part.StartsWith(key.AsSpan(), StringComparison.Ordinal) && IsNumber(part.Slice(key.Length));

    private static bool IsNumber(ReadOnlySpan<char> text) => !text.IsEmpty && AsciiClass.AllDigits(text);

    /// <summary>Perl's <c>^\s*$</c> on a decoded string (Unicode white space).</summary>
    private static bool IsWhiteSpace(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }
}
