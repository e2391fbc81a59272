using System.Globalization;
using System.Text.RegularExpressions;
using SchemaGen.Generator.Emitting;
using SchemaGen.Runtime;

namespace SchemaGen.Generator.Tests.Generator;

/// <summary>
/// <see cref="PackedKeyText"/>, the constants a generated key table compares a key with, agrees with the
/// runtime's <see cref="PackedKey"/>, which packs the key at run time: for a text of every length it packs,
/// the emitted comparison holds for the text as the runtime packs it, and names each word the text fills.
/// </summary>
public sealed class PackedKeyTextTests
{
    private static readonly string[] Names = ["First", "Second", "Third"];

    [Fact]
    public void The_emitted_constants_are_the_runtimes_words_for_every_length()
    {
        Assert.Equal(PackedKey.MaxLength, PackedKeyText.MaxLength);
        int compared = 0;
        for (int length = 1; length <= PackedKeyText.MaxLength; length++)
        {
            string text = string.Concat(Enumerable.Range(0, length).Select(i => (char)('a' + (i * 5 % 26))));
            Assert.True(PackedKeyText.Packs(text));
            Assert.True(PackedKey.TryPack(text.AsSpan(), out var packed));
            ulong[] runtime = [packed.First, packed.Second, packed.Third];

            var comparison = new System.Text.StringBuilder();
            new PackedKeyText.Comparison("packed", text).AppendTo(comparison);
            var words = comparison.ToString().Split(" && ");
            Assert.Equal((length + 7) / 8, words.Length);
            for (int i = 0; i < words.Length; i++)
            {
                var match = Regex.Match(words[i], @"^packed\.(\w+) == 0x([1-9A-F][0-9A-F]*)UL$");
                Assert.True(match.Success, words[i]);
                Assert.Equal(Names[i], match.Groups[1].Value);
                Assert.Equal(runtime[i], ulong.Parse(match.Groups[2].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            }

            compared++;
        }

        Assert.Equal(PackedKeyText.MaxLength, compared);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a\0b")]
    [InlineData("caf\u00E9")]
    [InlineData("iops_rd_max_length_longer")]
    public void A_text_the_runtime_cannot_pack_as_it_is_is_compared_as_a_literal(string text)
        => Assert.False(PackedKeyText.Packs(text));
}
