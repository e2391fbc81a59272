using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace SchemaGen.Generator.Emitting;

/// <summary>
/// A generated file that is all ASCII, held as one byte a character. The driver keeps every generated
/// file for the life of the compilation, and a build's collections copy what it keeps: held as a
/// string, the same text costs twice the bytes. Roslyn reads a text through <see cref="CopyTo"/>,
/// which widens the bytes it asks for.
/// </summary>
internal sealed class AsciiSourceText : SourceText
{
    private readonly byte[] _bytes;

    private AsciiSourceText(byte[] bytes) => _bytes = bytes;

    // What AddSource(string, string) gives the driver: the same text, UTF-8, the default checksum.
    public override Encoding Encoding => Encoding.UTF8;

    public override int Length => _bytes.Length;

    public override char this[int position] => (char)_bytes[position];

    public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        => Encoding.ASCII.GetChars(_bytes, sourceIndex, count, destination, destinationIndex);

    /// <summary>
    /// The first <paramref name="length"/> characters of <paramref name="chars"/> as a source text: one
    /// byte a character when they are all ASCII (generated code nearly always is), else a string's.
    /// </summary>
    public static SourceText From(char[] chars, int length)
    {
        // Two passes of the runtime's vector code rather than one of ours a character at a time: text is all
        // ASCII exactly when its UTF-8 takes a byte a character (any other character, a lone surrogate's
        // replacement too, takes two or more); the ASCII encoder then narrows it.
        if (Encoding.UTF8.GetByteCount(chars, 0, length) != length)
        {
            return SourceText.From(new string(chars, 0, length), Encoding.UTF8);
        }

        var bytes = new byte[length];
        Encoding.ASCII.GetBytes(chars, 0, length, bytes, 0);
        return new AsciiSourceText(bytes);
    }
}
