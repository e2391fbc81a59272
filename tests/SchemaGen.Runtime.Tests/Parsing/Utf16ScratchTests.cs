using System.Text;

namespace SchemaGen.Runtime.Tests.Parsing;

/// <summary>
/// <see cref="Utf16Scratch.TryWidenShortAscii"/>, the UTF-8 named-format check's way to UTF-16 for a short
/// value: every length it takes widens exactly (both of its paths, and the overlap of its two loads), and
/// a byte that is not ASCII anywhere in the value sends the value to the decoder.
/// </summary>
public sealed class Utf16ScratchTests
{
    [Fact]
    public void Short_ascii_of_every_length_widens_to_the_same_text()
    {
        int widened = 0;
        for (int length = 0; length <= Utf16Scratch.ShortLength; length++)
        {
            string text = string.Concat(Enumerable.Range(0, length).Select(i => (char)('!' + (i * 11 % 94))));
            var destination = new char[Utf16Scratch.ShortLength];

            Assert.True(Utf16Scratch.TryWidenShortAscii(Encoding.ASCII.GetBytes(text), destination));
            Assert.Equal(text, new string(destination, 0, length));
            widened++;
        }

        Assert.Equal(Utf16Scratch.ShortLength + 1, widened);
    }

    [Fact]
    public void A_byte_that_is_not_ascii_anywhere_is_refused()
    {
        int refused = 0;
        foreach (int length in new[] { 1, 5, 15, 16, 17, 31, 32 })
        {
            for (int at = 0; at < length; at++)
            {
                var bytes = Encoding.ASCII.GetBytes(new string('a', length));
                bytes[at] = 0xC3;

                Assert.False(Utf16Scratch.TryWidenShortAscii(bytes, new char[Utf16Scratch.ShortLength]));
                refused++;
            }
        }

        Assert.Equal(1 + 5 + 15 + 16 + 17 + 31 + 32, refused);
    }
}
