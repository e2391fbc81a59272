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
}
