using SchemaGen.Sev;

namespace SchemaGen.Runtime.Tests.Sev;

/// <summary>qemu-server's checks before it builds the object: order and messages.</summary>
public sealed class SevGuestObjectTests
{
    private static SevHostCapabilities Host(bool sev, bool es, bool snp) =>
        SevTestData.ReferenceHost with { SevSupport = sev, SevSupportEs = es, SevSupportSnp = snp };

    [Theory]
    [InlineData("std", false, true, true, "ovmf", "Your CPU does not support AMD SEV.")]
    [InlineData("es", false, false, false, "ovmf", "Your CPU does not support AMD SEV.")]
    [InlineData("snp", false, true, true, "ovmf", "Your CPU does not support AMD SEV.")]
    [InlineData("es", true, false, true, "ovmf", "Your CPU does not support AMD SEV-ES.")]
    [InlineData("snp", true, true, false, "ovmf", "Your CPU does not support AMD SEV-SNP.")]
    [InlineData("std", true, false, false, null, "To use AMD SEV, you need to change the BIOS to OVMF.")]
    [InlineData("std", true, false, false, "seabios", "To use AMD SEV, you need to change the BIOS to OVMF.")]
    [InlineData("snp", true, false, true, "OVMF", "To use AMD SEV, you need to change the BIOS to OVMF.")]
    // The CPU checks come before the firmware check.
    [InlineData("es", true, false, true, "seabios", "Your CPU does not support AMD SEV-ES.")]
    [InlineData("std", false, false, false, null, "Your CPU does not support AMD SEV.")]
    public void Refusals_use_pve_messages_in_pve_order(string amdSev, bool sev, bool es, bool snp, string? bios, string message)
    {
        var options = AmdSevOptions.Parse(amdSev);

        var exception = Assert.Throws<SevConfigurationException>(() => SevGuestObject.Create(options, Host(sev, es, snp), bios));
        Assert.Equal(message, exception.Message);
        Assert.False(SevGuestObject.TryCreate(options, Host(sev, es, snp), bios, out var guestObject, out string? error));
        Assert.Null(guestObject);
        Assert.Equal(message, error);
    }

    [Theory]
    [InlineData("std", true, false, false)]
    [InlineData("es", true, true, false)]
    [InlineData("snp", true, false, true)]
    public void Host_with_just_the_needed_variant_passes(string amdSev, bool sev, bool es, bool snp)
    {
        Assert.True(SevGuestObject.TryCreate(AmdSevOptions.Parse(amdSev), Host(sev, es, snp), "ovmf", out var guestObject,
            out string? error));
        Assert.Null(error);
        Assert.Equal(amdSev == "snp" ? "sev-snp-guest" : "sev-guest", guestObject.QomType);
    }

    [Fact]
    public void Host_values_go_into_the_object()
    {
        var host = new SevHostCapabilities { SevSupport = true, Cbitpos = 47, ReducedPhysBits = 1 };

        var guestObject = SevGuestObject.Create(new AmdSevOptions { Type = SevType.Std }, host, "ovmf");

        Assert.Equal("sev-guest,id=sev0,cbitpos=47,reduced-phys-bits=1,policy=0x8", guestObject.ToString());
        Assert.Equal(["id", "cbitpos", "reduced-phys-bits", "policy"], guestObject.Properties.Select(p => p.Key));
    }

    [Fact]
    public void Kernel_hashes_is_the_last_property()
    {
        var guestObject = SevGuestObject.Create(AmdSevOptions.Parse("snp,kernel-hashes=1,no-debug=1"), SevTestData.ReferenceHost, "ovmf");

        Assert.Equal("sev-snp-guest,id=sev0,cbitpos=51,reduced-phys-bits=6,policy=0x30000,kernel-hashes=on", guestObject.ToString());
        Assert.Equal(new KeyValuePair<string, string>("kernel-hashes", "on"), guestObject.Properties[^1]);
    }

    [Fact]
    public void Policy_description_follows_the_type()
    {
        var sev = SevGuestObject.Create(AmdSevOptions.Parse("es"), SevTestData.ReferenceHost, "ovmf");
        var snp = SevGuestObject.Create(AmdSevOptions.Parse("snp"), SevTestData.ReferenceHost, "ovmf");

        Assert.Equal("NODBG", sev.DescribePolicy()[0].Name);
        Assert.Equal("ABI_MINOR", snp.DescribePolicy()[0].Name);
        Assert.Empty(sev.ValidatePolicy());
        Assert.Empty(snp.ValidatePolicy());
    }

    [Fact]
    public void Snp_without_smt_warns_about_linux_6_11()
    {
        var snp = SevGuestObject.Create(AmdSevOptions.Parse("snp,allow-smt=0"), SevTestData.ReferenceHost, "ovmf");

        var warning = Assert.Single(snp.ValidatePolicy());
        Assert.False(warning.IsError);
        Assert.Contains("SMT (bit 16) is clear", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Linux 6.11", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("std,no-key-sharing=1,allow-smt=1")]
    [InlineData("snp,allow-smt=0")]
    [InlineData("snp,no-key-sharing=0")]
    [InlineData("es")]
    public void Settings_that_take_effect_give_no_ignored_warning(string amdSev)
    {
        Assert.Empty(AmdSevOptions.Parse(amdSev).GetIgnoredSettingWarnings());
    }

    [Theory]
    [InlineData("snp,no-key-sharing=1", AmdSevOptionsExtensions.NoKeySharingIgnoredForSnp)]
    [InlineData("std,allow-smt=0", AmdSevOptionsExtensions.AllowSmtIgnoredUnlessSnp)]
    [InlineData("es,allow-smt=0,no-key-sharing=1", AmdSevOptionsExtensions.AllowSmtIgnoredUnlessSnp)]
    public void Ignored_settings_warn(string amdSev, string message)
    {
        var warning = Assert.Single(AmdSevOptions.Parse(amdSev).GetIgnoredSettingWarnings());
        Assert.Equal(SevDiagnostic.Warning(message), warning);
    }
}
