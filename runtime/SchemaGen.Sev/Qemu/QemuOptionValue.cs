using System.Diagnostics.CodeAnalysis;

namespace SchemaGen.Sev;

/// <summary>
/// Makes a value safe to put inside a QEMU option string (<c>key=value,key=value</c>, as QEMU's
/// QemuOpts and keyval parsers read <c>-drive</c>, <c>-object</c> and <c>-machine</c>).
/// </summary>
/// <remarks>
/// QEMU reads a doubled comma inside a value as one literal comma, so <c>file=/a,,b</c> opens
/// <c>/a,b</c>; a single comma would end the value and start a new key. A NUL can never reach
/// QEMU (arguments are C strings) and a line break in a firmware path or id is always a mistake,
/// so both are refused rather than passed on.
/// </remarks>
public static class QemuOptionValue
{
    /// <summary>Escapes a value for a QEMU option string: every comma doubled.</summary>
    /// <param name="value">The value, for example a file path.</param>
    /// <param name="what">What the value is, for the error message (for example <c>OVMF code image path</c>).</param>
    /// <exception cref="ArgumentException">The value contains a NUL character or a line break.</exception>
    public static string Escape(string value, string what) =>
        TryEscape(value, what, out string? escaped, out string? error) ? escaped : throw new ArgumentException(error, nameof(value));

    /// <summary>Like <see cref="Escape"/>, but returns the error instead of throwing.</summary>
    /// <param name="value">The value.</param>
    /// <param name="what">What the value is, for the error message.</param>
    /// <param name="escaped">The value with every comma doubled.</param>
    /// <param name="error">Why the value cannot be passed, otherwise <see langword="null"/>.</param>
    /// <returns>Whether the value can be passed.</returns>
    public static bool TryEscape(string value, string what, [NotNullWhen(true)] out string? escaped, [NotNullWhen(false)] out string? error)
    {
        if (!TryCheck(value, what, out error))
        {
            escaped = null;
            return false;
        }

        escaped = value.Replace(",", ",,", StringComparison.Ordinal);
        return true;
    }

    /// <summary>
    /// Checks a value that QEMU takes whole, not as an option string (for example the file name of
    /// <c>-bios</c>, where a comma is an ordinary character and must not be doubled).
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="what">What the value is, for the error message.</param>
    /// <param name="error">Why the value cannot be passed, otherwise <see langword="null"/>.</param>
    /// <returns>Whether the value can be passed.</returns>
    public static bool TryCheck(string value, string what, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(value);
        int bad = value.AsSpan().IndexOfAny('\0', '\n', '\r');
        if (bad < 0)
        {
            error = null;
            return true;
        }

        string character = value[bad] switch
        {
            '\0' => "a NUL character",
            '\n' => "a line feed",
            _ => "a carriage return",
        };
        string shown = value.Replace("\0", "\\0", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r",
            "\\r", StringComparison.Ordinal);
        error = $"{what} '{shown}' contains {character}, which cannot be passed to QEMU";
        return false;
    }
}
