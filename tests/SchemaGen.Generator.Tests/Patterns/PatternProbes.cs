using SchemaGen.Generator.Patterns;
using SchemaGen.Generator.Shared;

namespace SchemaGen.Generator.Tests.Patterns;

/// <summary>
/// Texts to put to a compiled pattern and to .NET's <c>Regex</c> alike: values drawn from the pattern's
/// own tree (so that long patterns, a UUID say, meet texts that match), each changed in one place, and
/// every short text over characters of each class the pattern tells apart. Seeded, so every run puts the
/// same texts.
/// </summary>
internal static class PatternProbes
{
    /// <summary>Characters beyond ASCII for each of the three non-ASCII symbols: digits, white space, the rest (surrogates too).</summary>
    public static readonly string[] NonAscii = ["\u0663\u0969\uFF19", "\u00A0\u2003\u3000\u0085", "\u00E9\u4E2D\uD83D\uDE00"];

    /// <summary>A character of each class: its first ASCII member, and one of each non-ASCII symbol.</summary>
    public static char[] OnePerClass(CompiledPattern compiled)
    {
        var chars = new List<char>();
        var seen = new HashSet<int>();
        for (int symbol = 0; symbol < 128; symbol++)
        {
            if (seen.Add(compiled.Classes[symbol]))
            {
                chars.Add((char)symbol);
            }
        }

        chars.Add(NonAscii[0][0]);
        chars.Add(NonAscii[1][1]);
        chars.Add(NonAscii[2][0]);
        return chars.ToArray();
    }

    /// <summary>Every text of up to <paramref name="maxLength"/> characters out of <paramref name="chars"/>.</summary>
    public static IEnumerable<string> Every(char[] chars, int maxLength)
    {
        List<string> texts = [""];
        var all = new List<string> { "" };
        for (int length = 1; length <= maxLength; length++)
        {
            texts = texts.SelectMany(text => chars.Select(c => text + c)).ToList();
            all.AddRange(texts);
        }

        return all;
    }

    /// <summary>A value the pattern's tree can spell, chosen at random.</summary>
    public static string Draw(PatternNode node, Random random)
    {
        var text = new System.Text.StringBuilder();
        Draw(node, random, text);
        return text.ToString();
    }

    /// <summary>The text with one character replaced, put in or taken out.</summary>
    public static string Change(string text, char[] chars, Random random)
    {
        char c = chars[random.Next(chars.Length)];
        int at = random.Next(text.Length + 1);
        return random.Next(3) switch
        {
            0 when at < text.Length => text[..at] + c + text[(at + 1)..],
            1 when at < text.Length => text.Remove(at, 1),
            _ => text.Insert(at, c.ToString()),
        };
    }

    /// <summary>The bytes with <paramref name="piece"/> put in at a random place, or in place of one byte.</summary>
    public static byte[] ChangeByte(byte[] bytes, byte[] piece, Random random)
    {
        int at = random.Next(bytes.Length + 1);
        int removed = at < bytes.Length && random.Next(2) == 0 ? 1 : 0;
        return [.. bytes.AsSpan(0, at), .. piece, .. bytes.AsSpan(at + removed)];
    }

    private static void Draw(PatternNode node, Random random, System.Text.StringBuilder text)
    {
        switch (node)
        {
            case SetNode set:
                var held = Enumerable.Range(0, PatternAlphabet.Count).Where(s => set.Symbols[s]).ToArray();
                int symbol = held[random.Next(held.Length)];
                text.Append(symbol < 128 ? ((char)symbol).ToString() : NonAsciiOf(symbol, random));
                break;
            case SequenceNode sequence:
                sequence.Parts.ForEach(part => Draw(part, random, text));
                break;
            case ChoiceNode choice:
                Draw(choice.Alternatives[random.Next(choice.Alternatives.Count)], random, text);
                break;
            case RepeatNode repeat:
                int times = random.Next(repeat.Min, (repeat.Max ?? repeat.Min + 3) + 1);
                for (int i = 0; i < times; i++)
                {
                    Draw(repeat.Body, random, text);
                }

                break;
        }
    }

    /// <summary>One code unit for a non-ASCII symbol; half a surrogate pair is one to .NET's Regex as it is here.</summary>
    private static string NonAsciiOf(int symbol, Random random)
    {
        string choices = NonAscii[symbol - PatternAlphabet.NonAsciiDigit];
        return choices[random.Next(choices.Length)].ToString();
    }
}
