using System.Globalization;
using System.Text;

namespace SchemaGen.Generator.Emitting;

/// <summary>
/// A key text as the runtime's <c>SchemaGen.Runtime.PackedKey</c> holds it, for a generated key table that
/// compares a packed key with constants: byte <c>i</c> of the ASCII text is byte <c>i % 8</c> of word
/// <c>i / 8</c> (<c>First</c>, <c>Second</c>, <c>Third</c>), little-endian, zero beyond the text. The runtime
/// reads a key into the same layout; tests/SchemaGen.Runtime.Tests holds the two to it.
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
    /// The test that the packed key <paramref name="packed"/> is <paramref name="text"/>, given that its length
    /// is the text's (a generated switch on the length has said so): one comparison per word the text fills.
    /// </summary>
    public static string Comparison(string packed, string text)
    {
        var comparison = new StringBuilder();
        for (int word = 0; word * 8 < text.Length; word++)
        {
            ulong value = 0;
            for (int i = word * 8; i < text.Length && i < word * 8 + 8; i++)
            {
                value |= (ulong)text[i] << (8 * (i - word * 8));
            }

            if (word > 0)
            {
                comparison.Append(" && ");
            }

            comparison.Append(packed).Append('.').Append(Words[word]).Append(" == 0x")
                .Append(value.ToString("X", CultureInfo.InvariantCulture)).Append("UL");
        }

        return comparison.ToString();
    }
}
