namespace SchemaGen.Sev;

/// <summary>Everything <see cref="SevHostProbe"/> found out about the host, and what it makes of it.</summary>
public sealed record SevHostProbeResult
{
    /// <summary>What CPUID says.</summary>
    public required SevCpuInfo Cpu { get; init; }

    /// <summary>What KVM enabled.</summary>
    public required KvmSevSettings Kvm { get; init; }

    /// <summary>One row per SEV type (SEV, SEV-ES, SEV-SNP, in that order).</summary>
    public required IReadOnlyList<SevLevelSupport> Levels { get; init; }

    /// <summary>
    /// Why this host cannot have AMD SEV at all (not x86, or not AMD); null on an AMD host, even one
    /// whose CPU or kernel lacks SEV (see <see cref="Missing"/> for that).
    /// </summary>
    public string? NotSupportedReason { get; init; }

    /// <summary>
    /// The node capabilities qemu-server reads, or null on a host that is not AMD (whose capability file
    /// is <c>{ }</c>). Each <c>sev-support*</c> key is true only when the CPU has the feature and KVM
    /// enabled it; <c>cbitpos</c> and <c>reduced-phys-bits</c> come from CPUID, 0 when the leaf is missing.
    /// </summary>
    public SevHostCapabilities? Capabilities { get; init; }

    /// <summary>Every reason something is not available, one sentence each, ready to print; empty when all of SEV, SEV-ES and SEV-SNP
    /// work.</summary>
    public required IReadOnlyList<string> Missing { get; init; }

    /// <summary>The capability file this host gets: what <c>sev-launch probe --write</c> writes.</summary>
    public string ToJson() => SevCapabilityFile.Format(Capabilities);
}
