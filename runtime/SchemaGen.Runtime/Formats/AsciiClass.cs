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

    /// <summary>
    /// <c>[-_.a-zA-Z0-9]</c>, the characters of a bridge ID (<c>[-_.\w\d]</c>) and of a storage ID (a letter or
    /// digit, <c>-</c>, <c>_</c> or <c>.</c>), for a UTF-16 unit or a UTF-8 byte alike: one load of a table (a set of two
    /// words, its half chosen by a branch, measured slower on a volume ID in UTF-16).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool IsIdentifierCharacter(uint c) => c < 128 && IdentifierCharacters[(int)c] != 0;

    // 1 for each of [-_.a-zA-Z0-9], by code point: 32 a line, from U+0000 to U+007F.
    private static System.ReadOnlySpan<byte> IdentifierCharacters =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    ];

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
