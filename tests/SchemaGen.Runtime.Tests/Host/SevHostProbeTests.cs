using SchemaGen.Sev;

namespace SchemaGen.Runtime.Tests.Host;

/// <summary>The probe on every kind of host: its table, its reasons, and the capability file it leads to.</summary>
public sealed class SevHostProbeTests
{
    private const string TurinFile = "{ \"amd-sev\": { \"cbitpos\": 51, \"reduced-phys-bits\": 6, \"sev-support\": true, " +
        "\"sev-support-es\": true, \"sev-support-snp\": true } }\n";
    private const string MilanFile = "{ \"amd-sev\": { \"cbitpos\": 51, \"reduced-phys-bits\": 1, \"sev-support\": true, " +
        "\"sev-support-es\": true, \"sev-support-snp\": false } }\n";
    private const string AmdWithoutSevFile = "{ \"amd-sev\": { \"cbitpos\": 0, \"reduced-phys-bits\": 0, \"sev-support\": false, " +
        "\"sev-support-es\": false, \"sev-support-snp\": false } }\n";

    [Fact]
    public void Turin_with_kvm_all_on_supports_everything()
    {
        var result = SevHostProbe.Probe(HostFixtures.TurinCpu(), FakeHostFileSystem.WithKvm("Y", "Y", "Y"));

        Assert.Null(result.NotSupportedReason);
        Assert.All(result.Levels, level => Assert.True(level.Usable, level.Missing));
        Assert.Equal([SevType.Std, SevType.Es, SevType.Snp], result.Levels.Select(level => level.Type));
        Assert.Equal(["SEV", "SEV-ES", "SEV-SNP"], result.Levels.Select(level => level.Name));
        Assert.Empty(result.Missing);
        Assert.Equal("cbitpos=51,reduced-phys-bits=6,sev-support=1,sev-support-es=1,sev-support-snp=1", result.Capabilities.ToString());
        Assert.Equal(TurinFile, result.ToJson());
    }

    [Fact]
    public void Milan_with_snp_off_in_kvm_says_exactly_that()
    {
        var result = SevHostProbe.Probe(HostFixtures.MilanCpu(), FakeHostFileSystem.WithKvm("Y", "Y", "N"));

        var snp = result.Levels[2];
        Assert.True(snp.CpuSupports);
        Assert.Equal(KvmParameterState.Disabled, snp.Kvm.State);
        Assert.False(snp.Usable);
        Assert.StartsWith("SEV-SNP: the CPU supports it but KVM has it off (kvm_amd sev_snp=N).", snp.Missing);
        Assert.Equal([snp.Missing!], result.Missing);
        Assert.True(result.Levels[0].Usable);
        Assert.True(result.Levels[1].Usable);
        Assert.Equal(MilanFile, result.ToJson());
    }

    [Fact]
    public void Milan_on_a_kernel_without_sev_snp_names_the_kernel()
    {
        // Kernels before 6.11 print 1/0 for these int parameters and have no sev_snp at all.
        var result = SevHostProbe.Probe(HostFixtures.MilanCpu(), FakeHostFileSystem.WithKvm("1", "1", null));

        Assert.True(result.Levels[0].Usable);
        Assert.True(result.Levels[1].Usable);
        Assert.Equal(KvmParameterState.Absent, result.Levels[2].Kvm.State);
        Assert.Equal(
            "SEV-SNP: the CPU supports it but KVM cannot run it: /sys/module/kvm_amd/parameters/sev_snp does not exist, and SEV-SNP " +
                "hosts need Linux 6.11 or newer.",
            Assert.Single(result.Missing));
        Assert.Equal(MilanFile, result.ToJson());
    }

    [Fact]
    public void Amd_guest_with_an_empty_leaf_has_no_sev_and_says_it_is_a_vm()
    {
        var result = SevHostProbe.Probe(HostFixtures.AmdGuestCpu(), new FakeHostFileSystem());

        Assert.Null(result.NotSupportedReason);
        Assert.All(result.Levels, level => Assert.False(level.CpuSupports));
        Assert.Equal(
            [
                "SEV: the CPU does not report it (CPUID Fn8000_001F EAX bit 1 is clear).",
                "SEV-ES: the CPU does not report it (CPUID Fn8000_001F EAX bit 3 is clear).",
                "SEV-SNP: the CPU does not report it (CPUID Fn8000_001F EAX bit 4 is clear).",
                "This machine is a virtual machine (hypervisor 'KVMKVMKVM'): SEV guests need a bare-metal AMD host.",
            ],
            result.Missing);
        Assert.Equal(AmdWithoutSevFile, result.ToJson());
    }

