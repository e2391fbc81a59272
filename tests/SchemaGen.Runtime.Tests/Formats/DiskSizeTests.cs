using System.Globalization;
using System.Numerics;
using System.Text;

namespace SchemaGen.Runtime.Tests.Formats;

/// <summary>pve-common's <c>parse_size</c> and <c>format_size</c>, and every size of the vectors.</summary>
public sealed class DiskSizeTests
{
    private static string Format(long bytes)
    {
        Span<char> buffer = stackalloc char[DiskSize.MaxFormattedLength];
        Assert.True(DiskSize.TryFormat(bytes, buffer, out int written));
        return new string(buffer[..written]);
    }

    private static string FormatUtf8(long bytes)
    {
        Span<byte> buffer = stackalloc byte[DiskSize.MaxFormattedLength];
        Assert.True(DiskSize.TryFormat(bytes, buffer, out int written));
        return Encoding.UTF8.GetString(buffer[..written]);
    }

    [Theory]
    [InlineData("32G", 34359738368L, "32G")]
    [InlineData("528K", 540672L, "528K")]
    [InlineData("1.5T", 1649267441664L, "1536G")]
    [InlineData("2.5G", 2684354560L, "2560M")]
    [InlineData("1024M", 1073741824L, "1G")]
    [InlineData("1.5K", 1536L, "1536")]
    [InlineData("1024", 1024L, "1K")]
    [InlineData("0", 0L, "0T")]
    [InlineData("0.0", 0L, "0T")]
    [InlineData("0.3", 0L, "0T")]
    [InlineData("1023.9", 1023L, "1023")]
    [InlineData("3806.30T", 4185071108803789L, "4185071108803789")]
    [InlineData("3316KiB", 3395584L, "3316K")]
    [InlineData("1.5TiB", 1649267441664L, "1536G")]
    [InlineData("007G", 7516192768L, "7G")]
    [InlineData("0000000000000000000000000000001K", 1024L, "1K")]
    [InlineData("8388607T", 9223370937343148032L, "8388607T")]
    [InlineData("9223372036854775807", long.MaxValue, "9223372036854775807")]
    [InlineData("9007199254740993", 9007199254740993L, "9007199254740993")]
    [InlineData("9007199254740993.0", 9007199254740992L, "8192T")]
    public void Parses_and_prints_as_pve(string text, long bytes, string printed)
    {
        Assert.True(DiskSize.TryParse(text, out long parsed));
        Assert.Equal(bytes, parsed);
        Assert.True(DiskSize.TryParse(Encoding.UTF8.GetBytes(text), out long parsedUtf8));
        Assert.Equal(bytes, parsedUtf8);
        Assert.Equal(printed, Format(bytes));
        Assert.Equal(printed, FormatUtf8(bytes));
    }

