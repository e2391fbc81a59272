using System.Buffers.Binary;
using System.Runtime.Intrinsics;
using System.Text;

namespace SchemaGen.Runtime.Tests.Parsing;

/// <summary>
/// <see cref="PackedKey"/>, the words a generated key table compares with its constants: every length packs to
/// the key's bytes in order, zero beyond its end, in UTF-16 as in UTF-8 (each of its read paths, and the overlap
/// of their reads); a character or byte beyond ASCII, at any place, never packs to the words of an ASCII key.
/// </summary>
public sealed class PackedKeyTests
{
    [Fact]
    public void Ascii_of_every_length_packs_to_its_bytes_in_order()
    {
        int packed = 0;
        for (int length = 1; length <= PackedKey.MaxLength; length++)
        {
            string text = Text(length);
            var expected = Layout(Encoding.ASCII.GetBytes(text));

            Assert.True(PackedKey.TryPack(text.AsSpan(), out var utf16), text);
            Assert.True(PackedKey.TryPack(Encoding.ASCII.GetBytes(text).AsSpan(), out var utf8), text);
            Assert.Equal(expected, Words(utf16));
            Assert.Equal(expected, Words(utf8));
            packed++;
        }

        Assert.Equal(PackedKey.MaxLength, packed);
    }

    [Fact]
    public void Empty_and_longer_keys_do_not_pack()
    {
        Assert.False(PackedKey.TryPack(ReadOnlySpan<char>.Empty, out _));
        Assert.False(PackedKey.TryPack(ReadOnlySpan<byte>.Empty, out _));
        Assert.False(PackedKey.TryPack(Text(PackedKey.MaxLength + 1).AsSpan(), out _));
        Assert.False(PackedKey.TryPack(Encoding.ASCII.GetBytes(Text(PackedKey.MaxLength + 1)).AsSpan(), out _));
    }

    [Theory]
    [InlineData('\u00E9')] // Latin-1: its low byte is beyond ASCII
    [InlineData('\u0167')] // its low byte is 'g'
    [InlineData('\u8067')] // read as negative by a signed narrowing; low byte 'g'
    [InlineData('\uFF61')] // low byte 'a'
    public void A_character_beyond_ascii_at_any_place_never_packs_as_an_ascii_key(char foreign)
    {
        int tried = 0;
        for (int length = 1; length <= PackedKey.MaxLength; length++)
        {
            string text = Text(length);
            for (int at = 0; at < length; at++)
            {
                // The ASCII key a careless narrowing would alias it to: its low byte, kept within ASCII.
                var chars = text.ToCharArray();
                chars[at] = (char)(foreign & 0x7F);
                string alias = new(chars);
                chars[at] = foreign;

                Assert.True(PackedKey.TryPack(alias.AsSpan(), out var ascii));
                Assert.False(PackedKey.TryPack(chars.AsSpan(), out var packed) && Words(packed) == Words(ascii), $"{length} at {at}");
                tried++;
            }
        }

        Assert.Equal(PackedKey.MaxLength * (PackedKey.MaxLength + 1) / 2, tried);
    }

    [Theory]
    [InlineData('\u00E9')]
    [InlineData('\u0167')]
    [InlineData('\u8067')]
    [InlineData('\uFF61')]
    public void The_portable_narrowing_never_makes_ascii_of_a_character_beyond_it(char foreign)
    {
        int tried = 0;
        for (int at = 0; at < 8; at++)
        {
            var units = Vector128.Create((ushort)'a');
            var narrowed = BitConverter.GetBytes(AsciiNarrowing.EightPortable(units.WithElement(at, foreign)));

            Assert.Equal(8, narrowed.Count(b => b == 'a') + narrowed.Count(b => b >= 0x80));
            Assert.True(narrowed[at] >= 0x80);
            tried++;
        }

        Assert.Equal(8, tried);
    }

    [Fact]
    public void A_byte_beyond_ascii_at_any_place_never_packs_as_an_ascii_key()
    {
        int tried = 0;
        for (int length = 1; length <= PackedKey.MaxLength; length++)
        {
            for (int at = 0; at < length; at++)
            {
                var bytes = Encoding.ASCII.GetBytes(Text(length));
                var ascii = Words(Pack(bytes));
                bytes[at] |= 0x80;

                Assert.True(PackedKey.TryPack(bytes.AsSpan(), out var packed));
                Assert.NotEqual(ascii, Words(packed));
                tried++;
            }
        }

        Assert.Equal(PackedKey.MaxLength * (PackedKey.MaxLength + 1) / 2, tried);
    }

    // Printable ASCII, a different character at each place, so that a word read from the wrong place shows.
    private static string Text(int length) => string.Concat(Enumerable.Range(0, length).Select(i => (char)('!' + (i * 7 % 94))));

    // The layout as documented: the bytes, zero-padded to 24, read as three little-endian words.
    private static (ulong, ulong, ulong) Layout(byte[] bytes)
    {
        var padded = new byte[PackedKey.MaxLength];
        bytes.CopyTo(padded, 0);
        return (BinaryPrimitives.ReadUInt64LittleEndian(padded), BinaryPrimitives.ReadUInt64LittleEndian(padded.AsSpan(8)),
            BinaryPrimitives.ReadUInt64LittleEndian(padded.AsSpan(16)));
    }

    private static PackedKey Pack(byte[] bytes)
    {
        Assert.True(PackedKey.TryPack(bytes.AsSpan(), out var packed));
        return packed;
    }

    private static (ulong, ulong, ulong) Words(PackedKey packed) => (packed.First, packed.Second, packed.Third);
}
