using SchemaGen.Sev;

namespace SchemaGen.Sev.Tests.Sev;

/// <summary>The 32-bit SEV / SEV-ES policy: qemu-server's computation, bit names, parsing, checks.</summary>
public sealed class SevPolicyTests
{
    [Theory]
    [InlineData("std", 0x8u)]
    [InlineData("es", 0xCu)]
    [InlineData("std,no-debug=1", 0x9u)]
    [InlineData("std,no-key-sharing=1", 0xAu)]
    [InlineData("es,no-debug=1,no-key-sharing=1", 0xFu)]
    [InlineData("es,allow-smt=0", 0xCu)]
    public void From_options_matches_qemu_server(string amdSev, uint expected)
    {
        Assert.Equal(expected, SevPolicy.FromOptions(AmdSevOptions.Parse(amdSev)).Value);
    }

    [Fact]
    public void Snp_options_are_refused()
    {
        Assert.Throws<ArgumentException>(() => SevPolicy.FromOptions(AmdSevOptions.Parse("snp")));
    }

    [Fact]
    public void Describe_names_every_bit_and_field()
    {
        var fields = new SevPolicy(0x0102000D).Describe();

        Assert.Equal(["NODBG", "NOKS", "ES", "NOSEND", "DOMAIN", "SEV", "RESERVED", "API_MAJOR", "API_MINOR"], fields.Select(f => f.Name));
        Assert.Equal(["0", "1", "2", "3", "4", "5", "15:6", "23:16", "31:24"], fields.Select(f => f.Bits));
        Assert.Equal([1ul, 0, 1, 1, 0, 0, 0, 2, 1], fields.Select(f => f.Value));
        Assert.Equal("Debugging of the guest is disallowed", fields[0].Meaning);
        Assert.Equal("Sharing keys with other guests is allowed", fields[1].Meaning);
        Assert.Contains("at least 2", fields[7].Meaning, StringComparison.Ordinal);
    }

    [Fact]
    public void Properties_read_their_bits()
    {
        var policy = new SevPolicy(0x3F);

        Assert.True(policy.NoDebug && policy.NoKeySharing && policy.EncryptedState && policy.NoSend && policy.Domain && policy.SevOnly);
        Assert.False(new SevPolicy(0).NoSend);
        Assert.Equal((byte)0x12, new SevPolicy(0x3412_0000).ApiMajor);
        Assert.Equal((byte)0x34, new SevPolicy(0x3412_0000).ApiMinor);
    }

    [Theory]
    [InlineData("0x8", 8u)]
    [InlineData("0XC", 12u)]
    [InlineData("12", 12u)]
    [InlineData("0xffffffff", uint.MaxValue)]
    public void Parse_reads_hex_and_decimal(string text, uint expected)
    {
        Assert.Equal(expected, SevPolicy.Parse(text).Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0x")]
    [InlineData("0x1_0")]
    [InlineData("-1")]
    [InlineData(" 8")]
    [InlineData("0x100000000")]
    [InlineData("8h")]
    public void Parse_refuses_other_text(string text)
    {
        Assert.False(SevPolicy.TryParse(text, out _));
        Assert.Throws<FormatException>(() => SevPolicy.Parse(text));
    }

    [Fact]
    public void Reserved_bits_are_an_error()
    {
        Assert.Empty(new SevPolicy(0xFF00_003F).Validate());

        var error = Assert.Single(new SevPolicy(0x48).Validate());
        Assert.True(error.IsError);
        Assert.Equal("SEV policy bits 6-15 are reserved and must be zero (policy 0x48 sets 0x40)", error.Message);
    }

    [Fact]
    public void ToString_is_lowercase_hash_x()
    {
        Assert.Equal("0xc", new SevPolicy(0xC).ToString());
        Assert.Equal("0", new SevPolicy(0).ToString());
    }
}
