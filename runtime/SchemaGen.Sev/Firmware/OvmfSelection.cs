namespace SchemaGen.Sev;

/// <summary>What decides a VM's firmware images: see <see cref="OvmfImageTable.Choose"/>.</summary>
public sealed record OvmfSelection
{
    /// <summary>The VM's architecture (x86_64 unless set).</summary>
    public GuestArchitecture Architecture { get; init; } = GuestArchitecture.X86_64;

    /// <summary>The efidisk's <c>efitype</c>; <see langword="null"/> when the VM has no efidisk.</summary>
    public EfiType? EfiType { get; init; }

    /// <summary>Whether the efidisk has <c>pre-enrolled-keys=1</c>.</summary>
    public bool PreEnrolledKeys { get; init; }

    /// <summary>Whether the machine has SMM, which qemu-server equates with a q35 machine type.</summary>
    public bool Smm { get; init; }

    /// <summary>The VM's SEV type, or <see langword="null"/> for a VM that does not use AMD SEV.</summary>
    public SevType? ConfidentialType { get; init; }

    /// <summary>Whether the VM uses Intel TDX (<c>intel-tdx</c>), which takes the consolidated <c>4m-tdx</c> image.</summary>
    public bool IntelTdx { get; init; }

    /// <summary>The selection for a VM with this efidisk (or none).</summary>
    /// <param name="efiDisk">The VM's <c>efidisk0</c>, if it has one.</param>
    /// <param name="architecture">The VM's architecture.</param>
    /// <param name="smm">Whether the machine is q35.</param>
    /// <param name="confidentialType">The VM's SEV type, if any.</param>
    public static OvmfSelection For(
        EfiDisk? efiDisk,
        GuestArchitecture architecture = GuestArchitecture.X86_64,
        bool smm = false,
        SevType? confidentialType = null)
        => new()
        {
            Architecture = architecture,
            EfiType = efiDisk?.EfiType,
            PreEnrolledKeys = efiDisk?.PreEnrolledKeys ?? false,
            Smm = smm,
            ConfidentialType = confidentialType,
        };
}
