using SchemaGen.Tdx;

namespace SchemaGen.Sev;

/// <summary>
/// Everything that decides the confidential part of a VM's QEMU command line: its <c>amd-sev</c> or
/// <c>intel-tdx</c>, <c>bios</c>, <c>arch</c>, machine and <c>efidisk0</c> options, the host, the QEMU
/// machine version, and where firmware lives.
/// </summary>
public sealed record ConfidentialVmRequest
{
    /// <summary>The VM's <c>amd-sev</c> option; <see langword="null"/> for a TDX VM.</summary>
    public AmdSevOptions? AmdSev { get; init; }

    /// <summary>The VM's <c>intel-tdx</c> option; <see langword="null"/> for an SEV VM. A VM with both is refused
    /// (docs/decisions/0012).</summary>
    public IntelTdxOptions? IntelTdx { get; init; }

    /// <summary>What the host can do for SEV (from the capability file or a CPUID probe).</summary>
    public SevHostCapabilities Host { get; init; }

    /// <summary>What the host can do for TDX (the capability file's <c>intel-tdx</c> part, or an MSR probe).</summary>
    public TdxHostCapabilities TdxHost { get; init; }

    /// <summary>
    /// The QEMU machine version the VM runs with: from 10.0 on qemu-server attaches SEV and SEV-ES firmware
    /// with <c>-blockdev</c> (<see cref="OvmfBlockdev"/>), before with <c>-drive if=pflash</c>. When
    /// <see langword="null"/>, the <c>-drive</c> form.
    /// </summary>
    public Version? MachineVersion { get; init; }

    /// <summary>Whether the firmware goes on the command line as qemu-server's <c>-blockdev</c> nodes (machine version 10.0 or
    /// later).</summary>
    public bool UsesBlockdevFirmware => MachineVersion is { } version && version >= OvmfBlockdev.FirstMachineVersion;

    /// <summary>The VM's <c>bios</c> option; SEV needs <c>ovmf</c> (absent means SeaBIOS).</summary>
    public string? Bios { get; init; }

    /// <summary>The VM's architecture (x86_64 unless set).</summary>
    public GuestArchitecture Architecture { get; init; } = GuestArchitecture.X86_64;

    /// <summary>Whether the machine type is q35 (it decides SMM firmware for VMs that are not confidential; SEV always uses
    /// <c>4m-sev</c>).</summary>
    public bool Q35 { get; init; }

    /// <summary>What the planner needs of the VM's <c>efidisk0</c>, if it has one.</summary>
    public EfiDisk? EfiDisk { get; init; }

    /// <summary>
    /// Where <see cref="EfiDisk"/>'s volume is on this host, when its volume is a storage volume id
    /// (<c>local:100/vm-100-disk-0.raw</c>) rather than a path; a launcher resolves it (as <c>pvesm path</c> does).
    /// </summary>
    public string? EfiDiskPath { get; init; }

    /// <summary>The VM's id, used to name a temporary variable store as qemu-server does (<c>&lt;vmid&gt;-ovmf.fd</c>).</summary>
    public int? VmId { get; init; }

    /// <summary>Where to put a temporary copy of the variable-store template when the VM has no efidisk; a name under the temporary folder
    /// when not set.</summary>
    public string? TemporaryVarsPath { get; init; }

    /// <summary>The firmware folder to take images from.</summary>
    public OvmfCatalog Firmware { get; init; } = OvmfCatalog.Default;
}