    [Fact]
    public void Amd_cpu_older_than_the_leaf_names_where_its_leaves_end()
    {
        var result = SevHostProbe.Probe(HostFixtures.OldAmdCpu(), new FakeHostFileSystem());

        Assert.Equal(
            "SEV: the CPU's extended CPUID leaves end at 8000001Eh, before 8000001Fh (Encrypted Memory Capabilities), so it has no SEV.",
            result.Missing[0]);
        Assert.Equal(AmdWithoutSevFile, result.ToJson());
    }

    [Fact]
    public void Intel_host_is_not_supported_with_its_vendor_named()
    {
        var result = SevHostProbe.Probe(HostFixtures.IntelCpu(), new FakeHostFileSystem());

        Assert.Equal("The CPU vendor is 'GenuineIntel', not AuthenticAMD: AMD SEV needs an AMD processor.", result.NotSupportedReason);
        Assert.Equal([result.NotSupportedReason!], result.Missing);
        Assert.Null(result.Capabilities);
        Assert.All(result.Levels, level => Assert.False(level.Usable));
        Assert.Equal("{ }\n", result.ToJson());
    }

    [Fact]
    public void Non_x86_host_is_not_supported_and_nothing_throws()
    {
        var result = SevHostProbe.Probe(HostFixtures.NonX86Cpu(), new FakeHostFileSystem());

        Assert.False(result.Cpu.IsX86);
        Assert.Equal("This machine is not x86 (it has no CPUID instruction): AMD SEV needs an AMD x86-64 processor.",
            result.NotSupportedReason);
        Assert.Null(result.Capabilities);
        Assert.Equal("{ }\n", result.ToJson());
    }

    [Fact]
    public void Turin_without_kvm_amd_loaded_says_to_load_it()
    {
        var result = SevHostProbe.Probe(HostFixtures.TurinCpu(), new FakeHostFileSystem());

        Assert.Equal("SEV: the CPU supports it but the kvm_amd module is not loaded (modprobe kvm_amd).", result.Missing[0]);
        Assert.Equal(3, result.Missing.Count);
        Assert.Equal(AmdWithoutSevFile.Replace("\"cbitpos\": 0, \"reduced-phys-bits\": 0", "\"cbitpos\": 51, \"reduced-phys-bits\": 6"),
            result.ToJson());
    }

    [Fact]
    public void Firmware_without_es_asids_is_named_as_the_cause()
    {
        var leafWithoutEsAsids = HostFixtures.TurinLeaf with { Edx = 1 };
        var cpuid = new FakeCpuid(true, new Dictionary<uint, CpuidRegisters>
        {
            [0] = new(0x10, 0x6874_7541, 0x444D_4163, 0x6974_6E65),
            [0x8000_0000] = new(0x8000_0028, 0, 0, 0),
            [0x8000_001F] = leafWithoutEsAsids,
        });

        var result = SevHostProbe.Probe(cpuid, FakeHostFileSystem.WithKvm("Y", "N", "N"));

        Assert.True(result.Levels[0].Usable);
        Assert.Contains("The firmware leaves no ASIDs for SEV-ES/SEV-SNP guests (minimum SEV ASID is 1)", result.Levels[1].Missing);
        Assert.Contains("The firmware leaves no ASIDs for SEV-ES/SEV-SNP guests (minimum SEV ASID is 1)", result.Levels[2].Missing);
    }

    [Fact]
    public void Missing_dev_sev_is_reported_while_kvm_is_on()
    {
        var result = SevHostProbe.Probe(HostFixtures.TurinCpu(), FakeHostFileSystem.WithKvm("Y", "Y", "Y", devSev: false));

        Assert.Equal("/dev/sev does not exist: QEMU opens it to launch SEV guests (is the ccp module loaded?).",
            Assert.Single(result.Missing));
        Assert.Equal(TurinFile, result.ToJson());
    }

    [Fact]
    public void Unreadable_and_garbled_parameters_are_reasons_not_exceptions()
    {
        var fileSystem = FakeHostFileSystem.WithKvm(sev: "Y", sevEs: "banana", sevSnp: null);
        fileSystem.Failing["/sys/module/kvm_amd/parameters/sev_snp"] = new IOException("Input/output error");

        var result = SevHostProbe.Probe(HostFixtures.TurinCpu(), fileSystem);

        Assert.Equal(
            [
                "SEV-ES: the CPU supports it but /sys/module/kvm_amd/parameters/sev_es holds 'banana', not Y or N.",
                "SEV-SNP: the CPU supports it but /sys/module/kvm_amd/parameters/sev_snp could not be read: Input/output error",
            ],
            result.Missing);
        Assert.True(result.Capabilities?.SevSupport);
        Assert.False(result.Capabilities?.SevSupportEs);
    }
}
