using System.ComponentModel;
using SchemaGen;

namespace SchemaGen.Sev;

/// <summary>
/// The <c>efidisk0</c> option of a Proxmox VE virtual machine: the volume that holds its OVMF
/// variables and which variable-store template it was made from. For example
/// <c>local:100/vm-100-disk-0.raw,efitype=4m,pre-enrolled-keys=1,size=528K</c>.
/// </summary>
[PropertyString("pve-qm-efidisk", Option = "efidisk0")]
public readonly partial record struct EfiDiskOptions
{
    /// <summary>The volume: a storage volume id (<c>storage:volume</c>) or an absolute path.</summary>
    [Key("file", DefaultKey = true, Alias = "volume", FormatDescription = "volume")]
    [Description("The drive's backing volume.")]
    public required partial string File { get; init; }

    /// <summary>The volume's image format; when absent PVE takes it from the storage.</summary>
    [Key("format", Optional = true)]
    [Description("The drive's backing file's data format.")]
    public partial DiskImageFormat? Format { get; init; }

    /// <summary>The disk size as PVE recorded it (informational).</summary>
    [Key("size", Optional = true, Pattern = @"\d+(\.\d+)?[KMGT]?", FormatDescription = "DiskSize")]
    [Description("Disk size. This is purely informational and has no effect.")]
    public partial string? Size { get; init; }

    /// <summary>Which variable-store size the disk was made with (2 MiB when absent).</summary>
    [Key("efitype", Default = EfiType.Size2M)]
    [Description("Size and type of the OVMF EFI vars. '4m' is newer and recommended, and required for Secure Boot. For backwards " +
        "compatibility, '2m' is used if not otherwise specified. Ignored for VMs with arch=aarch64 (ARM).")]
    public partial EfiType EfiType { get; init; }

    /// <summary>Whether the disk was made from the template with distribution and Microsoft keys enrolled.</summary>
    [Key("pre-enrolled-keys", Default = false)]
    [Description("Use am EFI vars template with distribution-specific and Microsoft Standard keys enrolled, if used with 'efitype=4m'. " +
        "Note that this will enable Secure Boot by default, though it can still be turned off from within the VM.")]
    public partial bool PreEnrolledKeys { get; init; }

    /// <summary>Which Microsoft UEFI CA certificate is enrolled (qemu-server 9 records <c>2023</c> once the 2023 CA is in).</summary>
    [Key("ms-cert", Optional = true)]
    [Description("Informational marker indicating the version of the latest Microsoft UEFI certificate that has been enrolled by Proxmox " +
        "VE.")]
    public partial string? MsCert { get; init; }

    /// <summary>Where a new disk's content is imported from (only when it is created).</summary>
    [Key("import-from", Optional = true)]
    [Description("Create a new disk, importing from this source (volume ID or absolute path).")]
    public partial string? ImportFrom { get; init; }
}
