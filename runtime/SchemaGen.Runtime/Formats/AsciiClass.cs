#if SCHEMAGEN_GENERATOR
namespace SchemaGen.Generator.Shared;
#else
namespace SchemaGen;
#endif

/// <summary>
/// The character classes of PVE's format patterns, ASCII only (<c>\d</c> and <c>\w</c> are
/// ASCII here, as the integer rules are), written out because netstandard2.0 lacks
/// <c>char.IsAsciiDigit</c> and its kin.
/// </summary>
internal static class AsciiClass
{
    internal static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    /// <summary>A letter of either case (<c>[a-z]</c> under <c>/i</c>).</summary>
    internal static bool IsLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    internal static bool IsLetterOrDigit(char c) => IsLetter(c) || IsDigit(c);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool IsHexDigit(char c) => IsDigit(c) || (uint)((c | 0x20) - 'a') <= 'f' - 'a';

    /// <summary>Perl's <c>\w</c> on ASCII: a letter, a digit or <c>_</c>.</summary>
    internal static bool IsWord(char c) => IsLetterOrDigit(c) || c == '_';

    // [-_.a-zA-Z0-9] as the two halves of a 128-bit set: the characters below 64, then those from 64 on.
    private const ulong IdentifierLow = (0x3FFUL << '0') | (1UL << '-') | (1UL << '.');
    private const ulong IdentifierHigh = (0x3FF_FFFFUL << ('A' - 64)) | (1UL << ('_' - 64)) | (0x3FF_FFFFUL << ('a' - 64));

    /// <summary>
    /// <c>[-_.a-zA-Z0-9]</c>, the characters of a bridge ID (<c>[-_.\w\d]</c>) and of a storage ID (a letter or
    /// digit, <c>-</c>, <c>_</c> or <c>.</c>), for a UTF-16 unit or a UTF-8 byte alike.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool IsIdentifierCharacter(uint c)
        => c < 128 && (((c < 64 ? IdentifierLow : IdentifierHigh) >> (int)c) & 1) != 0; // a shift counts modulo 64

    /// <summary>
    /// The value of a run of ASCII digits, saturated at <paramref name="limit"/> so that a long run
    /// compares as Perl compares it (a huge number, beyond every limit), without overflow.
    /// </summary>
    internal static int DigitsValue(System.ReadOnlySpan<char> digits, int limit)
    {
        int value = 0;
        foreach (char c in digits)
        {
            value = value * 10 + (c - '0');
            if (value >= limit)
            {
                return limit;
            }
        }

        return value;
    }

    internal static bool AllDigits(System.ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
