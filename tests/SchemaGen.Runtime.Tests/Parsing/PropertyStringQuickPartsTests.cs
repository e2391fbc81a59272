using System.Numerics;
using System.Text;

namespace SchemaGen.Runtime.Tests.Parsing;

/// <summary>
/// <see cref="PropertyStringQuickParts{TChar}"/> serves the generated parsers' fast path: every part
/// it gives must be exactly the part <see cref="PropertyStringParts{TChar}"/> finds at that place (a
/// bare part with a key length of 0), and it must give up at anything else (blank and empty parts,
/// line feeds, a part longer than its window), since the fast path then gives up and the exact path decides.
/// </summary>
public sealed class PropertyStringQuickPartsTests
{
    [Theory]
    [InlineData("std", 1)]
    [InlineData("snp,allow-smt=0,kernel-hashes=1,no-debug=1", 4)]
    [InlineData("type=snp,allow-smt=off,kernel-hashes=yes,no-debug=true,no-key-sharing=0", 5)]
    [InlineData("virtio=BC:24:11:2D:3E:4F,bridge=vmbr0,firewall=1,tag=10,queues=4", 5)]
    [InlineData("a=b=c,k=v", 2)]
    public void Reads_a_text_in_the_common_form_part_by_part(string text, int parts)
    {
        Assert.Equal(parts, PlainParts<char>(text.AsSpan()).Count);
        Assert.Equal(parts, PlainParts<byte>(Encoding.UTF8.GetBytes(text)).Count);
        AssertAgreesWithTheExactSplit(text);
    }

    [Theory]
    [InlineData("snp,")] // an empty part, which PVE skips
    [InlineData(",snp")]
    [InlineData("snp, ")] // a blank one
    [InlineData("snp,\u2003")]
    [InlineData("snp,no-debug=1\n")] // a line feed, which Perl's `.+$` treats specially
    [InlineData("type=snp,allow-smt=off,kernel-hashes=yes,no-debug=true,no-key-sharing=0,allow-smt=1,no\nx")] // in a later window
    [InlineData("snp,=1")] // no key
    [InlineData("snp,no-debug=")] // no value
    [InlineData("")]
    public void Gives_up_on_a_part_not_in_the_common_form(string text)
    {
        Assert.True(PlainParts<char>(text.AsSpan()).GaveUp);
        Assert.True(PlainParts<byte>(Encoding.UTF8.GetBytes(text)).GaveUp);
        AssertAgreesWithTheExactSplit(text);
    }

    [Fact]
    public void Gives_up_on_a_part_longer_than_its_window()
    {
        var text = "snp,no-debug=" + new string('1', 70);
        var quick = PlainParts<char>(text.AsSpan());
        Assert.True(quick.GaveUp);
        Assert.Equal(1, quick.Count);
    }

    [Fact]
    public void Agrees_with_the_exact_split_on_random_texts_across_windows()
    {
        var random = new Random(20261201);
        const string separators = ",,,===\n \t\u00e9\r";
        int checkedTexts = 0;
        for (int i = 0; i < 3000; i++)
        {
            var text = new StringBuilder();
            int length = random.Next(i % 5 == 0 ? 300 : 130);
            for (int j = 0; j < length; j++)
            {
                text.Append(random.Next(4) == 0 ? separators[random.Next(separators.Length)] : (char)('a' + random.Next(26)));
            }

            AssertAgreesWithTheExactSplit(text.ToString());
            checkedTexts++;
        }

        Assert.Equal(3000, checkedTexts);
    }

    private static void AssertAgreesWithTheExactSplit(string text)
    {
        AssertAgrees<char>(text.AsSpan());
        AssertAgrees<byte>(Encoding.UTF8.GetBytes(text));
    }

    // The plain parts the quick split gives, up to the first it gives up on, are the exact split's first parts.
    private static void AssertAgrees<TChar>(ReadOnlySpan<TChar> text)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        var exact = new PropertyStringParts<TChar>(text);
        var quick = new PropertyStringQuickParts<TChar>(text);
        while (quick.MoveNext())
        {
            Assert.True(exact.MoveNext());
            var expected = exact.Current;
            var kind = quick.KeyLength == 0 ? PropertyStringPartKind.Bare : PropertyStringPartKind.KeyValue;
            Assert.Equal(
                (expected.Kind, expected.Start, expected.KeyLength, expected.ValueStart, expected.ValueLength),
                (kind, quick.Start, quick.KeyLength, quick.ValueStart, quick.ValueLength));
            Assert.True(quick.CurrentKey.SequenceEqual(text.Slice(expected.Start, expected.KeyLength)));
            Assert.True(quick.CurrentValue.SequenceEqual(text.Slice(expected.ValueStart, expected.ValueLength)));
        }

        // Stopped, it stays stopped; at the end, the exact split is at its end too.
        Assert.False(quick.MoveNext());
        if (!quick.GaveUp)
        {
            Assert.False(exact.MoveNext());
        }
    }

    private static (int Count, bool GaveUp) PlainParts<TChar>(ReadOnlySpan<TChar> text)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        int count = 0;
        var quick = new PropertyStringQuickParts<TChar>(text);
        while (quick.MoveNext())
        {
            count++;
        }

        return (count, quick.GaveUp);
    }
}
