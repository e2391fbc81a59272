using System.ComponentModel;

namespace SchemaGen.Proxmox;

/// <summary>
/// A <c>sata0</c>..<c>sata5</c> option: a SATA drive, for example <c>local-lvm:vm-100-disk-0,size=32G</c>.
/// </summary>
[PropertyString("pve-qm-sata", Option = "sata0")]
public readonly partial record struct SataDrive : IDiskDrive
{
    /// <summary>The drive's backing volume.</summary>
    [Key("file", DefaultKey = true, Alias = "volume", FormatDescription = "volume", Format = "pve-volume-id-or-qm-path")]
    [Description("The drive's backing volume.")]
    public required partial string File { get; init; }

    /// <summary>Whether to expose this drive as an SSD, rather than a rotational hard disk.</summary>
    [Key("ssd", Optional = true)]
    [Description("Whether to expose this drive as an SSD, rather than a rotational hard disk.")]
    public partial bool? Ssd { get; init; }

    /// <summary>The drive's worldwide name, encoded as 16 bytes hex string, prefixed by '0x'.</summary>
    [Key("wwn", Optional = true, Pattern = @"(?:^(0x)[0-9a-fA-F]{16})", FormatDescription = "wwn")]
    [Description("The drive's worldwide name, encoded as 16 bytes hex string, prefixed by '0x'.")]
    public partial string? Wwn { get; init; }
}
