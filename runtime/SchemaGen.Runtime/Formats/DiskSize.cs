using System;
using System.Buffers;
using System.Globalization;

#if SCHEMAGEN_GENERATOR
namespace SchemaGen.Generator.Shared;
#else
namespace SchemaGen;
#endif

/// <summary>
/// PVE's <c>disk-size</c> values: pve-common's <c>parse_size</c> (text to bytes) and
/// <c>format_size</c> (bytes to the largest whole unit), allocation-free.
/// </summary>
/// <remarks>
/// A size is <c>^\d+(\.\d+)?</c> and an optional unit <c>K</c>, <c>M</c>, <c>G</c>, <c>T</c>,
/// each of which may also be written <c>KiB</c>, <c>MiB</c>, <c>GiB</c>, <c>TiB</c> (as the
/// pve-common of qemu-server 9 accepts them; <c>32KB</c>, <c>32iB</c> and <c>32k</c> are refused),
/// the units powers of 1024. PVE multiplies a
/// fractional size in floating point and truncates, so <c>3806.30T</c> is 4185071108803789 bytes
/// (exact decimal arithmetic would give ...788); this type does the same. Printing picks the
/// largest unit that divides the size exactly: 540672 bytes print as <c>528K</c>,
/// 1649267441664 as <c>1536G</c>, and 0 as <c>0T</c>.
/// </remarks>
#if SCHEMAGEN_GENERATOR
internal
#else
public
#endif
static class DiskSize
{
    /// <summary>
    /// The most characters (or UTF-8 bytes) <see cref="TryFormat(long, Span{char}, out int)"/> writes:
    /// <c>-9223372036854775807</c>.
    /// </summary>
    public const int MaxFormattedLength = 20;

    // Texts up to this long are widened from UTF-8 on the stack; a longer valid size is all leading zeros or fraction digits.
    private const int StackLimit = 256;

    private static readonly char[] Units = { 'K', 'M', 'G', 'T' };

    /// <summary>
    /// Reads a size as PVE's <c>parse_size</c> does: <c>32G</c> is 34359738368 bytes, <c>1.5K</c>
    /// is 1536, <c>0.3</c> is 0 (the fraction of a byte is dropped).
    /// </summary>
    /// <param name="text">The size as written.</param>
    /// <param name="bytes">The size in bytes, when the method returns true.</param>
    /// <returns>
    /// False for a text PVE refuses (then <see cref="PveFormats.Check"/> with
    /// <see cref="PveFormat.DiskSize"/> gives PVE's message) and for a size beyond
    /// <see cref="long.MaxValue"/> bytes, which PVE accepts but a <see cref="long"/> cannot hold.
    /// </returns>
    public static bool TryParse(ReadOnlySpan<char> text, out long bytes)
    {
        bytes = 0;
        if (!TrySplit(text, out var number, out int unitPower, out bool fractional))
        {
            return false;
        }

        if (!fractional)
        {
            // Perl multiplies integers as integers; within a long's range that is exact either way.
            long value = 0;
            foreach (char c in number)
            {
                int digit = c - '0';
                if (value > (long.MaxValue - digit) / 10)
                {
                    return false;
                }

                value = value * 10 + digit;
            }

            int shift = 10 * unitPower;
            if (value > long.MaxValue >> shift)
            {
                return false;
            }

            bytes = value << shift;
            return true;
        }

        // Multiplying by 1024 is exact in binary floating point, so the product is the parsed number
        // scaled by 2^(10 * unit), truncated: what Perl's NV arithmetic and int() give.
        double scaled = ParseDouble(number);
        for (int i = 0; i < unitPower; i++)
        {
            scaled *= 1024;
        }

        if (!(scaled < 9223372036854775808.0))
        {
            return false;
        }

        bytes = (long)scaled;
        return true;
    }

    /// <summary>Reads a UTF-8 size (see <see cref="TryParse(ReadOnlySpan{char}, out long)"/>).</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, out long bytes)
    {
        bytes = 0;
        if (utf8Text.Length > StackLimit)
        {
            // Valid only as a long run of zeros or fraction digits: widened into a pooled buffer.
            return TryParseLong(utf8Text, out bytes);
        }

        Span<char> text = stackalloc char[utf8Text.Length];
        return TryWiden(utf8Text, text) && TryParse(text, out bytes);
    }