    [Theory]
    [InlineData("8388608T")]
    [InlineData("9223372036854775808")]
    [InlineData("99999999999999999999999999")]
    [InlineData("8388607.99999999999T")]
    public void A_size_beyond_a_long_is_valid_but_not_parsed(string text)
    {
        Assert.Null(PveFormats.Check(PveFormat.DiskSize, text, out _, out _));
        Assert.False(DiskSize.TryParse(text, out long bytes));
        Assert.Equal(0, bytes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("32g")]
    [InlineData("32P")]
    [InlineData("32 G")]
    [InlineData("1e3")]
    [InlineData("-1G")]
    [InlineData("+5G")]
    [InlineData("1.5.2G")]
    [InlineData("1..5G")]
    [InlineData(".5G")]
    [InlineData("1.G")]
    [InlineData(".")]
    [InlineData("G")]
    [InlineData("KiB")]
    [InlineData("32iB")]
    [InlineData("32Gi")]
    [InlineData("\u0663G")]
    [InlineData("32G\n")]
    public void A_text_pve_refuses_is_not_parsed(string text)
    {
        Assert.NotNull(PveFormats.Check(PveFormat.DiskSize, text, out _, out _));
        Assert.False(DiskSize.TryParse(text, out _));
        Assert.False(DiskSize.TryParse(Encoding.UTF8.GetBytes(text), out _));
    }

    [Fact]
    public void A_long_utf8_text_is_read_too()
    {
        string text = new string('0', 300) + "1.5" + new string('0', 300) + "G";
        Assert.True(DiskSize.TryParse(Encoding.UTF8.GetBytes(text), out long bytes));
        Assert.Equal(1610612736L, bytes);
    }

    [Theory]
    [InlineData(-1L, "-1")]
    [InlineData(-1024L, "-1K")]
    [InlineData(long.MinValue, "-8388608T")]
    [InlineData(long.MinValue + 1, "-9223372036854775807")]
    [InlineData(1L << 62, "4194304T")]
    public void Prints_any_long(long bytes, string printed)
    {
        Assert.Equal(printed, Format(bytes));
        Assert.Equal(printed, FormatUtf8(bytes));
    }

    [Fact]
    public void The_longest_print_fits_the_stated_length()
    {
        Assert.Equal(DiskSize.MaxFormattedLength, Format(long.MinValue + 1).Length);
        Span<char> small = stackalloc char[DiskSize.MaxFormattedLength - 1];
        Assert.False(DiskSize.TryFormat(long.MinValue + 1, small, out int written));
        Assert.Equal(0, written);
        Span<byte> smallUtf8 = stackalloc byte[2];
        Assert.False(DiskSize.TryFormat(1536, smallUtf8, out written));
        Assert.Equal(0, written);
        Span<char> exact = stackalloc char[2];
        Assert.True(DiskSize.TryFormat(1024, exact, out written));
        Assert.Equal("1K", new string(exact[..written]));
        Span<byte> exactUtf8 = stackalloc byte[4];
        Assert.True(DiskSize.TryFormat(1536, exactUtf8, out written));
        Assert.Equal("1536", Encoding.UTF8.GetString(exactUtf8[..written]));
    }

    [Fact]
    public void Prints_as_format_size_divides_for_any_long()
    {
        // format_size's own arithmetic as the oracle: divide by 1024 while the remainder is 0, up to T.
        static string Oracle(long bytes)
        {
            long number = bytes;
            int unit = 0;
            while (unit < 4 && number % 1024 == 0)
            {
                number /= 1024;
                unit++;
            }

            return number.ToString(CultureInfo.InvariantCulture) + (unit == 0 ? "" : "KMGT"[unit - 1].ToString());
        }

        // Random magnitudes shifted by random amounts, so that every unit and both signs come up.
        var random = new Random(20261202);
        int checkedSizes = 0;
        for (int i = 0; i < 100_000; i++)
        {
            long bytes = random.NextInt64(long.MinValue, long.MaxValue) >> random.Next(64) << random.Next(51);
            Assert.Equal(Oracle(bytes), Format(bytes));
            Assert.Equal(Oracle(bytes), FormatUtf8(bytes));
            checkedSizes++;
        }

        Assert.Equal(100_000, checkedSizes);
    }

    [Fact]
    public void Every_size_the_vectors_accepted_parses_and_prints_back()
    {
        // PVE keeps the text; its raw print is format_size(int(text)), which for a plain integer is
        // already what we print from the bytes. A fractional size is multiplied in floating point:
        // at most one byte away from the exact product, truncated.
        int sizes = 0;
        int beyondLong = 0;
        int plainIntegers = 0;
        foreach (var family in QemuFormatFamily.All)
        {
            if (!family.NamedFormats.TryGetValue("size", out var format) || format != "disk-size")
            {
                continue;
            }

            foreach (var vector in family.Cases.Where(c => c.Ok && c.Parsed.ContainsKey("size")))
            {
                string text = vector.Parsed["size"];
                sizes++;
                BigInteger exact = ExactBytes(text);
                if (exact > long.MaxValue)
                {
                    Assert.False(DiskSize.TryParse(text, out _), text);
                    beyondLong++;
                    continue;
                }

                Assert.True(DiskSize.TryParse(text, out long bytes), text);
                Assert.True(BigInteger.Abs(exact - bytes) <= 1, $"{text}: {bytes}, exactly {exact}");
                string printed = Format(bytes);
                Assert.True(DiskSize.TryParse(printed, out long again));
                Assert.Equal(bytes, again);
                if (text.All(char.IsAsciiDigit))
                {
                    Assert.Equal(bytes, exact);
                    Assert.Contains("size=" + printed, vector.Printed, StringComparison.Ordinal);
                    plainIntegers++;
                }
            }
        }

        Assert.Equal(183, sizes);
        Assert.Equal(1, beyondLong);
        Assert.Equal(15, plainIntegers);
    }

    [Fact]
    public void Every_size_the_vectors_refused_is_not_parsed()
    {
        int refused = 0;
        foreach (var family in QemuFormatFamily.All)
        {
            foreach (var vector in family.Cases)
            {
                if (vector.Errors.TryGetValue("size", out var message) && message.Contains("valid disk size", StringComparison.Ordinal))
                {
                    string text = family.ValueOf(vector.Input, "size")!;
                    Assert.False(DiskSize.TryParse(text, out _), text);
                    Assert.False(DiskSize.TryParse(Encoding.UTF8.GetBytes(text), out _), text);
                    refused++;
                }
            }
        }

        Assert.Equal(61, refused);
    }

    [Fact]
    public void The_readmes_float_example_is_not_the_exact_product()
    {
        Assert.Equal(new BigInteger(4185071108803788), ExactBytes("3806.30T"));
        Assert.True(DiskSize.TryParse("3806.30T", out long bytes));
        Assert.Equal(4185071108803789L, bytes);
    }

    [Fact]
    public void Printing_then_parsing_gives_the_same_bytes()
    {
        var random = new Random(20261201);
        int checkedValues = 0;
        for (int i = 0; i < 20000; i++)
        {
            long bytes = random.NextInt64(0, long.MaxValue) >> random.Next(0, 63);
            bytes <<= 10 * random.Next(0, 5);
            if (bytes < 0)
            {
                continue;
            }

            Assert.True(DiskSize.TryParse(Format(bytes), out long parsed));
            Assert.Equal(bytes, parsed);
            checkedValues++;
        }

        Assert.True(checkedValues > 10000, $"{checkedValues}");
    }

    /// <summary>The size's exact value in bytes, truncated: decimal arithmetic, no floating point.</summary>
    private static BigInteger ExactBytes(string text)
    {
        string number = text;
        int power = 0;
        if (number.EndsWith("iB", StringComparison.Ordinal))
        {
            number = number[..^2];
        }

        int unit = "KMGT".IndexOf(number[^1], StringComparison.Ordinal);
        if (unit >= 0)
        {
            number = number[..^1];
            power = unit + 1;
        }

        int dot = number.IndexOf('.', StringComparison.Ordinal);
        string digits = dot < 0 ? number : number.Remove(dot, 1);
        int decimals = dot < 0 ? 0 : number.Length - dot - 1;
        var scaled = BigInteger.Parse(digits, CultureInfo.InvariantCulture) * BigInteger.Pow(1024, power);
        return scaled / BigInteger.Pow(10, decimals);
    }
}
