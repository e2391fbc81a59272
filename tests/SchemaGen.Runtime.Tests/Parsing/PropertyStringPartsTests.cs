using System.Text;

namespace SchemaGen.Runtime.Tests.Parsing;

/// <summary>
/// <see cref="PropertyStringParts{TChar}"/> classifies the text in 64-element windows of bit masks;
/// these tests hold it to the plain definition (split on every comma, skip blank parts, the first
/// <c>=</c> splits key from value, one trailing line feed is dropped) on texts that cross windows.
/// </summary>
public sealed class PropertyStringPartsTests
{
    [Theory]
    [InlineData("")]
    [InlineData(",,, ,")]
    [InlineData("std")]
    [InlineData("snp,allow-smt=0,kernel-hashes=1,no-debug=1")]
    [InlineData("a=b=c,=x,k=,k=\n,k=v\n,k=v\nw,\nk=v,k\n=v")]
    [InlineData("\u00e9t\u00e9=\u2003,\u2003,x=\u00e9")]
    public void Splits_as_the_definition_says(string text) => AssertSplitsLikeTheDefinition(text);

    [Fact]
    public void Splits_random_texts_across_windows_as_the_definition_says()
    {
        var random = new Random(20240609);
        const string separators = ",,,===\n\n \t\u00e9\u2003\r";
        for (int i = 0; i < 3000; i++)
        {
            var text = new StringBuilder();
            int length = random.Next(i % 5 == 0 ? 400 : 140);
            for (int j = 0; j < length; j++)
            {
                text.Append(random.Next(3) == 0 ? separators[random.Next(separators.Length)] : (char)('a' + random.Next(26)));
            }

            AssertSplitsLikeTheDefinition(text.ToString());
        }
    }

    [Fact]
    public void A_part_across_a_window_boundary_keeps_its_key_and_value()
    {
        var text = new string('k', 60) + "=" + new string('v', 10) + "," + new string('x', 70) + "=y";
        AssertSplitsLikeTheDefinition(text);
    }

    private static void AssertSplitsLikeTheDefinition(string text)
    {
        var expected = Definition(text);
        Assert.Equal(expected, Split<char>(text.AsSpan()));

        // UTF-8: the same parts, at byte offsets.
        var utf8 = Encoding.UTF8.GetBytes(text);
        Assert.Equal(Definition(text, utf8: true), Split<byte>(utf8));
    }

    private static List<string> Split<TChar>(ReadOnlySpan<TChar> text)
        where TChar : unmanaged, System.Numerics.IBinaryInteger<TChar>
    {
        var parts = new List<string>();
        var splitter = new PropertyStringParts<TChar>(text);
        while (splitter.MoveNext())
        {
            var p = splitter.Current;
            parts.Add($"{p.Kind} {p.Start} {p.Length} {p.KeyLength} {p.ValueStart} {p.ValueLength}");
        }

        return parts;
    }

    // The split as pve-common defines it, written plainly on strings.
    private static List<string> Definition(string text, bool utf8 = false)
    {
        int Offset(int index) => utf8 ? Encoding.UTF8.GetByteCount(text.AsSpan(0, index)) : index;
        var parts = new List<string>();
        int start = 0;
        foreach (var part in text.Split(','))
        {
            if (!string.IsNullOrWhiteSpace(part))
            {
                int equals = part.IndexOf('=');
                int at = Offset(start), length = Offset(start + part.Length) - at;
                if (equals < 0)
                {
                    parts.Add($"{PropertyStringPartKind.Bare} {at} {length} 0 {at} {length}");
                }
                else
                {
                    var value = part[(equals + 1)..];
                    if (value.EndsWith('\n'))
                    {
                        value = value[..^1];
                    }

                    var kind = equals > 0 && value.Length > 0 && !value.Contains('\n') ? PropertyStringPartKind.KeyValue
                        : PropertyStringPartKind.Malformed;
                    int valueStart = Offset(start + equals + 1);
                    int valueLength = Offset(start + equals + 1 + value.Length) - valueStart;
                    parts.Add($"{kind} {at} {length} {Offset(start + equals) - at} {valueStart} {valueLength}");
                }
            }

            start += part.Length + 1;
        }

        return parts;
    }
}
