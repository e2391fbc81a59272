using System;

#if SCHEMAGEN_GENERATOR
namespace SchemaGen.Generator.Shared;
#else
namespace SchemaGen;
#endif

/// <summary>
/// <c>pve-startup-order</c> (<c>[[order=]N] [,up=N] [,down=N]</c>): what pve-common's
/// <c>pve_parse_startup_order</c> accepts, and the numbers it reads. It is a hash of its own, not a
/// property string: a false text (empty or <c>0</c>) is refused, parts are split at <c>,</c>,
/// white-space parts are skipped, each other part must be <c>[order=]N</c>, <c>up=N</c> or
/// <c>down=N</c>, and a repeated key keeps its last number (no error). The one place these rules
/// live: the named-format validator and SchemaGen.Proxmox's typed <c>startup</c> both read with it.
/// </summary>
#if SCHEMAGEN_GENERATOR
internal
#else
public
#endif
static class StartupOrderText
{
    /// <summary>PVE's only error text for this format, without the line feed PVE's validator ends it with.</summary>
    public const string ErrorMessage = "unable to parse startup options";

    /// <summary>Whether PVE accepts the text (numbers of any length, as Perl's <c>\d+</c>). Allocates nothing.</summary>
    /// <param name="text">The value, for example <c>order=2,up=30</c>.</param>
    public static bool IsValid(ReadOnlySpan<char> text) => Read(text, numbersFitLong: false, out _, out _, out _);

    /// <summary>Reads the numbers of a <c>startup</c> value. Allocates nothing.</summary>
    /// <param name="text">The value, for example <c>order=2,up=30</c>.</param>
    /// <param name="order">The start order, or null when no part sets it.</param>
    /// <param name="up">The seconds to wait after starting, or null.</param>
    /// <param name="down">The seconds to wait after stopping, or null.</param>
    /// <returns>Whether PVE accepts the text (a number beyond <see cref="long"/> is refused too).</returns>
    public static bool TryRead(ReadOnlySpan<char> text, out long? order, out long? up, out long? down)
        => Read(text, numbersFitLong: true, out order, out up, out down);

    private static bool Read(ReadOnlySpan<char> text, bool numbersFitLong, out long? order, out long? up, out long? down)
    {
        order = null;
        up = null;
        down = null;

        // Perl's "!$value": the empty string and "0" are false, so there is nothing to parse.
        if (text.IsEmpty || (text.Length == 1 && text[0] == '0'))
        {
            return false;
        }

        while (true)
        {
            int comma = text.IndexOf(',');
            var part = comma < 0 ? text : text.Slice(0, comma);
            if (!IsWhiteSpace(part) && !TryReadPart(part, numbersFitLong, ref order, ref up, ref down))
            {
                order = up = down = null;
                return false;
            }

            if (comma < 0)
            {
                return true;
            }

            text = text.Slice(comma + 1);
        }
    }

    private static bool TryReadPart(ReadOnlySpan<char> part, bool fitLong, ref long? order, ref long? up, ref long? down)
        => StartsWith(part, "up=") ? TryReadNumber(part.Slice(3), fitLong, ref up)
            : StartsWith(part, "down=") ? TryReadNumber(part.Slice(5), fitLong, ref down)
            : TryReadNumber(StartsWith(part, "order=") ? part.Slice(6) : part, fitLong, ref order);

    private static bool StartsWith(ReadOnlySpan<char> part, string key) => part.StartsWith(key.AsSpan(), StringComparison.Ordinal);

    // Perl's \d+ and $: ASCII digits (decision 0002), and a final line feed is allowed after them. A number beyond long is
    // PVE's to accept but not ours to hold: refused only when the caller needs the numbers.
    private static bool TryReadNumber(ReadOnlySpan<char> digits, bool fitLong, ref long? into)
    {
        if (!digits.IsEmpty && digits[digits.Length - 1] == '\n')
        {
            digits = digits.Slice(0, digits.Length - 1);
        }

        if (digits.IsEmpty || !AsciiClass.AllDigits(digits))
        {
            return false;
        }

        long number = 0;
        foreach (char c in digits)
        {
            if (number > (long.MaxValue - (c - '0')) / 10)
            {
                return !fitLong;
            }

            number = (number * 10) + (c - '0');
        }

        into = number;
        return true;
    }

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
