using SchemaGen.Sev;

namespace SchemaGen.Runtime.Tests.Sev;

/// <summary>The 64-bit SEV-SNP policy: qemu-server's computation, bit names, and raw-policy validation.</summary>
public sealed class SnpPolicyTests
{
    [Theory]
    [InlineData("snp", 0xB0000ul)]
    [InlineData("snp,allow-smt=0", 0xA0000ul)]
    [InlineData("snp,no-debug=1", 0x30000ul)]
    [InlineData("snp,allow-smt=0,no-debug=1", 0x20000ul)]
    [InlineData("snp,no-key-sharing=1", 0xB0000ul)]
    public void From_options_matches_qemu_server(string amdSev, ulong expected)
    {
        Assert.Equal(expected, SnpPolicy.FromOptions(AmdSevOptions.Parse(amdSev)).Value);
    }

    [Fact]
    public void Default_is_the_plain_snp_policy()
    {
        Assert.Equal(SnpPolicy.FromOptions(new AmdSevOptions { Type = SevType.Snp }), SnpPolicy.Default);
        Assert.Equal("0xb0000", SnpPolicy.Default.ToString());
    }

    [Fact]
    public void Sev_options_are_refused()
    {
        Assert.Throws<ArgumentException>(() => SnpPolicy.FromOptions(AmdSevOptions.Parse("es")));
    }

    [Fact]
    public void Describe_names_every_bit_and_field()
    {
        var fields = new SnpPolicy(0x0000_0000_0003_0102).Describe();

        Assert.Equal(
            ["ABI_MINOR", "ABI_MAJOR", "SMT", "RESERVED", "MIGRATE_MA", "DEBUG", "SINGLE_SOCKET", "CXL_ALLOW", "MEM_AES_256_XTS",
                "RAPL_DIS", "CIPHERTEXT_HIDING", "PAGE_SWAP_DISABLE", "RESERVED"],
            fields.Select(f => f.Name));
        Assert.Equal(["7:0", "15:8", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "63:26"], fields.Select(f => f.Bits));
        Assert.Equal(2ul, fields[0].Value);
        Assert.Equal(1ul, fields[1].Value);
        Assert.True(fields[2].IsSet);
        Assert.Equal("Debugging of the guest is disallowed", fields[5].Meaning);
        Assert.Equal("Debugging of the guest is allowed", new SnpPolicy(SnpPolicy.DebugMask).Describe()[5].Meaning);
    }

    [Fact]
    public void High_reserved_field_reads_all_38_bits()
    {
        var field = new SnpPolicy(ulong.MaxValue).Describe()[^1];

        Assert.Equal((1ul << 38) - 1, field.Value);
        Assert.Equal("Reserved, must be zero", field.Meaning);
    }

    [Fact]
    public void Each_property_reads_its_bit()
    {
        var all = new SnpPolicy(0x3FF_FFFF);

        Assert.True(all.Smt && all.ReservedMustBeOne && all.MigrateMa && all.Debug && all.SingleSocket && all.CxlAllow
            && all.MemAes256Xts && all.RaplDisable && all.CiphertextHiding && all.PageSwapDisable);
        Assert.Equal((byte)0xFF, all.AbiMajor);
        Assert.Equal((byte)0xFF, all.AbiMinor);
        var none = new SnpPolicy(0);
        Assert.False(none.Smt || none.ReservedMustBeOne || none.MigrateMa || none.Debug || none.SingleSocket || none.CxlAllow
            || none.MemAes256Xts || none.RaplDisable || none.CiphertextHiding || none.PageSwapDisable);
    }

    [Theory]
    [InlineData(0x30000ul)]
    [InlineData(0xB0000ul)]
    [InlineData(0xB1F05ul)]
    public void Policies_every_layer_accepts_have_no_findings(ulong value)
    {
        var policy = new SnpPolicy(value);

        Assert.Empty(policy.Validate());
        Assert.True(policy.IsAcceptedByLinux611Kvm);
    }

    [Fact]
    public void Clear_bit_17_is_an_error()
    {
        var finding = Assert.Single(new SnpPolicy(0x10000).Validate());

        Assert.True(finding.IsError);
        Assert.Equal("SEV-SNP policy 0x10000: bit 17 is reserved and must be set", finding.Message);
    }

    [Theory]
    [InlineData(1ul << 26, "0x4000000")]
    [InlineData(1ul << 63, "0x8000000000000000")]
    [InlineData(0xFFFF_FFFF_FC00_0000ul, "0xfffffffffc000000")]
    public void High_reserved_bits_are_an_error(ulong extra, string shown)
    {
        var findings = new SnpPolicy(0x30000 | extra).Validate();

        var error = Assert.Single(findings, f => f.IsError);
        Assert.EndsWith($"bits 26-63 are reserved and must be zero, but {shown} is set", error.Message, StringComparison.Ordinal);
        Assert.All(findings, f => Assert.True(f.IsError));
    }

    [Theory]
    [InlineData(SnpPolicy.MigrateMaMask, "MIGRATE_MA (bit 18)")]
    [InlineData(SnpPolicy.CxlAllowMask, "CXL_ALLOW (bit 21)")]
    [InlineData(SnpPolicy.MemAes256XtsMask, "MEM_AES_256_XTS (bit 22)")]
    [InlineData(SnpPolicy.RaplDisableMask, "RAPL_DIS (bit 23)")]
    [InlineData(SnpPolicy.CiphertextHidingMask, "CIPHERTEXT_HIDING (bit 24)")]
    [InlineData(SnpPolicy.PageSwapDisableMask, "PAGE_SWAP_DISABLE (bit 25)")]
    [InlineData(SnpPolicy.SingleSocketMask, "SINGLE_SOCKET (bit 20)")]
    public void Bits_linux_6_11_refuses_are_warnings(ulong bit, string named)
    {
        var policy = new SnpPolicy(0x30000 | bit);

        var warning = Assert.Single(policy.Validate());
        Assert.False(warning.IsError);
        Assert.Contains($"{named} is set; Linux 6.11's KVM refuses to launch such a guest (EINVAL)", warning.Message,
            StringComparison.Ordinal);
        Assert.False(policy.IsAcceptedByLinux611Kvm);
    }

    [Fact]
    public void Clear_smt_is_a_linux_6_11_warning()
    {
        var warning = Assert.Single(new SnpPolicy(0x20000).Validate());

        Assert.False(warning.IsError);
        Assert.StartsWith("SEV-SNP policy 0x20000: SMT (bit 16) is clear (allow-smt=0); Linux 6.11's KVM refuses", warning.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_come_before_warnings()
    {
        var findings = new SnpPolicy((1ul << 40) | SnpPolicy.MigrateMaMask).Validate();

        Assert.Equal([true, true, false, false], findings.Select(f => f.IsError));
    }

    [Theory]
    [InlineData("0x30000", 0x30000ul)]
    [InlineData("196608", 0x30000ul)]
    [InlineData("0xFFFFFFFFFFFFFFFF", ulong.MaxValue)]
    public void Parse_reads_hex_and_decimal(string text, ulong expected)
    {
        Assert.Equal(expected, SnpPolicy.Parse(text).Value);
    }

    [Theory]
    [InlineData("0x1ffffffffffffffff")]
    [InlineData("policy")]
    [InlineData("0x-1")]
    public void Parse_refuses_other_text(string text)
    {
        Assert.Throws<FormatException>(() => SnpPolicy.Parse(text));
    }
}
