using SchemaGen.Proxmox;
using SchemaGen.Sev;
using SchemaGen.Tdx;
using SevLauncher.Qemu;

namespace SevLauncher;

/// <summary>
/// Everything <c>sev-launch</c> learns from or does to the machine it runs on, so that tests can run
/// every command in-process against a fake host: the CPUID/sysfs/MSR probes, where the capability file
/// is, which files exist, the node's custom CPU models, QEMU's version, and what runs QEMU.
/// </summary>
internal sealed record LauncherEnvironment
{
    /// <summary>Probes the host (CPUID and kvm_amd's parameters).</summary>
    public required Func<SevHostProbeResult> Probe { get; init; }

    /// <summary>Probes the host for Intel TDX (CPUID, CPU 0's MSRs, kvm_intel's tdx); called only on an Intel host.</summary>
    public Func<TdxHostProbeResult> ProbeTdx { get; init; } = TdxHostProbe.Probe;

    /// <summary>Runs <c>QEMU --version</c> and gives its output, or null when QEMU cannot be run.</summary>
    public Func<string, string?> QemuVersionOutput { get; init; } = QemuVersion.RunVersion;

    /// <summary>The capability file read when no <c>--caps</c> is given.</summary>
    public string CapabilityFilePath { get; init; } = SevCapabilityFile.DefaultPath;

    /// <summary>Whether a regular file exists (firmware images, efidisk volumes).</summary>
    public Func<string, bool> FileExists { get; init; } = File.Exists;

    /// <summary>The CPU models a VM config's <c>cpu</c> may name: the built-in ones and the node's custom ones.</summary>
    public Func<CpuModelCatalog> CpuModels { get; init; } = () => CpuModelCatalog.FromNode();

    /// <summary>Runs QEMU for <c>start</c>.</summary>
    public required IQemuRunner Runner { get; init; }

    /// <summary>The machine this process runs on.</summary>
    public static LauncherEnvironment Live { get; } = new()
    {
        Probe = SevHostProbe.Probe,
        Runner = ProcessQemuRunner.Instance,
    };
}
