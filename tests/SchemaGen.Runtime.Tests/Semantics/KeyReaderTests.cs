using System.Numerics;
using System.Text;
using SchemaGen.TestSchemas;

namespace SchemaGen.Runtime.Tests.Semantics;

/// <summary>
/// The plain keys the runtime's <see cref="KeyReader"/> reads for every schema (<see cref="PlainKeys"/>):
/// PVE's checks in PVE's order and words, from UTF-16 and UTF-8, and TryValidate on values set in code.
/// </summary>
public sealed class KeyReaderTests
{
    public static TheoryData<string, string> Refused() => new()
    {
        { "flag=2", "flag: type check ('boolean') failed - got '2'" },
        { "small=256", "small: type check ('integer') failed - got '256'" },
        { "small=-1", "small: type check ('integer') failed - got '-1'" },
        { "small=x", "small: type check ('integer') failed - got 'x'" },
        { "count=-6", "count: value must have a minimum value of -5" },
        { "count=9223372036854775808", "count: type check ('integer') failed - got '9223372036854775808'" },
        { "percent=101", "percent: value must have a maximum value of 100" },
        { "percent=-1", "percent: value must have a minimum value of 0" },
        { "percent=1.5", "percent: type check ('integer') failed - got '1.5'" },
        { "name=ninechars", "name: value may only be 8 characters long" },
        { "percent=7,flag=maybe,small=300", "flag: type check ('boolean') failed - got 'maybe'" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_refused_value_gets_PVEs_error_from_UTF16_and_UTF8(string text, string message)
    {
        Assert.False(PlainKeys.TryParse(text.AsSpan(), out _, out var error));
        Assert.Equal(message, error.ToString());
        Assert.False(PlainKeys.TryParse(Encoding.UTF8.GetBytes(text).AsSpan(), out _, out var utf8Error));
        Assert.Equal(message, utf8Error.ToString());
    }

    [Fact]
    public void The_refused_rows_are_all_there()
        => Assert.Equal(11, Refused().Count);

    [Theory]
    [InlineData("flag=yes,small=255,count=-5,percent=100,name=äöüäöüäö,note=anything at all",
        "count=-5,flag=1,name=äöüäöüäö,note=anything at all,percent=100,small=255")]
    [InlineData("percent=+007,count=9223372036854775807", "count=9223372036854775807,percent=7")]
    public void Accepted_values_read_and_print_canonically_in_PVEs_key_order(string text, string printed)
    {
        var value = PlainKeys.Parse(text);
        Assert.Equal(printed, value.ToString());
        Assert.True(value.TryValidate(out var error), error.ToString());
    }

    [Fact]
    public void An_integer_read_as_a_long_answers_as_one_read_as_Int128()
    {
        // Every digit count from 1 to 40 (up to 18 the long path reads them), signed or not, with a leading zero;
        // the edges of the types and limits below; and texts that are no integer at all.
        var texts = new List<string>();
        for (int digits = 1; digits <= 40; digits++)
        {
            foreach (string number in new[] { new string('9', digits), "1" + new string('0', digits - 1) })
            {
                texts.AddRange([number, "+" + number, "-" + number, "0" + number]);
            }
        }

        texts.AddRange(["", "+", "-", "-0", "00", "1.5", "1e3", " 1", "1 ", "0x10", "--1", "+-1", "\u0663", "\uFF11",
            "255", "256", "-5", "-6", "100", "101", "4294967295", "4294967296", "9223372036854775807",
            "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "18446744073709551615"]);
        int compared = 0;
        foreach (string text in texts)
        {
            AnswersAlike<byte>(text, 0, null, 0, null);
            AnswersAlike<long>(text, -5, "-5", 0, null);
            AnswersAlike<int>(text, 0, "0", 100, "100");
            AnswersAlike<ulong>(text, 0, null, 0, null);
            AnswersAlike<uint>(text, 1, "1", 4294967295, "4294967295");
            AnswersAlike<short>(text, -1000, "-1000", 0, null);
            compared++;
        }

        Assert.Equal(40 * 8 + 27, compared);
    }

    private static void AnswersAlike<T>(string text, long minimum, string? minimumText, long maximum, string? maximumText)
        where T : IBinaryInteger<T>, IMinMaxValue<T>
    {
        var asLong = default(PropertyStringError);
        var asInt128 = default(PropertyStringError);
        bool longRead = KeyReader.Integer<char, T>(text.AsSpan(), 4, "k", minimum, minimumText, maximum, maximumText, out T longValue,
            ref asLong);
        bool int128Read = KeyReader.Integer<char, T>(text.AsSpan(), 4, "k", (Int128)minimum, minimumText, (Int128)maximum,
            maximumText, out T int128Value, ref asInt128);
        string what = $"{typeof(T).Name} '{text}'";
        Assert.True(int128Read == longRead, what);
        Assert.True(int128Value == longValue, what);
        Assert.True(asInt128.Kind == asLong.Kind, what);
        Assert.True(asInt128.Offset == asLong.Offset && asInt128.Length == asLong.Length, what);
        Assert.Equal(asInt128.ToString(), asLong.ToString());

        var utf8 = default(PropertyStringError);
        bool utf8Read = KeyReader.Integer<byte, T>(Encoding.UTF8.GetBytes(text), 4, "k", minimum, minimumText, maximum, maximumText,
            out T utf8Value, ref utf8);
        Assert.True(longRead == utf8Read && longValue == utf8Value && asLong.Kind == utf8.Kind, what + " in UTF-8");
    }

    [Fact]
    public void Eight_characters_are_counted_as_characters_not_bytes()
        => Assert.Equal("äöüäöüäö", PlainKeys.Parse("name=äöüäöüäö"u8).Name);

    [Fact]
    public void TryValidate_refuses_values_set_in_code_as_the_parser_would()
    {
        Assert.False(new PlainKeys { Percent = 101 }.TryValidate(out var error));
        Assert.Equal("percent: value must have a maximum value of 100", error.ToString());
        Assert.False(new PlainKeys { Count = -6 }.TryValidate(out error));
        Assert.Equal("count: value must have a minimum value of -5", error.ToString());
        Assert.False(new PlainKeys { Name = "ninechars" }.TryValidate(out error));
        Assert.Equal("name: value may only be 8 characters long", error.ToString());
        Assert.False(new PlainKeys { Note = "a,b" }.TryValidate(out error));
        Assert.Equal(PropertyStringErrorKind.NotRepresentable, error.Kind);
        Assert.Equal("note", error.Key);
        Assert.False(new PlainKeys { Name = "" }.TryValidate(out error));
        Assert.Equal(PropertyStringErrorKind.NotRepresentable, error.Kind);
        Assert.True(new PlainKeys { Small = 255, Count = long.MaxValue, Note = "x" }.TryValidate(out error), error.ToString());
    }
}
