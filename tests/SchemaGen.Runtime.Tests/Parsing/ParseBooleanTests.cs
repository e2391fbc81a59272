using System.Text;

namespace SchemaGen.Runtime.Tests.Parsing;

/// <summary><see cref="TextPrimitives.ParseBoolean{TChar}"/> against PVE's parse_boolean, on every case variant and near misses.</summary>
public sealed class ParseBooleanTests
{
    public static TheoryData<string> Words()
    {
        // A set: "1" and "0" have no case, and xunit skips a case given twice.
        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var word in new[] { "1", "0", "on", "no", "yes", "off", "true", "false" })
        {
            // Every upper/lower-case variant of the word.
            for (int mask = 0; mask < 1 << word.Length; mask++)
            {
                words.Add(new string(word.Select((c, i) => (mask & (1 << i)) != 0 ? char.ToUpperInvariant(c) : c).ToArray()));
            }
        }

        foreach (var miss in new[] { "", "2", "o", "onn", "yess", "tru", "fals", "falsey", "nO ", " no", "0n", "n0", "y\u00e9s", "\u014Fn",
            "\u014En", "O\u0000", "on\u0000", "[n", "ofF\u0080", "o\u004E\u0100",
            // Beyond ASCII in each place of a word read at once (a unit's high byte would spill into its neighbour).
            "\u016Fn", "o\u016E", "y\u0165s", "ye\u0173", "\u0174rue", "tr\u0175e", "tru\u0165", "fals\u0165", "fals\u00e5", "f\u0161lse" })
        {
            words.Add(miss);
        }

        var data = new TheoryData<string>();
        foreach (var word in words)
        {
            data.Add(word);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Words))]
    public void Reads_as_pve_does(string text)
    {
        int expected = text.ToLowerInvariant() switch
        {
            "1" or "on" or "yes" or "true" when IsAscii(text) => 1,
            "0" or "off" or "no" or "false" when IsAscii(text) => 0,
            _ => -1,
        };

        Assert.Equal(expected, TextPrimitives.ParseBoolean<char>(text));
        Assert.Equal(expected, TextPrimitives.ParseBoolean<byte>(Encoding.UTF8.GetBytes(text)));
        // Units no generated parser reads (its generic path).
        Assert.Equal(expected, TextPrimitives.ParseBoolean<ushort>(text.Select(c => (ushort)c).ToArray()));
    }

    [Fact]
    public void A_word_with_any_one_unit_changed_is_no_word()
    {
        // Read a word at a time, with bit 5 of each unit set: a unit that differs from the letter in any other bit, in
        // its low byte or beyond it, must not pass for it, in either encoding.
        int checkedWords = 0;
        foreach (var word in new[] { "on", "no", "yes", "off", "true", "false" })
        {
            for (int at = 0; at < word.Length; at++)
            {
                foreach (int change in new[] { 0x40, 0x80, 0x100, 0x2000, 0xFF00 })
                {
                    var units = word.ToCharArray();
                    units[at] = (char)(units[at] ^ change);
                    var text = new string(units);
                    Assert.Equal(-1, TextPrimitives.ParseBoolean<char>(text));
                    Assert.Equal(-1, TextPrimitives.ParseBoolean<byte>(Encoding.UTF8.GetBytes(text)));
                    checkedWords++;
                }
            }
        }

        Assert.Equal(19 * 5, checkedWords);
    }

    private static bool IsAscii(string text) => text.All(c => c < 0x80);
}
