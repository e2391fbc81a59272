using System.Globalization;

namespace SchemaGen.Sev;

/// <summary>
/// Writes and reads guest policies the way qemu-server and QEMU do: written with Perl's
/// <c>sprintf("%#x")</c> (lowercase, <c>0x</c> prefix, but plain <c>0</c> for zero), read as
/// <c>0x</c>-prefixed hexadecimal or as decimal.
/// </summary>
public static class PolicyHex
{
    /// <summary>Formats a policy as <c>%#x</c> does: <c>0xb0000</c>, and <c>0</c> for zero (C's alternate form adds no prefix to
    /// zero).</summary>
    /// <param name="value">The policy.</param>
    public static string Format(ulong value) =>
        value == 0 ? "0" : "0x" + value.ToString("x", CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads a policy written as <c>0x</c>/<c>0X</c>-prefixed hexadecimal or as decimal digits,
    /// without sign, spaces or separators.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The policy, when the text is one.</param>
    /// <returns>Whether the text is a policy.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out ulong value)
    {
        if (text.Length > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X'))
        {
            var digits = text[2..];
            foreach (char c in digits)
            {
                if (!char.IsAsciiHexDigit(c))
                {
                    value = 0;
                    return false;
                }
            }

            return ulong.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
        }

        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                value = 0;
                return false;
            }
        }

        return ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
