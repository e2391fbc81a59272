using System.Text;
using SchemaGen.TestSchemas;

namespace SchemaGen.Runtime.Tests.Semantics;

/// <summary>
/// The key table finds keys of every kind of length, in UTF-16 and UTF-8, on the fast path and on the exact
/// path (an empty part sends a text there): those it compares packed into words (up to 24 characters) and
/// the longer ones it compares as text, a key and an alias among them.
/// </summary>
public sealed class LongKeyTests
{
    private const string Text = "a=1,eight-ch=2,exactly-twenty-four-char=3,a-key-of-twenty-five-char=4," +
        "a-key-name-much-longer-than-any-packed-key=5";

    [Theory]
    [InlineData(Text)]
    [InlineData(Text + ",")]
    [InlineData("an-alias-longer-than-packs=5,a=1,,eight-ch=2,exactly-twenty-four-char=3,a-key-of-twenty-five-char=4")]
    public void Every_key_is_found_whatever_its_length(string text)
    {
        var expected = new LongKeys { A = 1, Eight = 2, TwentyFour = 3, TwentyFive = 4, Longest = 5 };

        Assert.True(LongKeys.TryParse(text.AsSpan(), out var utf16, out var error), error.ToString());
        Assert.True(LongKeys.TryParse(Encoding.UTF8.GetBytes(text).AsSpan(), out var utf8, out error), error.ToString());
        Assert.Equal(expected, utf16);
        Assert.Equal(expected, utf8);
        // Printed in PVE's order, by name.
        Assert.Equal("a=1,a-key-name-much-longer-than-any-packed-key=5,a-key-of-twenty-five-char=4,eight-ch=2," +
            "exactly-twenty-four-char=3", utf16.ToString());
    }

    [Theory]
    [InlineData("a-key-of-twenty-five-chaR=4", "a-key-of-twenty-five-chaR")]
    [InlineData("exactly-twenty-four-chaR=3", "exactly-twenty-four-chaR")]
    [InlineData("an-alias-longer-than-pack=5", "an-alias-longer-than-pack")]
    [InlineData("exactly-twenty-four-cha\u0172=3", "exactly-twenty-four-cha\u0172")]
    public void A_key_one_character_off_is_unknown(string text, string key)
    {
        Assert.False(LongKeys.TryParse(text.AsSpan(), out _, out var utf16));
        Assert.False(LongKeys.TryParse(Encoding.UTF8.GetBytes(text).AsSpan(), out _, out var utf8));
        Assert.Equal($"{key}: property is not defined in schema and the schema does not allow additional properties",
            utf16.ToString());
        Assert.Equal(utf16.ToString(), utf8.ToString());
    }
}
