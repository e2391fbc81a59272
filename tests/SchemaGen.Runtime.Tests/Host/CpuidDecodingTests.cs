using SchemaGen.Sev;

namespace SchemaGen.Runtime.Tests.Host;

/// <summary>Fn8000_001F decoding, the feature catalog, and which leaves the CPU reader asks for.</summary>
public sealed class CpuidDecodingTests
{
    [Fact]
    public void Turin_leaf_decodes_every_field()
    {
        var leaf = new EncryptedMemoryCapabilities(HostFixtures.TurinLeaf);

        Assert.Equal(51, leaf.CbitPosition);
        Assert.Equal(6, leaf.ReducedPhysBits);
        Assert.Equal(4, leaf.VmplCount);
        Assert.Equal(1006u, leaf.MaxEncryptedGuests);
        Assert.Equal(100u, leaf.MinSevAsid);
        Assert.Equal(99u, leaf.SevEsGuests);
        Assert.Equal(907u, leaf.SevGuests);
        Assert.True(leaf.Has(SevCpuFeatures.Sev | SevCpuFeatures.SevEs | SevCpuFeatures.SevSnp | SevCpuFeatures.SecureTsc));
        Assert.False(leaf.Has(SevCpuFeatures.SecureAvic));
    }

    [Fact]
    public void Milan_leaf_decodes_one_reduced_bit()
    {
        var leaf = new EncryptedMemoryCapabilities(HostFixtures.MilanLeaf);

        Assert.Equal(51, leaf.CbitPosition);
        Assert.Equal(1, leaf.ReducedPhysBits);
        Assert.Equal(410u, leaf.SevGuests);
        Assert.True(leaf.Has(SevCpuFeatures.SevSnp));
        Assert.False(leaf.Has(SevCpuFeatures.SecureTsc));
    }

    [Theory]
    [InlineData(0u, 0u, 0u, 0u)]     // the leaf of a guest: nothing
    [InlineData(509u, 1u, 0u, 509u)] // firmware left no ASIDs for SEV-ES
    [InlineData(15u, 16u, 15u, 0u)]  // every ASID for SEV-ES
    [InlineData(10u, 50u, 10u, 0u)]  // a minimum beyond the maximum: nothing is counted twice
    public void Guest_counts_follow_the_asid_split(uint maxGuests, uint minAsid, uint esGuests, uint sevGuests)
    {
        var leaf = new EncryptedMemoryCapabilities(new CpuidRegisters(0x1A, 0, maxGuests, minAsid));

        Assert.Equal(esGuests, leaf.SevEsGuests);
        Assert.Equal(sevGuests, leaf.SevGuests);
    }

    [Fact]
    public void Catalog_names_all_32_bits_in_order()
    {
        Assert.Equal(32, SevCpuFeatureInfo.All.Count);
        for (int bit = 0; bit < 32; bit++)
        {
            var info = SevCpuFeatureInfo.All[bit];
            Assert.Equal(bit, info.Bit);
            Assert.Equal((SevCpuFeatures)(1u << bit), info.Feature);
        }

        Assert.Equal(32, SevCpuFeatureInfo.All.Select(info => info.ApmName).Distinct().Count());
    }

    [Theory]
    [InlineData(0, "SME")]
    [InlineData(1, "SEV")]
    [InlineData(2, "PageFlushMsr")]
    [InlineData(3, "SEV-ES")]
    [InlineData(4, "SEV-SNP")]
    [InlineData(5, "VMPL")]
    [InlineData(6, "RMPQUERY")]
    [InlineData(7, "VmplSSS")]
    [InlineData(8, "SecureTsc")]
    [InlineData(9, "TscAuxVirtualization")]
    [InlineData(10, "HwEnfCacheCoh")]
    [InlineData(11, "64BitHost")]
    [InlineData(14, "DebugSwap")]
    [InlineData(16, "VTE")]
    [InlineData(21, "RMPREAD")]
    [InlineData(24, "VmsaRegProt")]
    [InlineData(25, "SmtProtection")]
    [InlineData(28, "SvsmCommPageMSR")]
    [InlineData(29, "NestedVirtSnpMsr")]
    [InlineData(31, "IbpbOnEntry")]
    public void Catalog_uses_the_manual_names(int bit, string apmName)
    {
        Assert.Equal(apmName, SevCpuFeatureInfo.All[bit].ApmName);
    }

    [Fact]
    public void In_lists_the_set_bits_from_bit_0()
    {
        var names = SevCpuFeatureInfo.In(SevCpuFeatures.SevSnp | SevCpuFeatures.Sme | SevCpuFeatures.IbpbOnEntry).Select(
            info => info.ApmName);

        Assert.Equal(["SME", "SEV-SNP", "IbpbOnEntry"], names);
    }

    [Fact]
    public void Amd_host_reads_vendor_then_range_then_leaf()
    {
        var cpuid = HostFixtures.TurinCpu();

        var cpu = SevCpuInfo.Read(cpuid);

        Assert.Equal("AuthenticAMD", cpu.Vendor);
        Assert.True(cpu.IsAmd);
        Assert.Null(cpu.Hypervisor);
        Assert.Equal(0x8000_0028u, cpu.MaxExtendedLeaf);
        Assert.Equal(HostFixtures.TurinLeaf, cpu.EncryptedMemory?.Registers);
        Assert.Equal([0u, 1u, 0x8000_0000u, 0x8000_001Fu], cpuid.Reads);
    }

    [Fact]
    public void Intel_host_never_reads_the_amd_leaf()
    {
        var cpuid = HostFixtures.IntelCpu();

        var cpu = SevCpuInfo.Read(cpuid);

        Assert.Equal("GenuineIntel", cpu.Vendor);
        Assert.False(cpu.IsAmd);
        Assert.Equal("KVMKVMKVM", cpu.Hypervisor);
        Assert.Null(cpu.EncryptedMemory);
        Assert.Equal(SevCpuFeatures.None, cpu.Features);
        Assert.DoesNotContain(0x8000_001Fu, cpuid.Reads);
    }

    [Fact]
    public void Amd_host_whose_extended_leaves_stop_short_is_not_asked_for_the_leaf()
    {
        var cpuid = HostFixtures.OldAmdCpu();

        var cpu = SevCpuInfo.Read(cpuid);

        Assert.True(cpu.IsAmd);
        Assert.Null(cpu.EncryptedMemory);
        Assert.DoesNotContain(0x8000_001Fu, cpuid.Reads);
    }

    [Fact]
    public void Non_x86_host_reads_nothing()
    {
        var cpu = SevCpuInfo.Read(HostFixtures.NonX86Cpu());

        Assert.False(cpu.IsX86);
        Assert.Null(cpu.Vendor);
        Assert.False(cpu.IsAmd);
        Assert.Null(cpu.EncryptedMemory);
    }
}
