using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace SchemaGen.Runtime;

/// <summary>
/// Readers of the plainest keys (a boolean; an integer with at most a minimum and a maximum; a string
/// with at most a length limit), which generated parsers call instead of each generating its own
/// copy: most keys are of these kinds, and a reader fewer per key is text the compiler does not
/// have to read in every build. Each checks in PVE's order and words its error exactly as the
/// generated readers of the richer keys do. Inlined into the parser, where the key's name and
/// limits are constants, so the JIT keeps only the checks a key has.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class KeyReader
{
    /// <summary>A boolean (<c>1|0</c>, <c>on|off</c>, <c>yes|no</c>, <c>true|false</c>, as PVE reads them).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Boolean<TChar>(ReadOnlySpan<TChar> raw, int offset, string key, out bool value, ref PropertyStringError error)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        int flag = TextPrimitives.ParseBoolean(raw);
        value = flag == 1;
        if (flag < 0)
        {
            PropertyStringError.Report(ref error, PropertyStringErrorKind.TypeCheck, key, "boolean", offset, raw);
            return false;
        }

        return true;
    }

    /// <summary>
    /// An integer of <typeparamref name="TInteger"/>, with limits a <see cref="long"/> holds (every PVE schema's,
    /// and the overload C# picks for literal limits). A limit given (its text not null) speaks beyond
    /// it; where there is none, a number the type cannot hold fails the type check, as in PVE a number
    /// beyond what the schema's type allows. A text of up to 18 digits is read and checked as a
    /// <see cref="long"/>, with no <see cref="Int128"/> arithmetic (whose operators the JIT leaves as
    /// calls in a large parser); a longer one out of line as <see cref="Int128"/>, which its answer needs.
    /// </summary>
    /// <param name="raw">The value as the input holds it.</param>
    /// <param name="offset">Where it starts in the input.</param>
    /// <param name="key">The key, for the error.</param>
    /// <param name="minimum">The smallest value allowed, when <paramref name="minimumText"/> is not null.</param>
    /// <param name="minimumText">The minimum as PVE prints it, or null for none.</param>
    /// <param name="maximum">The largest value allowed, when <paramref name="maximumText"/> is not null.</param>
    /// <param name="maximumText">The maximum as PVE prints it, or null for none.</param>
    /// <param name="value">The number read.</param>
    /// <param name="error">Where the error goes.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Integer<TChar, TInteger>(ReadOnlySpan<TChar> raw, int offset, string key, long minimum, string? minimumText,
        long maximum, string? maximumText, out TInteger value, ref PropertyStringError error)
        where TChar : unmanaged, IBinaryInteger<TChar>
        where TInteger : IBinaryInteger<TInteger>, IMinMaxValue<TInteger>
    {
        if (!TextPrimitives.TryParseShortInteger(raw, out long number))
        {
            return NotInlined.Integer(raw, offset, key, (Int128)minimum, minimumText, (Int128)maximum, maximumText, out value, ref error);
        }

        return CheckInteger(number, IntegerText.Valid, raw, offset, key, minimum, minimumText, maximum, maximumText, out value,
            ref error);
    }

    /// <summary>
    /// An integer of <typeparamref name="TInteger"/> with limits of any size, read as <see cref="Int128"/>: the
    /// overload above for limits beyond a <see cref="long"/>, and for its texts of more than 18 digits.
    /// </summary>
    /// <param name="raw">The value as the input holds it.</param>
    /// <param name="offset">Where it starts in the input.</param>
    /// <param name="key">The key, for the error.</param>
    /// <param name="minimum">The smallest value allowed, when <paramref name="minimumText"/> is not null.</param>
    /// <param name="minimumText">The minimum as PVE prints it, or null for none.</param>
    /// <param name="maximum">The largest value allowed, when <paramref name="maximumText"/> is not null.</param>
    /// <param name="maximumText">The maximum as PVE prints it, or null for none.</param>
    /// <param name="value">The number read.</param>
    /// <param name="error">Where the error goes.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Integer<TChar, TInteger>(ReadOnlySpan<TChar> raw, int offset, string key, Int128 minimum, string? minimumText,
        Int128 maximum, string? maximumText, out TInteger value, ref PropertyStringError error)
        where TChar : unmanaged, IBinaryInteger<TChar>
        where TInteger : IBinaryInteger<TInteger>, IMinMaxValue<TInteger>
    {
        var form = TextPrimitives.ParseInteger(raw, out Int128 number);
        return CheckInteger(number, form, raw, offset, key, minimum, minimumText, maximum, maximumText, out value, ref error);
    }

    // PVE's checks of an integer read, in PVE's order, for a number read as a long or as an Int128.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool CheckInteger<TChar, TInteger, TNumber>(TNumber number, IntegerText form, ReadOnlySpan<TChar> raw, int offset,
        string key, TNumber minimum, string? minimumText, TNumber maximum, string? maximumText, out TInteger value,
        ref PropertyStringError error)
        where TChar : unmanaged, IBinaryInteger<TChar>
        where TInteger : IBinaryInteger<TInteger>, IMinMaxValue<TInteger>
        where TNumber : IBinaryInteger<TNumber>
    {
        value = TInteger.Zero;
        // The type's bounds saturate into a long (a ulong's maximum is beyond every number of 18 digits).
        if (form == IntegerText.Invalid
            || (maximumText is null && number > TNumber.CreateSaturating(TInteger.MaxValue))
            || (minimumText is null && number < TNumber.CreateSaturating(TInteger.MinValue)))
        {
            PropertyStringError.Report(ref error, PropertyStringErrorKind.TypeCheck, key, "integer", offset, raw);
            return false;
        }

        if (maximumText is not null && number > maximum)
        {
            PropertyStringError.Report(ref error, PropertyStringErrorKind.Maximum, key, maximumText, offset, raw.Length);
            return false;
        }

        if (minimumText is not null && number < minimum)
        {
            PropertyStringError.Report(ref error, PropertyStringErrorKind.Minimum, key, minimumText, offset, raw.Length);
            return false;
        }

        value = TInteger.CreateTruncating(number);
        return true;
    }

    /// <summary>
    /// TryValidate's check of an integer set in code: printed, then read back by
    /// the parser's integer reader with the same limits, so the two can never disagree.
    /// </summary>
    /// <param name="value">The value of the property.</param>
    /// <param name="key">The key, for the error.</param>
    /// <param name="minimum">As for the parser's integer reader.</param>
    /// <param name="minimumText">As for the parser's integer reader.</param>
    /// <param name="maximum">As for the parser's integer reader.</param>
    /// <param name="maximumText">As for the parser's integer reader.</param>
    /// <param name="error">Where the error goes (its offset is 0: the value has no place in a text).</param>
    public static bool IsValidInteger<TInteger>(TInteger value, string key, Int128 minimum, string? minimumText, Int128 maximum,
        string? maximumText, ref PropertyStringError error)
        where TInteger : IBinaryInteger<TInteger>, IMinMaxValue<TInteger>
    {
        Span<char> buffer = stackalloc char[64];
        var writer = new PropertyStringWriter<char>(buffer);
        _ = writer.Integer(value);
        return Integer<char, TInteger>(buffer[..writer.Written], 0, key, minimum, minimumText, maximum, maximumText, out _, ref error);
    }

    /// <summary>
    /// TryValidate's check of a string set in code: one a property string can hold (not empty, no
    /// <c>,</c> nor line feed), then <see cref="String{TChar}"/>'s length limit.
    /// </summary>
    /// <param name="value">The value of the property (not null: an absent key is not checked).</param>
    /// <param name="key">The key, for the error.</param>
    /// <param name="maxLength">As for <see cref="String{TChar}"/>.</param>
    /// <param name="maxLengthText">As for <see cref="String{TChar}"/>.</param>
    /// <param name="error">Where the error goes.</param>
    public static bool IsValidString(string value, string key, int maxLength, string? maxLengthText, ref PropertyStringError error)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!PropertyStringFormatting.IsRepresentable(value))
        {
            PropertyStringError.Report(ref error, PropertyStringErrorKind.NotRepresentable, key, null, 0, 0);
            return false;
        }

        return String<char>(value.AsSpan(), 0, key, maxLength, maxLengthText, ref error);
    }

    /// <summary>A string of at most <paramref name="maxLength"/> characters (<see cref="int.MaxValue"/> for any length).</summary>
    /// <param name="raw">The value as the input holds it.</param>
    /// <param name="offset">Where it starts in the input.</param>
    /// <param name="key">The key, for the error.</param>
    /// <param name="maxLength">The most characters.</param>
    /// <param name="maxLengthText">The limit as PVE prints it.</param>
    /// <param name="error">Where the error goes.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool String<TChar>(ReadOnlySpan<TChar> raw, int offset, string key, int maxLength, string? maxLengthText,
        ref PropertyStringError error)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        // Characters never outnumber code units or bytes: the count is needed only past the limit.
        if (raw.Length > maxLength && TextPrimitives.CountCharacters(raw) > maxLength)
        {
            PropertyStringError.Report(ref error, PropertyStringErrorKind.MaxLength, key, maxLengthText, offset, raw.Length);
            return false;
        }

        return true;
    }

    /// <summary>
    /// The same readers as calls, for the key reader of a schema of many keys (docs/decisions/0030): inlined into
    /// its one switch over the keys, each brought its temporaries into a frame the JIT zeroes on every call.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class NotInlined
    {
        /// <inheritdoc cref="KeyReader.Boolean{TChar}"/>
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static bool Boolean<TChar>(ReadOnlySpan<TChar> raw, int offset, string key, out bool value, ref PropertyStringError error)
            where TChar : unmanaged, IBinaryInteger<TChar>
            => KeyReader.Boolean(raw, offset, key, out value, ref error);

        /// <summary>The integer reader with limits a <see cref="long"/> holds, as a call.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static bool Integer<TChar, TInteger>(ReadOnlySpan<TChar> raw, int offset, string key, long minimum, string? minimumText,
            long maximum, string? maximumText, out TInteger value, ref PropertyStringError error)
            where TChar : unmanaged, IBinaryInteger<TChar>
            where TInteger : IBinaryInteger<TInteger>, IMinMaxValue<TInteger>
            => KeyReader.Integer(raw, offset, key, minimum, minimumText, maximum, maximumText, out value, ref error);

        /// <summary>The integer reader with limits of any size, as a call.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static bool Integer<TChar, TInteger>(ReadOnlySpan<TChar> raw, int offset, string key, Int128 minimum, string? minimumText,
            Int128 maximum, string? maximumText, out TInteger value, ref PropertyStringError error)
            where TChar : unmanaged, IBinaryInteger<TChar>
            where TInteger : IBinaryInteger<TInteger>, IMinMaxValue<TInteger>
            => KeyReader.Integer(raw, offset, key, minimum, minimumText, maximum, maximumText, out value, ref error);

        /// <inheritdoc cref="KeyReader.String{TChar}"/>
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static bool String<TChar>(ReadOnlySpan<TChar> raw, int offset, string key, int maxLength, string? maxLengthText,
            ref PropertyStringError error)
            where TChar : unmanaged, IBinaryInteger<TChar>
            => KeyReader.String(raw, offset, key, maxLength, maxLengthText, ref error);
    }
}
