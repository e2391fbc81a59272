using System.Numerics;
using System.Text;

namespace SchemaGen.Runtime.Tests.Parsing;

/// <summary>
/// <see cref="SeparatorMasks"/> is what both splits stand on, so they cannot check it against each other: here
/// every window length it takes, in UTF-16 and UTF-8, is held to a mask built one element at a time. Each
/// length reads its text a different way (whole vectors, an overlapping last vector, UTF-16 narrowed two
/// vectors into one, two overlapping words in one vector, one element at a time), so each separator is put at
/// each place of each length.
/// </summary>
public sealed class SeparatorMasksTests
{
    private const string Separators = ",=\n";

    [Fact]
    public void Finds_each_separator_at_each_place_of_each_length()
    {
        int windows = 0;
        for (int length = 0; length <= SeparatorMasks.WindowLength; length++)
        {
            for (int at = 0; at < length; at++)
            {
                foreach (char separator in Separators)
                {
                    var text = new StringBuilder(new string('a', length)) { [at] = separator }.ToString();
                    AssertMasks(text);
                    windows++;
                }
            }
        }

        Assert.Equal(3 * (64 * 65 / 2), windows);
    }

    [Fact]
    public void Finds_separators_among_lookalikes_at_every_length()
    {
        // Characters one bit away from a separator ('-', '<', vertical tab, U+00AC), and ones whose low byte is a
        // separator's (U+012C, U+0A3D, the fullwidth comma U+FF0C), which a byte-wise compare of UTF-16, or a
        // narrowing to bytes that did not saturate, would take for one.
        const string alphabet = ",=\n,=\n-<\u000B\u012C\u0A3D\u00AC\uFF0C ab";
        var random = new Random(20261202);
        int windows = 0;
        for (int length = 0; length <= SeparatorMasks.WindowLength; length++)
        {
            for (int i = 0; i < 40; i++)
            {
                var text = new StringBuilder();
                for (int j = 0; j < length; j++)
                {
                    text.Append(alphabet[random.Next(alphabet.Length)]);
                }

                AssertMasks(text.ToString());
                windows++;
            }
        }

        Assert.Equal(65 * 40, windows);
    }

    [Fact]
    public void Reads_no_element_beyond_the_window()
    {
        // A window cut from a longer text, every length and so every way of reading it: separators right after
        // the window must not show.
        int windows = 0;
        for (int length = 0; length <= SeparatorMasks.WindowLength; length++)
        {
            var text = new string('a', length) + string.Concat(Enumerable.Repeat(Separators, 32));
            AssertMasksOf(text.AsSpan(0, length));
            AssertMasksOf(Encoding.ASCII.GetBytes(text).AsSpan(0, length));
            windows++;
        }

        Assert.Equal(65, windows);
    }

    private static void AssertMasks(string text)
    {
        AssertMasksOf(text.AsSpan());
        if (text.All(c => c < 0x80))
        {
            AssertMasksOf<byte>(Encoding.ASCII.GetBytes(text));
        }
        else
        {
            // UTF-8 beyond ASCII is longer than the text: keep the window within its length.
            var bytes = Encoding.UTF8.GetBytes(text);
            AssertMasksOf<byte>(bytes.AsSpan(0, Math.Min(bytes.Length, SeparatorMasks.WindowLength)));
        }
    }

    private static void AssertMasksOf<TChar>(ReadOnlySpan<TChar> window)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        ulong commas = 0, equalSigns = 0, lineFeeds = 0;
        for (int i = 0; i < window.Length; i++)
        {
            int c = int.CreateTruncating(window[i]);
            commas |= c == ',' ? 1UL << i : 0;
            equalSigns |= c == '=' ? 1UL << i : 0;
            lineFeeds |= c == '\n' ? 1UL << i : 0;
        }

        var masks = SeparatorMasks.Of(window);
        Assert.True((commas, equalSigns, lineFeeds) == (masks.Commas, masks.EqualSigns, masks.LineFeeds),
            $"{typeof(TChar).Name} window of {window.Length}: expected {commas:X}/{equalSigns:X}/{lineFeeds:X}, " +
            $"got {masks.Commas:X}/{masks.EqualSigns:X}/{masks.LineFeeds:X}");

        // The fast path's two masks: the end bit added to the commas, and no commas at all beside a line feed.
        foreach (ulong end in new ulong[] { 0, 1UL << window.Length })
        {
            (ulong Commas, ulong EqualSigns) expected = (lineFeeds != 0 ? 0 : commas | end, equalSigns);
            var quick = SeparatorMasks.QuickOf(window, end);
            Assert.True(expected == quick, $"{typeof(TChar).Name} window of {window.Length}, end {end:X}: " +
                $"expected {expected.Commas:X}/{expected.EqualSigns:X}, got {quick.Commas:X}/{quick.EqualSigns:X}");
        }
    }
}
