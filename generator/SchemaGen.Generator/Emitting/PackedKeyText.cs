using System.Text;

namespace SchemaGen.Generator.Emitting;

/// <summary>
/// A key text as the runtime's <c>SchemaGen.Runtime.PackedKey</c> holds it, for a generated key table that
/// compares a packed key with constants: byte <c>i</c> of the ASCII text is byte <c>i % 8</c> of word
/// <c>i / 8</c> (<c>First</c>, <c>Second</c>, <c>Third</c>), little-endian, zero beyond the text. The runtime
/// reads a key into the same layout: PackedKeyTests hold the runtime to it, PackedKeyTextTests these
/// constants to the runtime's words.
/// </summary>
internal static class PackedKeyText
{
    /// <summary>The runtime's <c>PackedKey.MaxLength</c>.</summary>
    public const int MaxLength = 24;

    private static readonly string[] Words = ["First", "Second", "Third"];

    /// <summary>
    /// Whether <paramref name="text"/> is compared packed: 1 to <see cref="MaxLength"/> characters of ASCII without
    /// NUL (the runtime packs a character beyond ASCII to a byte no such text holds: 0x80 or more, or 0).
    /// </summary>
    public static bool Packs(string text)
    {
        if (text.Length is 0 or > MaxLength)
        {
            return false;
        }

        foreach (char c in text)
        {
            if (c is '\0' or >= (char)0x80)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The test that the packed key <c>packed</c> is <c>text</c>, given that its length is the text's (a
    /// generated switch on the length has said so): one comparison per word the text fills, each constant in
    /// hexadecimal (its bytes the text's characters, last first). Written into the line, not made a string.
    /// </summary>
    public readonly struct Comparison(string packed, string text) : ISourcePiece
    {
        public void AppendTo(StringBuilder builder)
        {
            for (int word = 0; word * 8 < text.Length; word++)
            {
                ulong value = 0;
                for (int i = word * 8; i < text.Length && i < word * 8 + 8; i++)
                {
                    value |= (ulong)text[i] << (8 * (i - word * 8));
                }

                if (word > 0)
                {
                    builder.Append(" && ");
                }

                builder.Append(packed).Append('.').Append(Words[word]).Append(" == 0x");
                for (int shift = HighestBit(value) / 4 * 4; shift >= 0; shift -= 4)
                {
                    builder.Append("0123456789ABCDEF"[(int)(value >> shift) & 0xF]);
                }

                builder.Append("UL");
            }
        }
    }

    // The place of the highest bit set (0 for 0), where the hexadecimal digits start.
    private static int HighestBit(ulong value)
    {
        int highest = 0;
        for (; value > 1; value >>= 1)
        {
            highest++;
        }

        return highest;
    }
}
