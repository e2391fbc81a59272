using System.ComponentModel;

namespace SchemaGen.Proxmox;

/// <summary>
/// A <c>scsi0</c>..<c>scsi30</c> option: a SCSI drive, for example <c>local-lvm:vm-100-disk-0,iothread=1,size=32G</c>.
/// </summary>
[PropertyString("pve-qm-scsi", Option = "scsi0")]
public readonly partial record struct ScsiDrive : IDiskDrive
{
    /// <summary>The drive's backing volume.</summary>
    [Key("file", DefaultKey = true, Alias = "volume", FormatDescription = "volume", Format = "pve-volume-id-or-qm-path")]
    [Description("The drive's backing volume.")]
    public required partial string File { get; init; }

    /// <summary>Whether to use iothreads for this drive.</summary>
    [Key("iothread", Optional = true)]
    [Description("Whether to use iothreads for this drive")]
    public partial bool? Iothread { get; init; }

    /// <summary>The drive's product name, up to 16 bytes long.</summary>
    [Key("product", Optional = true, Pattern = @"[A-Za-z0-9\-_\s]{0,16}", FormatDescription = "product")]
    [Description("The drive's product name, up to 16 bytes long.")]
    public partial string? Product { get; init; }

    /// <summary>Number of queues.</summary>
    [Key("queues", Optional = true, Minimum = 2L)]
    [Description("Number of queues.")]
    public partial long? Queues { get; init; }

    /// <summary>Whether the drive is read-only.</summary>
    [Key("ro", Optional = true)]
    [Description("Whether the drive is read-only.")]
    public partial bool? Ro { get; init; }

    /// <summary>whether to use scsi-block for full passthrough of host block device.</summary>
    [Key("scsiblock", Default = false)]
    [Description("whether to use scsi-block for full passthrough of host block device\n\nWARNING: can lead to I/O errors in " +
        "combination with low memory or high memory fragmentation on host")]
    public partial bool Scsiblock { get; init; }

    /// <summary>Whether to expose this drive as an SSD, rather than a rotational hard disk.</summary>
    [Key("ssd", Optional = true)]
    [Description("Whether to expose this drive as an SSD, rather than a rotational hard disk.")]
    public partial bool? Ssd { get; init; }

    /// <summary>The drive's vendor name, up to 8 bytes long.</summary>
    [Key("vendor", Optional = true, Pattern = @"[A-Za-z0-9\-_\s]{0,8}", FormatDescription = "vendor")]
    [Description("The drive's vendor name, up to 8 bytes long.")]
    public partial string? Vendor { get; init; }

    /// <summary>The drive's worldwide name, encoded as 16 bytes hex string, prefixed by '0x'.</summary>
    [Key("wwn", Optional = true, Pattern = @"(?:^(0x)[0-9a-fA-F]{16})", FormatDescription = "wwn")]
    [Description("The drive's worldwide name, encoded as 16 bytes hex string, prefixed by '0x'.")]
    public partial string? Wwn { get; init; }
}
