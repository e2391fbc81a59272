using System.Runtime.Intrinsics.X86;
using SchemaGen.Sev;

namespace SchemaGen.Sev.Tests.Host;

/// <summary>The probe on the machine the tests run on.</summary>
public sealed class LiveProbeTests
{
    [Fact]
    public void Live_probe_returns_and_names_the_vendor()
    {
        var result = SevHostProbe.Probe();

        Assert.Equal(X86Base.IsSupported, result.Cpu.IsX86);
        if (!result.Cpu.IsX86)
        {
            Assert.NotNull(result.NotSupportedReason);
            return;
        }

        Assert.Equal(12, result.Cpu.Vendor?.Length);

        // The kernel read the same vendor string at boot: an independent witness.
        const string CpuInfo = "/proc/cpuinfo";
        string? kernelVendor = File.Exists(CpuInfo)
            ? File.ReadLines(CpuInfo).FirstOrDefault(line => line.StartsWith("vendor_id", StringComparison.Ordinal))?.Split(':')[1].Trim()
            : null;
        if (kernelVendor is not null)
        {
            Assert.Equal(kernelVendor, result.Cpu.Vendor);
        }

        if (!result.Cpu.IsAmd)
        {
            Assert.Contains($"'{result.Cpu.Vendor}'", result.NotSupportedReason);
            Assert.Equal("{ }\n", result.ToJson());
        }
        else
        {
            Assert.Equal(result.Capabilities, SevHostCapabilities.ParseJson(System.Text.Encoding.UTF8.GetBytes(result.ToJson())));
        }
    }

    /// <summary>
    /// On an AMD machine, the kernel's view of the SEV bits (the <c>sev</c>, <c>sev_es</c> and
    /// <c>sev_snp</c> flags of /proc/cpuinfo) against the probe's own CPUID read. The kernel only
    /// clears these flags (when the firmware or the kernel turned SEV off), never sets one the CPU
    /// lacks: a flag present means the probe must have read the bit. Elsewhere the test says that it
    /// did not run: the SEV bits of CPUID Fn8000_001F exist only on AMD.
    /// </summary>
    [SkippableFact]
    public void Amd_cpuid_sev_bits_agree_with_the_kernels_cpuinfo_flags()
    {
        var result = SevHostProbe.Probe();
        Skip.IfNot(result.Cpu.IsAmd,
            $"the CPU vendor is '{result.Cpu.Vendor ?? "not x86"}', not '{SevCpuInfo.AmdVendor}': there are no SEV CPUID bits to compare");
        const string CpuInfo = "/proc/cpuinfo";
        Skip.IfNot(File.Exists(CpuInfo), $"no {CpuInfo} (not Linux): nothing to compare the CPUID bits with");
        string? flagsLine = File.ReadLines(CpuInfo).FirstOrDefault(line => line.StartsWith("flags", StringComparison.Ordinal));
        Assert.NotNull(flagsLine);
        var flags = flagsLine.Split(':')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("fpu", flags); // the line was read whole, not an empty list

        (string Flag, SevCpuFeatures Bit)[] pairs =
        [
            ("sev", SevCpuFeatures.Sev),
            ("sev_es", SevCpuFeatures.SevEs),
            ("sev_snp", SevCpuFeatures.SevSnp),
        ];
        foreach (var (flag, bit) in pairs)
        {
            if (flags.Contains(flag))
            {
                Assert.True(result.Cpu.Features.HasFlag(bit),
                    $"/proc/cpuinfo has '{flag}', but the probe read CPUID Fn8000_001F EAX = " +
                        $"{(uint)result.Cpu.Features:X8}h without {bit}");
            }
        }

        // KVM runs a level only where the kernel kept its flag: a usable level needs its flag.
        if (result.Capabilities is { } host)
        {
            Assert.True(host.SevSupport != true || flags.Contains("sev"), "KVM runs SEV, but /proc/cpuinfo has no 'sev' flag");
            Assert.True(host.SevSupportEs != true || flags.Contains("sev_es"), "KVM runs SEV-ES, but /proc/cpuinfo has no 'sev_es' flag");
            Assert.True(host.SevSupportSnp != true || flags.Contains("sev_snp"),
                "KVM runs SEV-SNP, but /proc/cpuinfo has no 'sev_snp' flag");
        }
    }
}
