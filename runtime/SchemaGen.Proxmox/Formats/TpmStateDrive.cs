using System.ComponentModel;

namespace SchemaGen.Proxmox;

/// <summary>
/// The <c>tpmstate0</c> option: the volume that holds the TPM state, for example <c>local:108/vm-100-disk-1.raw,size=4M,version=v2.0</c>.
/// </summary>
[PropertyString("pve-qm-tpmstate", Option = "tpmstate0")]
public readonly partial record struct TpmStateDrive
{
    /// <summary>The drive's backing volume.</summary>
    [Key("file", DefaultKey = true, Alias = "volume", FormatDescription = "volume", Format = "pve-volume-id-or-qm-path")]
    [Description("The drive's backing volume.")]
    public required partial string File { get; init; }

    /// <summary>Format of the image.</summary>
    [Key("format", Optional = true)]
    [Description("Format of the image.")]
    public partial TpmStateFormat? Format { get; init; }

    /// <summary>Disk size.</summary>
    [Key("size", Optional = true, FormatDescription = "DiskSize", Format = "disk-size")]
    [Description("Disk size. This is purely informational and has no effect.")]
    public partial long? Size { get; init; }

    /// <summary>The TPM interface version.</summary>
    [Key("version", Default = TpmVersion.V12)]
    [Description("The TPM interface version. v2.0 is newer and should be preferred. Note that this cannot be changed later on.")]
    public partial TpmVersion Version { get; init; }
}
