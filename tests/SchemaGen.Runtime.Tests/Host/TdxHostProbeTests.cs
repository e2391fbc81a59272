using SchemaGen.Sev;
using SchemaGen.Tdx;

namespace SchemaGen.Runtime.Tests.Host;

/// <summary>The TDX probe: PVE's MSR rule, KVM's tdx parameter, and what goes into the capability file.</summary>
public sealed class TdxHostProbeTests
{
    private const string KvmTdx = TdxHostProbe.KvmIntelParameterDirectory + "/tdx";

    [Fact]
    public void A_tdx_host_with_kvm_tdx_on_supports_tdx()
    {
        var msr = FakeMsr.TdxHost();
        var result = TdxHostProbe.Probe(HostFixtures.IntelCpu(), msr, KvmWithTdx("Y"));

        Assert.True(result.IsIntel);
        Assert.True(result.CpuSupportsTdx);
        Assert.True(result.Kvm.IsEnabled);
        Assert.Equal(new TdxHostCapabilities { TdxSupport = true }, result.Capabilities);
        Assert.Empty(result.Missing);
        Assert.Equal([0x982u, 0xA0u, 0x1401u], msr.Reads);
        Assert.Equal("{ \"intel-tdx\": { \"tdx-support\": true } }\n", result.Capabilities!.Value.ToJson());
    }

    [Fact]
    public void A_tdx_cpu_whose_kvm_has_tdx_off_is_written_false_and_says_why()
    {
        var result = TdxHostProbe.Probe(HostFixtures.IntelCpu(), FakeMsr.TdxHost(), KvmWithTdx("N"));

        Assert.True(result.CpuSupportsTdx);
        Assert.False(result.Capabilities!.Value.TdxSupport);
        Assert.Equal(["TDX: the CPU supports it but KVM has it off (kvm_intel tdx=N): load kvm_intel with tdx=Y."], result.Missing);
    }

    [Fact]
    public void A_tdx_cpu_without_the_kvm_parameter_names_the_file()
    {
        var result = TdxHostProbe.Probe(HostFixtures.IntelCpu(), FakeMsr.TdxHost(), new FakeHostFileSystem());

        Assert.Equal(KvmParameterState.Absent, result.Kvm.State);
        Assert.Equal(KvmTdx, result.Kvm.Path);
        Assert.Contains(KvmTdx + " does not exist", Assert.Single(result.Missing), StringComparison.Ordinal);
    }

    [Fact]
    public void An_intel_host_without_tdx_says_which_msr_bits_are_missing()
    {
        var result = TdxHostProbe.Probe(HostFixtures.IntelCpu(), FakeMsr.IntelWithoutTdx(), KvmWithTdx("N"));

        Assert.False(result.CpuSupportsTdx);
        Assert.Equal(new TdxHostCapabilities { TdxSupport = false }, result.Capabilities);
        Assert.Equal(2, result.Missing.Count);
        Assert.Contains("MSR 0x982 bit 1", result.Missing[0], StringComparison.Ordinal);
        Assert.Contains("MSR 0x1401 bit 11", result.Missing[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0x2ul, 0x1ul, 0x800ul, false)]
    [InlineData(0x3ul, 0ul, 0xFFFul, true)]
    [InlineData(0x1ul, 0ul, 0x800ul, false)]
    [InlineData(0x2ul, 0ul, 0x7FFul, false)]
    public void Pves_rule_is_tme_bit_1_and_a0_zero_and_seam_bit_11(ulong tme, ulong sgx, ulong seam, bool expected)
    {
        Assert.Equal(expected, new TdxMsrValues(tme, sgx, seam).TdxSupport);
    }

    [Fact]
    public void An_unreadable_msr_device_leaves_intel_tdx_out_as_the_helper_does()
    {
        var result = TdxHostProbe.Probe(HostFixtures.IntelCpu(), FakeMsr.Unreadable(), KvmWithTdx("Y"));

        Assert.Null(result.Msrs);
        Assert.Null(result.CpuSupportsTdx);
        Assert.Null(result.Capabilities);
        Assert.StartsWith(TdxHostProbe.Undetermined + ": ", Assert.Single(result.Missing), StringComparison.Ordinal);
        Assert.Equal("Intel TDX support undetermined", TdxHostProbe.Undetermined);
        Assert.Contains("modprobe msr", result.MsrError, StringComparison.Ordinal);
    }

    [Fact]
    public void An_amd_host_reads_no_msr()
    {
        var msr = FakeMsr.TdxHost();
        var result = TdxHostProbe.Probe(HostFixtures.TurinCpu(), msr, new FakeHostFileSystem());

        Assert.False(result.IsIntel);
        Assert.Empty(msr.Reads);
        Assert.Null(result.Capabilities);
        Assert.Equal(["The CPU vendor is 'AuthenticAMD', not GenuineIntel: Intel TDX needs an Intel processor."], result.Missing);
    }

    [Fact]
    public void A_missing_msr_device_is_an_io_error_naming_it()
    {
        var source = new DeviceMsrSource("/nonexistent/cpu/0/msr");

        var exception = Assert.Throws<IOException>(() => source.Read(0x982));
        Assert.Contains("/nonexistent/cpu/0/msr does not exist", exception.Message, StringComparison.Ordinal);
    }

    private static FakeHostFileSystem KvmWithTdx(string value)
    {
        var fileSystem = new FakeHostFileSystem();
        fileSystem.Files[KvmTdx] = value + "\n";
        return fileSystem;
    }
}
