using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SchemaGen.Runtime.Tests.Parsing;

/// <summary>
/// <see cref="TextPrimitives.TryParseShortInteger{TChar}"/>, which the integer readers try first: it reads
/// <c>^[+-]?[0-9]{1,18}$</c> and nothing else, and each number as <see cref="TextPrimitives.ParseInteger{TChar}"/>
/// reads it.
/// </summary>
public sealed partial class ShortIntegerTests
{
    [GeneratedRegex(@"^[+-]?[0-9]{1,18}\z")]
    private static partial Regex ShortForm();

    [Theory]
    [InlineData("0", 0L)]
    [InlineData("7", 7L)]
    [InlineData("4094", 4094L)]
    [InlineData("00012", 12L)]
    [InlineData("+5", 5L)]
    [InlineData("-5", -5L)]
    [InlineData("-0", 0L)]
    [InlineData("999999999999999999", 999_999_999_999_999_999L)]
    [InlineData("-999999999999999999", -999_999_999_999_999_999L)]
    [InlineData("+000000000000000001", 1L)]
    public void Reads_the_short_form(string text, long expected)
    {
        Assert.True(TextPrimitives.TryParseShortInteger<char>(text, out long utf16));
        Assert.True(TextPrimitives.TryParseShortInteger<byte>(Encoding.UTF8.GetBytes(text), out long utf8));
        Assert.Equal(expected, utf16);
        Assert.Equal(expected, utf8);
    }

    [Theory]
    [InlineData("")]
    [InlineData("+")]
    [InlineData("-")]
    [InlineData("--5")]
    [InlineData("+-5")]
    [InlineData("5-")]
    [InlineData("1 ")]
    [InlineData(" 1")]
    [InlineData("1,5")]
    [InlineData("1e3")]
    [InlineData("0x10")]
    [InlineData("1000000000000000000")] // 19 digits: beyond the short form, for ParseInteger
    [InlineData("+1000000000000000000")]
    [InlineData("\u0661")] // an Arabic-Indic one: a digit to .NET, not to Perl's [0-9]
    [InlineData("1\u0130")]
    public void Refuses_anything_else(string text)
    {
        Assert.False(TextPrimitives.TryParseShortInteger<char>(text, out _));
        Assert.False(TextPrimitives.TryParseShortInteger<byte>(Encoding.UTF8.GetBytes(text), out _));
    }

    [Fact]
    public void Agrees_with_its_form_and_with_ParseInteger_on_random_texts()
    {
        // Texts of up to 21 units from an alphabet of digits, signs and near misses: the form decides, and a
        // number read must be ParseInteger's.
        const string Alphabet = "0123456789+-0123456789 x/:\u0660\u0130";
        var random = new Random(1515);
        int read = 0;
        const int Texts = 20_000;
        for (int n = 0; n < Texts; n++)
        {
            var units = new char[random.Next(0, 22)];
            for (int i = 0; i < units.Length; i++)
            {
                units[i] = Alphabet[random.Next(Alphabet.Length)];
            }

            var text = new string(units);
            bool isShort = ShortForm().IsMatch(text);
            Assert.Equal(isShort, TextPrimitives.TryParseShortInteger<char>(text, out long utf16));
            Assert.Equal(isShort, TextPrimitives.TryParseShortInteger<byte>(Encoding.UTF8.GetBytes(text), out long utf8));
            if (isShort)
            {
                Assert.Equal(IntegerText.Valid, TextPrimitives.ParseInteger<char>(text, out Int128 exact));
                Assert.Equal((long)exact, utf16);
                Assert.Equal((long)exact, utf8);
                Assert.Equal(long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture), utf16);
                read++;
            }
        }

        // Enough of both answers to mean something (the alphabet is mostly digits and signs).
        Assert.InRange(read, Texts / 20, Texts - (Texts / 20));
    }
}
