using SchemaGen.Sev;

namespace SchemaGen.Tdx;

/// <summary>Everything <see cref="TdxHostProbe"/> found out about the host, and what it makes of it.</summary>
public sealed record TdxHostProbeResult
{
    /// <summary>What CPUID says (the vendor decides whether the MSRs are read at all).</summary>
    public required SevCpuInfo Cpu { get; init; }

    /// <summary>Whether the CPU vendor is <see cref="TdxHostProbe.IntelVendor"/>.</summary>
    public bool IsIntel => Cpu.Vendor == TdxHostProbe.IntelVendor;

    /// <summary>The three MSRs, when every read succeeded: TME activate (0x982), PVE's SGX register (0xA0) and the SEAM range mask
    /// (0x1401).</summary>
    public TdxMsrValues? Msrs { get; init; }

    /// <summary>Why the MSRs could not be read (the first failed read), or null when they were read or the host is not Intel.</summary>
    public string? MsrError { get; init; }

    /// <summary>Whether the CPU is set up for TDX by PVE's rule; null when the MSRs could not be read or the host is not Intel.</summary>
    public bool? CpuSupportsTdx => Msrs?.TdxSupport;

    /// <summary>KVM's side: <c>kvm_intel</c>'s <c>tdx</c> parameter.</summary>
    public required KvmParameter Kvm { get; init; }

    /// <summary>
    /// The <c>intel-tdx</c> part of the capability file, or null where Proxmox's helper leaves it out (a host
    /// that is not Intel, or an Intel host whose MSRs could not be read). <c>tdx-support</c> is true only when
    /// the CPU has TDX and KVM enabled it, as the SEV probe counts a type only when KVM enabled it.
    /// </summary>
    public TdxHostCapabilities? Capabilities { get; init; }

    /// <summary>Every reason TDX is not available, one sentence each; empty when TDX guests can run.</summary>
    public required IReadOnlyList<string> Missing { get; init; }
}
