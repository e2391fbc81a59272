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
