namespace SchemaGen.Sev;

/// <summary>
/// The firmware images Proxmox VE ships in <c>pve-edk2-firmware</c>, by architecture, as
/// qemu-server 9's table names them, and the rule that picks a row for a VM.
/// </summary>
public static class OvmfImageTable
{
    /// <summary>The size in bytes of every 4 MiB variable-store template (528 KiB), which qemu-server's expected commands show.</summary>
    public const long Vars4MSize = 540672;

    /// <summary>The size in bytes of the legacy 2 MiB variable-store template (128 KiB).</summary>
    public const long Vars2MSize = 131072;

    /// <summary>The x86_64 rows.</summary>
    public static IReadOnlyList<OvmfImageSet> X86_64 { get; } =
    [
        new("4m-no-smm", "OVMF_CODE_4M.fd", "OVMF_VARS_4M.fd", Vars4MSize),
        new("4m-no-smm-ms", "OVMF_CODE_4M.fd", "OVMF_VARS_4M.ms.fd", Vars4MSize),
        new("4m", "OVMF_CODE_4M.secboot.fd", "OVMF_VARS_4M.fd", Vars4MSize),
        new("4m-ms", "OVMF_CODE_4M.secboot.fd", "OVMF_VARS_4M.ms.fd", Vars4MSize),
        new("4m-sev", "OVMF_SEV_CODE_4M.fd", "OVMF_SEV_VARS_4M.fd", Vars4MSize),
        new("4m-snp", "OVMF_SEV_4M.fd", null),
        new("4m-tdx", "OVMF_TDX_4M.ms.fd", null),
        // The legacy 2 MiB images, for VMs whose efidisk predates efitype=4m.
        new("default", "OVMF_CODE.fd", "OVMF_VARS.fd", Vars2MSize),
    ];

    /// <summary>The aarch64 rows.</summary>
    /// <remarks>
    /// qemu-server 9 has only <c>default</c> here; <c>ms</c> (the Secure Boot code with the Microsoft
    /// keys template, as Debian's AAVMF ships them) is SchemaGen's addition, chosen for an efidisk
    /// with <c>pre-enrolled-keys=1</c>.
    /// </remarks>
    public static IReadOnlyList<OvmfImageSet> Aarch64 { get; } =
    [
        new("default", "AAVMF_CODE.fd", "AAVMF_VARS.fd"),
        new("ms", "AAVMF_CODE.secboot.fd", "AAVMF_VARS.ms.fd"),
    ];

    /// <summary>The rows for an architecture.</summary>
    /// <param name="architecture">The VM's architecture.</param>
    public static IReadOnlyList<OvmfImageSet> For(GuestArchitecture architecture) => architecture switch
    {
        GuestArchitecture.X86_64 => X86_64,
        GuestArchitecture.Aarch64 => Aarch64,
        _ => throw new ArgumentOutOfRangeException(nameof(architecture), architecture,
            $"no OVMF images known for architecture '{architecture}'"),
    };

    /// <summary>The row of that name for an architecture.</summary>
    /// <param name="architecture">The VM's architecture.</param>
    /// <param name="name">The row's name, for example <c>4m-sev</c>.</param>
    /// <exception cref="ArgumentException">The architecture has no row of that name.</exception>
    public static OvmfImageSet Get(GuestArchitecture architecture, string name) =>
        For(architecture).FirstOrDefault(row => row.Name == name)
        ?? throw new ArgumentException($"no OVMF image set '{name}' known for architecture '{architecture.ToPveName()}'", nameof(name));

    /// <summary>
    /// Picks the row qemu-server picks. On x86_64: a confidential VM takes <c>4m-snp</c> (SEV-SNP),
    /// <c>4m-sev</c> (SEV, SEV-ES) or <c>4m-tdx</c> (Intel TDX) whatever its efidisk says; otherwise an efidisk with
    /// <c>efitype=4m</c> takes <c>4m</c> with SMM (q35) or <c>4m-no-smm</c>, plus <c>-ms</c> with
    /// pre-enrolled keys; anything else the legacy <c>default</c>. On aarch64: <c>ms</c> with
    /// pre-enrolled keys, else <c>default</c>.
    /// </summary>
    /// <param name="selection">What the VM is.</param>
    public static OvmfImageSet Choose(OvmfSelection selection)
    {
        ArgumentNullException.ThrowIfNull(selection);
        if (selection.Architecture == GuestArchitecture.Aarch64)
        {
            return Get(GuestArchitecture.Aarch64, selection.PreEnrolledKeys ? "ms" : "default");
        }

        string name = selection.IntelTdx ? "4m-tdx" : selection.ConfidentialType switch
        {
            SevType.Snp => "4m-snp",
            SevType.Std or SevType.Es => "4m-sev",
            _ when selection.EfiType == EfiType.Size4M =>
                (selection.Smm ? "4m" : "4m-no-smm") + (selection.PreEnrolledKeys ? "-ms" : string.Empty),
            _ => "default",
        };
        return Get(GuestArchitecture.X86_64, name);
    }
}
