using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;

namespace SchemaGen.Runtime.Tests.Formatting;

/// <summary>
/// <see cref="PropertyStringWriter{TChar}"/> on its own: what each call writes in either encoding, and that a destination
/// one element too short makes it answer false, whichever of its paths (in line, or handed to a static method over the
/// rest of the buffer) does the work.
/// </summary>
public sealed class PropertyStringWriterTests
{
    // Each call, and the text it writes after "a" (so that an entry writes its comma).
    public static TheoryData<string, string> Calls => new()
    {
        { "entry", ",allow-smt=" },
        { "entry of a key beyond ASCII", ",clé=" },
        { "text with its literal", "snp" },
        { "text beyond ASCII", "vmbr€" },
        { "text", "BC:24:11:2D:3E:4F" },
        { "integer", "-1500" },
        { "number", "0.25" },
        { "disk size", "528K" },
        { "boolean", "1" },
        { "handed on", ",e1000" },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public void Each_call_writes_its_text_in_either_encoding(string call, string expected)
    {
        Assert.Equal("a" + expected, Written<char>(call, 64, out bool ok, out _));
        Assert.True(ok);
        Assert.Equal("a" + expected, Written<byte>(call, 64, out ok, out _));
        Assert.True(ok);
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public void A_destination_one_element_short_is_refused_and_the_count_kept(string call, string expected)
    {
        // "a" and the text, less one element: UTF-8 counts bytes.
        Written<char>(call, 1 + expected.Length - 1, out bool ok, out int count);
        Assert.False(ok);
        Assert.Equal(1, count);
        Written<byte>(call, 1 + Encoding.UTF8.GetByteCount(expected) - 1, out ok, out count);
        Assert.False(ok);
        Assert.Equal(1, count);
    }

    [Fact]
    public void The_first_entry_has_no_comma()
    {
        var chars = new char[16];
        var writer = new PropertyStringWriter<char>(chars);
        Assert.True(writer.Entry("type", "type"u8));
        Assert.Equal("type=", new string(chars, 0, writer.Written));

        var bytes = new byte[16];
        var utf8 = new PropertyStringWriter<byte>(bytes);
        Assert.True(utf8.Entry("clé", "cl"u8));
        Assert.Equal("clé=", Encoding.UTF8.GetString(bytes, 0, utf8.Written));
    }

    [Fact]
    public void A_count_beyond_the_destination_is_refused_where_a_writer_goes_on()
    {
        var chars = new char[4];
        Assert.Throws<ArgumentOutOfRangeException>(() => new PropertyStringWriter<char>(chars, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PropertyStringWriter<char>(chars, -2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PropertyStringWriter<char>(chars).Continue(5));

        var writer = new PropertyStringWriter<char>(chars, 4);
        Assert.Equal(4, writer.Written);
        Assert.False(writer.Boolean(true));
    }

    private static int HandedOn<TChar>(Span<TChar> destination, int written)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        var writer = new PropertyStringWriter<TChar>(destination, written);
        return writer.Separator() && writer.Text("e1000", "e1000"u8) ? writer.Written : -1;
    }

    // Writes "a", then the call, into a destination of the given length; the text, whether the call succeeded, and the count.
    private static string Written<TChar>(string call, int length, out bool ok, out int count)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        var destination = new TChar[length];
        var writer = new PropertyStringWriter<TChar>(destination);
        Assert.True(writer.Text("a", "a"u8));
        ok = call switch
        {
            "entry" => writer.Entry("allow-smt", "allow-smt"u8),
            // A literal that is not the key's UTF-8 (as for a key beyond ASCII): the key is transcoded.
            "entry of a key beyond ASCII" => writer.Entry("clé", "cl"u8),
            "text with its literal" => writer.Text("snp", "snp"u8),
            "text beyond ASCII" => writer.Text("vmbr€"),
            "text" => writer.Text("BC:24:11:2D:3E:4F"),
            "integer" => writer.Integer(-1500),
            "number" => writer.Number(0.25),
            "disk size" => writer.DiskSize(540672),
            "boolean" => writer.Boolean(true),
            // A generated enum printer's way: a static method given the buffer and the count, which hands back its own.
            "handed on" => writer.Continue(HandedOn(writer.Destination, writer.Written)),
            _ => throw new ArgumentOutOfRangeException(nameof(call)),
        };
        count = writer.Written;
        return typeof(TChar) == typeof(char)
            ? new string(MemoryMarshal.Cast<TChar, char>(destination.AsSpan(0, count)))
            : Encoding.UTF8.GetString(MemoryMarshal.Cast<TChar, byte>(destination.AsSpan(0, count)));
    }
}
