using System.ComponentModel;
using SchemaGen.Sev;

namespace SchemaGen.Proxmox;

/// <summary>
/// The <c>efidisk0</c> option: the volume that holds the OVMF variables, for example
/// <c>local:100/vm-100-disk-0.raw,efitype=4m,pre-enrolled-keys=1,size=528K</c>.
/// </summary>
[PropertyString("pve-qm-efidisk", Option = "efidisk0")]
public readonly partial record struct EfiDiskDrive
{
    /// <summary>The drive's backing volume.</summary>
    [Key("file", DefaultKey = true, Alias = "volume", FormatDescription = "volume", Format = "pve-volume-id-or-qm-path")]
    [Description("The drive's backing volume.")]
    public required partial string File { get; init; }

    /// <summary>Size and type of the OVMF EFI vars (the planner's own <see cref="EfiType"/>, so the values are declared once).</summary>
    [Key("efitype", Default = EfiType.Size2M)]
    [Description("Size and type of the OVMF EFI vars. '4m' is newer and recommended, and required for Secure Boot. For backwards " +
        "compatibility, '2m' is used if not otherwise specified. Ignored for VMs with arch=aarch64 (ARM).")]
    public partial EfiType Efitype { get; init; }

    /// <summary>The drive's backing file's data format.</summary>
    [Key("format", Optional = true)]
    [Description("The drive's backing file's data format.")]
    public partial DriveFormat? Format { get; init; }

    /// <summary>
    /// Informational marker indicating the version of the latest Microsoft UEFI certificates that have been enrolled by Proxmox VE.
    /// </summary>
    [Key("ms-cert", Default = EfiMicrosoftCertificate.V2011)]
    [Description("Informational marker indicating the version of the latest Microsoft UEFI certificates that have been enrolled by " +
        "Proxmox VE. The value '2023k' means that the 'Microsoft UEFI CA 2023', the 'Windows UEFI CA 2023' and the " +
        "'Microsoft Corporation KEK 2K CA 2023' certificates are included. The values '2023' and '2023w' are deprecated and " +
        "for compatibility only.")]
    public partial EfiMicrosoftCertificate MsCert { get; init; }

    /// <summary>
    /// Use am EFI vars template with distribution-specific and Microsoft Standard keys enrolled, if used with 'efitype=4m'.
    /// </summary>
    [Key("pre-enrolled-keys", Default = false)]
    [Description("Use am EFI vars template with distribution-specific and Microsoft Standard keys enrolled, if used with " +
        "'efitype=4m'. Note that this will enable Secure Boot by default, though it can still be turned off from within the " +
        "VM.")]
    public partial bool PreEnrolledKeys { get; init; }

    /// <summary>Disk size.</summary>
    [Key("size", Optional = true, FormatDescription = "DiskSize", Format = "disk-size")]
    [Description("Disk size. This is purely informational and has no effect.")]
    public partial long? Size { get; init; }
}
