using SchemaGen.Generator.Shared;

namespace SchemaGen.Generator.Patterns;

/// <summary>Sets of <see cref="PatternAlphabet"/> symbols, as the pattern reader builds them.</summary>
internal static class PatternSymbols
{
    public static bool[] Of(char c)
    {
        var symbols = new bool[PatternAlphabet.Count];
        symbols[c] = true;
        return symbols;
    }

    public static bool[] All()
    {
        var symbols = new bool[PatternAlphabet.Count];
        for (int s = 0; s < symbols.Length; s++)
        {
            symbols[s] = true;
        }

        return symbols;
    }

    /// <summary><c>\d</c>: the ASCII digits and, beyond ASCII, every decimal digit.</summary>
    public static bool[] Digits()
    {
        var symbols = new bool[PatternAlphabet.Count];
        for (char c = '0'; c <= '9'; c++)
        {
            symbols[c] = true;
        }

        symbols[PatternAlphabet.NonAsciiDigit] = true;
        return symbols;
    }

    /// <summary><c>\s</c>: tab, line feed, vertical tab, form feed, carriage return, space and, beyond ASCII, all white space.</summary>
    public static bool[] WhiteSpace()
    {
        var symbols = new bool[PatternAlphabet.Count];
        for (char c = '\t'; c <= '\r'; c++)
        {
            symbols[c] = true;
        }

        symbols[' '] = true;
        symbols[PatternAlphabet.NonAsciiWhiteSpace] = true;
        return symbols;
    }

    public static bool[] Complement(bool[] symbols)
    {
        var complement = new bool[symbols.Length];
        for (int s = 0; s < symbols.Length; s++)
        {
            complement[s] = !symbols[s];
        }

        return complement;
    }

    public static void Add(bool[] into, bool[] symbols)
    {
        for (int s = 0; s < symbols.Length; s++)
        {
            into[s] |= symbols[s];
        }
    }

    public static int Count(bool[] symbols)
    {
        int count = 0;
        foreach (bool held in symbols)
        {
            count += held ? 1 : 0;
        }

        return count;
    }

    /// <summary>The one symbol of a set of one, an ASCII character.</summary>
    public static char Single(bool[] symbols) => (char)System.Array.IndexOf(symbols, true);

    /// <summary>An escape that stands for a class, not for one character.</summary>
    public static bool IsClassEscape(char escaped) => escaped is 'd' or 'D' or 's' or 'S';
}
