using System.Collections.Generic;
using System.Text;
using SchemaGen.Generator.Shared;

namespace SchemaGen.Generator.Patterns;

/// <summary>How generated code's comments name a compiled pattern's classes of characters: <c>[0-9A-Fa-f]</c>.</summary>
internal static class PatternClassText
{
    /// <summary>Each class as the symbols it holds, but the largest, which is "anything else".</summary>
    public static IReadOnlyList<string> Describe(CompiledPattern pattern)
    {
        var members = new List<int>[pattern.ClassCount];
        for (int c = 0; c < members.Length; c++)
        {
            members[c] = [];
        }

        for (int symbol = 0; symbol < PatternAlphabet.Count; symbol++)
        {
            members[pattern.Classes[symbol]].Add(symbol);
        }

        int largest = 0;
        for (int c = 1; c < members.Length; c++)
        {
            largest = members[c].Count > members[largest].Count ? c : largest;
        }

        var names = new string[members.Length];
        for (int c = 0; c < members.Length; c++)
        {
            names[c] = c == largest ? "anything else" : Name(members[c]);
        }

        return names;
    }

    private static string Name(List<int> symbols)
    {
        var text = new StringBuilder("[");
        for (int i = 0; i < symbols.Count && symbols[i] < 128; i++)
        {
            int last = i;
            while (last + 1 < symbols.Count && symbols[last + 1] < 128 && symbols[last + 1] == symbols[last] + 1)
            {
                last++;
            }

            Append(text, symbols[i]);
            if (last > i)
            {
                text.Append(last > i + 1 ? "-" : "");
                Append(text, symbols[last]);
            }

            i = last;
        }

        foreach (int symbol in symbols)
        {
            text.Append(symbol switch
            {
                PatternAlphabet.NonAsciiDigit => " and non-ASCII digits",
                PatternAlphabet.NonAsciiWhiteSpace => " and non-ASCII white space",
                PatternAlphabet.OtherNonAscii => " and other non-ASCII",
                _ => "",
            });
        }

        return text.Append(']').Replace("[ and ", "[").ToString();
    }

    private static void Append(StringBuilder text, int symbol)
    {
        char c = (char)symbol;
        if (c is <= ' ' or > '~')
        {
            text.Append("\\x").Append(symbol.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            text.Append(c is '\\' or ']' or '[' or '^' or '-' ? "\\" : "").Append(c);
        }
    }
}
