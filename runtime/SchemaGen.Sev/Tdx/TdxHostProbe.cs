using SchemaGen.Sev;

namespace SchemaGen.Tdx;

/// <summary>
/// Probes the host for Intel TDX as Proxmox's helper does (the vendor from CPUID, then three MSRs of
/// CPU 0), plus KVM's side (<c>kvm_intel</c>'s <c>tdx</c> parameter). Never throws for a host without
/// TDX; the answer says so.
/// </summary>
public static class TdxHostProbe
{
    /// <summary>The vendor string of an Intel processor.</summary>
    public const string IntelVendor = "GenuineIntel";

    /// <summary>The directory of the <c>kvm_intel</c> module's parameters.</summary>
    public const string KvmIntelParameterDirectory = "/sys/module/kvm_intel/parameters";

    /// <summary>What Proxmox's helper prints on standard error when an MSR read fails (it then leaves <c>intel-tdx</c> out).</summary>
    public const string Undetermined = "Intel TDX support undetermined";

    /// <summary>Probes the machine this process runs on.</summary>
    public static TdxHostProbeResult Probe() => Probe(X86CpuidSource.Instance, DeviceMsrSource.Cpu0, LocalHostFileSystem.Instance);

    /// <summary>Probes through the given sources (recorded registers and files in tests).</summary>
    /// <param name="cpuid">Where CPUID answers come from.</param>
    /// <param name="msr">Where MSR values come from (read only on an Intel host).</param>
    /// <param name="fileSystem">Where the kernel's files are read from.</param>
    public static TdxHostProbeResult Probe(ICpuidSource cpuid, IMsrSource msr, IHostFileSystem fileSystem)
    {
        ArgumentNullException.ThrowIfNull(cpuid);
        ArgumentNullException.ThrowIfNull(msr);
        ArgumentNullException.ThrowIfNull(fileSystem);
        var cpu = SevCpuInfo.Read(cpuid);
        var kvm = KvmParameter.Read(fileSystem, KvmIntelParameterDirectory, "tdx");
        var missing = new List<string>();
        if (cpu.Vendor != IntelVendor)
        {
            missing.Add(cpu.IsX86
                ? $"The CPU vendor is '{cpu.Vendor}', not {IntelVendor}: Intel TDX needs an Intel processor."
                : "This machine is not x86 (it has no CPUID instruction): Intel TDX needs an Intel x86-64 processor.");
            return new TdxHostProbeResult { Cpu = cpu, Kvm = kvm, Missing = missing };
        }

        TdxMsrValues? values = null;
        string? error = null;
        try
        {
            values = new TdxMsrValues(msr.Read(TdxMsrValues.TmeActivateIndex), msr.Read(TdxMsrValues.SgxIndex),
                msr.Read(TdxMsrValues.SeamRangeMaskIndex));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = e.Message;
            missing.Add($"{Undetermined}: the MSRs could not be read ({e.Message}); run as root with the msr module loaded.");
        }

        if (values is { } v)
        {
            if (!v.TmeEnabled)
            {
                missing.Add("TDX: total memory encryption is not active (MSR 0x982 bit 1 is clear): "
                    + "enable TME and TME-MT in the firmware setup.");
            }

            if (v.Sgx != 0)
            {
                missing.Add($"TDX: MSR 0xA0 is 0x{v.Sgx:x}, and Proxmox's rule wants 0 there.");
            }

            if (!v.SeamRangeEnabled)
            {
                missing.Add("TDX: the SEAM range is not enabled (MSR 0x1401 bit 11 is clear): "
                    + "enable TDX and the SEAM loader in the firmware setup.");
            }

            if (v.TdxSupport && !kvm.IsEnabled)
            {
                missing.Add($"TDX: the CPU supports it but {WhyNotInKvm(kvm)}");
            }
        }

        return new TdxHostProbeResult
        {
            Cpu = cpu,
            Msrs = values,
            MsrError = error,
            Kvm = kvm,
            Capabilities = values is { } read ? new TdxHostCapabilities { TdxSupport = read.TdxSupport && kvm.IsEnabled } : null,
            Missing = missing,
        };
    }

    private static string WhyNotInKvm(KvmParameter kvm) => kvm.State switch
    {
        KvmParameterState.Absent
            => $"KVM cannot run it: {kvm.Path} does not exist (kvm_intel not loaded, or a kernel before 6.16 without TDX host support).",
        KvmParameterState.Unreadable => $"{kvm.Path} could not be read: {kvm.Text}",
        KvmParameterState.Unrecognized => $"{kvm.Path} holds '{kvm.Text}', not Y or N.",
        _ => $"KVM has it off (kvm_intel tdx={kvm.Text}): load kvm_intel with tdx=Y.",
    };
}
