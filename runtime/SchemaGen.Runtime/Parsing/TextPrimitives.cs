using System.ComponentModel;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace SchemaGen.Runtime;

/// <summary>
/// The span primitives generated parsers call, for UTF-16 (<see cref="char"/>) and UTF-8
/// (<see cref="byte"/>) input alike. The <c>typeof(TChar)</c> tests are constants to the JIT,
/// so each instantiation keeps only its own branch. Nothing here allocates but a string
/// member's value that the string pool does not hold yet.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class TextPrimitives
{
    // 10^36: far beyond every integer type, far below Int128's own limit.
    private static readonly Int128 IntegerSaturation = (Int128)1_000_000_000_000_000_000 * 1_000_000_000_000_000_000;

    /// <summary>Whether <paramref name="text"/> is empty or only white space (Perl's <c>^\s*$</c> on a Unicode string).</summary>
    public static bool IsWhiteSpace<TChar>(ReadOnlySpan<TChar> text)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        if (typeof(TChar) == typeof(char))
        {
            return MemoryMarshal.Cast<TChar, char>(text).IsWhiteSpace();
        }

        var bytes = MemoryMarshal.Cast<TChar, byte>(text);
        while (!bytes.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(bytes, out var rune, out int consumed) != System.Buffers.OperationStatus.Done
                || !Rune.IsWhiteSpace(rune))
            {
                return false;
            }

            bytes = bytes[consumed..];
        }

        return true;
    }

    /// <summary>Whether <paramref name="text"/> is exactly <paramref name="ascii"/>, an ASCII literal of the schema.</summary>
    public static bool EqualsAscii<TChar>(ReadOnlySpan<TChar> text, string ascii)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        if (typeof(TChar) == typeof(char))
        {
            return MemoryMarshal.Cast<TChar, char>(text).SequenceEqual(ascii);
        }

        return Ascii.Equals(MemoryMarshal.Cast<TChar, byte>(text), ascii);
    }

    /// <summary>
    /// Whether <paramref name="text"/> is exactly an ASCII literal of the schema, given as a string and
    /// as a <c>"..."u8</c> literal: each instantiation compares with its own encoding, and the JIT
    /// unrolls the comparison with a literal into a few wide loads.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool EqualsAscii<TChar>(ReadOnlySpan<TChar> text, string ascii, ReadOnlySpan<byte> utf8)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        if (typeof(TChar) == typeof(char))
        {
            return MemoryMarshal.Cast<TChar, char>(text).SequenceEqual(ascii);
        }

        return MemoryMarshal.Cast<TChar, byte>(text).SequenceEqual(utf8);
    }

    /// <summary>
    /// PVE's <c>parse_boolean</c>: 1 for <c>1|on|yes|true</c>, 0 for <c>0|off|no|false</c>
    /// (ASCII case-insensitive), -1 for anything else.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ParseBoolean<TChar>(ReadOnlySpan<TChar> text)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        // 1 and 0, the way PVE prints them, are read in line; the words out of line.
        if (text.Length == 1)
        {
            uint c = uint.CreateTruncating(text[0]);
            return c == '1' ? 1 : c == '0' ? 0 : -1;
        }

        return ParseBooleanWord(text);
    }

    private static int ParseBooleanWord<TChar>(ReadOnlySpan<TChar> text)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        if (typeof(TChar) != typeof(char) && typeof(TChar) != typeof(byte))
        {
            // No generated parser reads other units: narrowed to bytes, where a unit beyond ASCII is in no word.
            Span<byte> narrowed = stackalloc byte[5];
            if (text.Length > narrowed.Length)
            {
                return -1;
            }

            for (int i = 0; i < text.Length; i++)
            {
                uint unit = uint.CreateSaturating(text[i]);
                narrowed[i] = unit < 0x80 ? (byte)unit : (byte)0xFF;
            }

            return ParseBooleanWord<byte>(narrowed[..text.Length]);
        }

        // The word's units read at once, each with bit 5 set (an ASCII letter's lower case; it makes no other unit
        // a letter, nor a unit beyond ASCII one), then compared with the words of its length alone.
        ref TChar first = ref MemoryMarshal.GetReference(text);
        switch (text.Length)
        {
            case 2:
                ulong two = Units(ref first, 2);
                return two == Word<TChar>(WordOn) ? 1 : two == Word<TChar>(WordNo) ? 0 : -1;
            case 3:
                ulong three = Units(ref first, 3);
                return three == Word<TChar>(WordYes) ? 1 : three == Word<TChar>(WordOff) ? 0 : -1;
            case 4:
                return Units(ref first, 4) == Word<TChar>(WordTrue) ? 1 : -1;
            case 5:
                return Units(ref first, 4) == Word<TChar>(WordFals) && (uint.CreateTruncating(Unsafe.Add(ref first, 4)) | 0x20) == 'e'
                    ? 0
                    : -1;
            default:
                return -1;
        }
    }

    /// <summary>The first <paramref name="count"/> units (2 to 4) of a text, each in its own place and with bit 5 set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Units<TChar>(ref TChar first, int count)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        ref byte start = ref Unsafe.As<TChar, byte>(ref first);
        if (typeof(TChar) == typeof(char))
        {
            ulong units = count switch
            {
                2 => Unsafe.ReadUnaligned<uint>(ref start),
                3 => Unsafe.ReadUnaligned<uint>(ref start) | ((ulong)Unsafe.ReadUnaligned<ushort>(ref Unsafe.Add(ref start, 4)) << 32),
                _ => Unsafe.ReadUnaligned<ulong>(ref start),
            };
            return units | (0x0020_0020_0020_0020UL >> (16 * (4 - count)));
        }

        uint bytes = count switch
        {
            2 => Unsafe.ReadUnaligned<ushort>(ref start),
            3 => Unsafe.ReadUnaligned<ushort>(ref start) | ((uint)Unsafe.Add(ref start, 2) << 16),
            _ => Unsafe.ReadUnaligned<uint>(ref start),
        };
        return bytes | (0x2020_2020U >> (8 * (4 - count)));
    }

    /// <summary>
    /// A word of up to four ASCII letters, given a byte a letter (<see cref="WordOn"/>), as <see cref="Units{TChar}"/>
    /// reads it from <typeparamref name="TChar"/> units: a constant to the JIT.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Word<TChar>(uint bytes)
        => typeof(TChar) == typeof(char)
            ? (bytes & 0xFF) | ((ulong)(bytes & 0xFF00) << 8) | ((ulong)(bytes & 0xFF_0000) << 16) | ((ulong)(bytes & 0xFF00_0000) << 24)
            : bytes;

    private const uint WordOn = 'o' | ('n' << 8);
    private const uint WordNo = 'n' | ('o' << 8);
    private const uint WordYes = 'y' | ('e' << 8) | ('s' << 16);
    private const uint WordOff = 'o' | ('f' << 8) | ('f' << 16);
    private const uint WordTrue = 't' | ('r' << 8) | ('u' << 16) | ((uint)'e' << 24);
    private const uint WordFals = 'f' | ('a' << 8) | ('l' << 16) | ((uint)'s' << 24);

    /// <summary>
    /// Whether a value PVE stored is false to Perl (empty or <c>"0"</c>): a bare value may then take
    /// the default key's place. A boolean key's value counts after <c>parse_boolean</c>.
    /// </summary>
    public static bool IsFalsy<TChar>(ReadOnlySpan<TChar> value, bool isBoolean)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        if (value.IsEmpty)
        {
            return true;
        }

        return isBoolean ? ParseBoolean(value) == 0 : value.Length == 1 && uint.CreateTruncating(value[0]) == '0';
    }

    /// <summary>
    /// Reads an integer of the form <c>^[+-]?[0-9]{1,18}$</c>, which a <see cref="long"/> holds exactly and
    /// with no test for overflow; false for any other text, whose answer <see cref="ParseInteger{TChar}"/> gives.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryParseShortInteger<TChar>(ReadOnlySpan<TChar> text, out long value)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        value = 0;
        int i = 0;
        bool negative = false;
        if (!text.IsEmpty && uint.CreateTruncating(text[0]) is '+' or '-')
        {
            negative = uint.CreateTruncating(text[0]) == '-';
            i = 1;
        }

        if (text.Length - i is < 1 or > 18)
        {
            return false;
        }

        ulong magnitude = 0;
        for (; i < text.Length; i++)
        {
            uint digit = uint.CreateTruncating(text[i]) - '0';
            if (digit > 9)
            {
                return false;
            }

            magnitude = (magnitude * 10) + digit;
        }

        value = negative ? -(long)magnitude : (long)magnitude;
        return true;
    }

    /// <summary>
    /// Reads an integer of the form <c>^[+-]?[0-9]+$</c>. A value beyond ±10^36 saturates there and
    /// reports <see cref="IntegerText.Overflow"/>, so that the caller can tell a limit error from a type error.
    /// </summary>
    public static IntegerText ParseInteger<TChar>(ReadOnlySpan<TChar> text, out Int128 value)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        value = 0;
        bool negative = false;
        int i = 0;
        if (!text.IsEmpty)
        {
            uint sign = uint.CreateTruncating(text[0]);
            if (sign is '+' or '-')
            {
                negative = sign == '-';
                i = 1;
            }
        }

        if (i == text.Length)
        {
            return IntegerText.Invalid;
        }

        bool overflow = false;
        Int128 magnitude = 0;
        for (; i < text.Length; i++)
        {
            uint digit = uint.CreateTruncating(text[i]) - '0';
            if (digit > 9)
            {
                return IntegerText.Invalid;
            }

            if (!overflow)
            {
                magnitude = (magnitude * 10) + digit;
                overflow = magnitude >= IntegerSaturation;
            }
        }

        value = negative ? -magnitude : magnitude;
        return overflow ? IntegerText.Overflow : IntegerText.Valid;
    }

    /// <summary>
    /// Reads a number of PVE's form <c>^[+-]?(\d+\.\d+|\d+\.|\.\d+|\d+)([eE][+-]?\d+)?$</c>
    /// (ASCII digits only).
    /// </summary>
    public static bool TryParseNumber<TChar>(ReadOnlySpan<TChar> text, out double value)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        value = 0;
        if (!IsNumberText(text))
        {
            return false;
        }

        return typeof(TChar) == typeof(char)
            ? double.TryParse(MemoryMarshal.Cast<TChar, char>(text), NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            : double.TryParse(MemoryMarshal.Cast<TChar, byte>(text), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    private static bool IsNumberText<TChar>(ReadOnlySpan<TChar> text)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        int i = 0;
        if (i < text.Length && uint.CreateTruncating(text[i]) is '+' or '-')
        {
            i++;
        }

        int integerDigits = CountDigits(text, ref i);
        int fractionDigits = 0;
        bool point = i < text.Length && uint.CreateTruncating(text[i]) == '.';
        if (point)
        {
            i++;
            fractionDigits = CountDigits(text, ref i);
        }

        if (integerDigits == 0 && fractionDigits == 0)
        {
            return false;
        }

        if (i < text.Length && uint.CreateTruncating(text[i]) is 'e' or 'E')
        {
            i++;
            if (i < text.Length && uint.CreateTruncating(text[i]) is '+' or '-')
            {
                i++;
            }

            if (CountDigits(text, ref i) == 0)
            {
                return false;
            }
        }

        return i == text.Length;
    }

    private static int CountDigits<TChar>(ReadOnlySpan<TChar> text, ref int i)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        int start = i;
        while (i < text.Length && uint.CreateTruncating(text[i]) - '0' <= 9)
        {
            i++;
        }

        return i - start;
    }

    /// <summary>How many characters (Unicode scalar values, as Perl's <c>length</c> counts them) <paramref name="text"/> has.</summary>
    public static int CountCharacters<TChar>(ReadOnlySpan<TChar> text)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        if (typeof(TChar) == typeof(char))
        {
            var chars = MemoryMarshal.Cast<TChar, char>(text);
            int count = chars.Length;
            for (int i = 0; i < chars.Length - 1; i++)
            {
                if (char.IsHighSurrogate(chars[i]) && char.IsLowSurrogate(chars[i + 1]))
                {
                    count--;
                    i++;
                }
            }

            return count;
        }

        // UTF-8: every byte that does not continue a sequence starts a character.
        var bytes = MemoryMarshal.Cast<TChar, byte>(text);
        return bytes.Length - CountContinuationBytes(bytes);
    }

    private static int CountContinuationBytes(ReadOnlySpan<byte> bytes)
    {
        int count = 0;
        foreach (byte b in bytes)
        {
            if ((b & 0xC0) == 0x80)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// A string member's value, from <see cref="StringPool.Shared"/>: a value seen before comes back
    /// without allocating; a new one is the only allocation a successful parse makes.
    /// </summary>
    public static string ToManagedString<TChar>(ReadOnlySpan<TChar> text)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        var pool = StringPool.Shared;
        if (typeof(TChar) == typeof(char))
        {
            var chars = MemoryMarshal.Cast<TChar, char>(text);
            return pool is null ? new string(chars) : pool.GetOrAdd(chars);
        }

        var bytes = MemoryMarshal.Cast<TChar, byte>(text);
        return pool is null ? Encoding.UTF8.GetString(bytes) : pool.GetOrAdd(bytes);
    }

    /// <summary>
    /// A string member's value when its key was given (see <see cref="ToManagedString{TChar}"/>), else null.
    /// A call rather than a <c>?:</c> in the generated constructor call: a branch inside a long argument list
    /// makes the JIT copy every argument before it at each join, which is quadratic in the number of keys.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string? ToManagedStringOrNull<TChar>(bool given, ReadOnlySpan<TChar> text)
        where TChar : unmanaged, IBinaryInteger<TChar>
        => given ? ToManagedString(text) : null;
}