    private static bool TryParseLong(ReadOnlySpan<byte> utf8Text, out long bytes)
    {
        bytes = 0;
        char[] rented = ArrayPool<char>.Shared.Rent(utf8Text.Length);
        try
        {
            var text = rented.AsSpan(0, utf8Text.Length);
            return TryWiden(utf8Text, text) && TryParse(text, out bytes);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>Copies ASCII bytes to characters; false at the first non-ASCII byte (which no size holds).</summary>
    private static bool TryWiden(ReadOnlySpan<byte> utf8Text, Span<char> text)
    {
        for (int i = 0; i < utf8Text.Length; i++)
        {
            if (utf8Text[i] >= 0x80)
            {
                return false;
            }

            text[i] = (char)utf8Text[i];
        }

        return true;
    }

    /// <summary>Whether PVE's <c>parse_size</c> reads <paramref name="text"/> (whatever its magnitude).</summary>
    internal static bool IsValidSyntax(ReadOnlySpan<char> text) => TrySplit(text, out _, out _, out _);

    /// <summary>Splits <c>^(\d+(\.\d+)?)(?:([KMGT])(?:iB)?)?$</c> into the number and the unit's power of 1024.</summary>
    private static bool TrySplit(ReadOnlySpan<char> text, out ReadOnlySpan<char> number, out int unitPower, out bool fractional)
    {
        number = text;
        unitPower = 0;
        fractional = false;
        if (text.IsEmpty)
        {
            return false;
        }

        // The unit, if any, is the last character, or the one before a binary "iB" (KiB, ..., TiB).
        int unitAt = text.Length - 1;
        if (text.Length >= 3 && text[text.Length - 2] == 'i' && text[text.Length - 1] == 'B')
        {
            unitAt = text.Length - 3;
        }

        int unit = UnitPower(text[unitAt]);
        if (unit > 0)
        {
            number = text.Slice(0, unitAt);
            unitPower = unit;
        }
        else if (unitAt != text.Length - 1)
        {
            return false;
        }

        // \d+(\.\d+)? in one pass: digits, and at most one dot with a digit on each side. A size is a
        // few characters, so a loop costs less than searching for the dot and then checking the digits.
        int dot = -1;
        for (int i = 0; i < number.Length; i++)
        {
            char c = number[i];
            if (c == '.' && dot < 0)
            {
                dot = i;
            }
            else if (!AsciiClass.IsDigit(c))
            {
                return false;
            }
        }

        fractional = dot >= 0;
        return !number.IsEmpty && dot != 0 && dot != number.Length - 1;
    }

    // The power of 1024 a unit letter stands for (Units, as a switch: a search of the array cost more than
    // the rest of the parse); 0 for a character that is no unit.
    private static int UnitPower(char c) => c switch
    {
        'K' => 1,
        'M' => 2,
        'G' => 3,
        'T' => 4,
        _ => 0,
    };

    private static double ParseDouble(ReadOnlySpan<char> digits)
    {
#if SCHEMAGEN_GENERATOR
        // netstandard2.0 parses only strings; the analyzers may allocate.
        return double.Parse(digits.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
#else
        return double.Parse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
#endif
    }

    /// <summary>
    /// Writes <paramref name="bytes"/> as PVE's <c>format_size</c> does: in the largest of
    /// K, M, G, T that divides it exactly, or as a plain number of bytes when 1024 does not
    /// divide it; zero is <c>0T</c>. (A negative size, which no text parses to, is written the way
    /// PVE's arithmetic would write it.)
    /// </summary>
    /// <returns>False when <paramref name="destination"/> is too short (see <see cref="MaxFormattedLength"/>).</returns>
    public static bool TryFormat(long bytes, Span<char> destination, out int written)
    {
        Span<byte> utf8 = stackalloc byte[MaxFormattedLength];
        int length = Format(bytes, utf8);
        written = 0;
        if (length > destination.Length)
        {
            return false;
        }

        for (int i = 0; i < length; i++)
        {
            destination[i] = (char)utf8[i];
        }

        written = length;
        return true;
    }

    /// <summary>Writes <paramref name="bytes"/> as UTF-8 (see <see cref="TryFormat(long, Span{char}, out int)"/>).</summary>
    /// <returns>False when <paramref name="utf8Destination"/> is too short (see <see cref="MaxFormattedLength"/>).</returns>
    public static bool TryFormat(long bytes, Span<byte> utf8Destination, out int written)
    {
        // Straight into a destination that holds any size; through a scratch buffer into a shorter one.
        if (utf8Destination.Length >= MaxFormattedLength)
        {
            written = Format(bytes, utf8Destination);
            return true;
        }

        Span<byte> utf8 = stackalloc byte[MaxFormattedLength];
        int length = Format(bytes, utf8);
        written = 0;
        if (!utf8.Slice(0, length).TryCopyTo(utf8Destination))
        {
            return false;
        }

        written = length;
        return true;
    }

    /// <summary>format_size into a buffer of at least <see cref="MaxFormattedLength"/> bytes; returns the length.</summary>
    private static int Format(long bytes, Span<byte> buffer)
    {
        // PVE divides by 1024 while the division is exact, up to T. Division by 1024 is exact when the low ten
        // bits are zero (in two's complement for a negative size too, as Perl's % answers 0 there), and an
        // exact division is an arithmetic shift.
        long number = bytes;
        int unit = 0;
        while (unit < Units.Length && (number & 1023) == 0)
        {
            number >>= 10;
            unit++;
        }

        int length = WriteInteger(number, buffer);
        if (unit > 0)
        {
            buffer[length++] = (byte)Units[unit - 1];
        }

        return length;
    }

    private static int WriteInteger(long value, Span<byte> buffer)
    {
        // The digits counted first, then written from the right in place; the magnitude as ulong so that
        // long.MinValue has one too.
        ulong magnitude = value < 0 ? (ulong)(-(value + 1)) + 1 : (ulong)value;
        int start = 0;
        if (value < 0)
        {
            buffer[start++] = (byte)'-';
        }

        int end = start + 1;
        for (ulong rest = magnitude; rest >= 10; rest /= 10)
        {
            end++;
        }

        for (int i = end - 1; i >= start; i--)
        {
            buffer[i] = (byte)('0' + (int)(magnitude % 10));
            magnitude /= 10;
        }

        return end;
    }
}
