using System.ComponentModel;

namespace SchemaGen.Proxmox;

/// <summary>
/// A <c>scsi0</c>..<c>scsi30</c> option: a SCSI drive, for example <c>local-lvm:vm-100-disk-0,iothread=1,size=32G</c>.
/// </summary>
[PropertyString("pve-qm-scsi", Option = "scsi0")]
public readonly partial record struct ScsiDrive
{
    /// <summary>The drive's backing volume.</summary>
    [Key("file", DefaultKey = true, Alias = "volume", FormatDescription = "volume", Format = "pve-volume-id-or-qm-path")]
    [Description("The drive's backing volume.")]
    public required partial string File { get; init; }

    /// <summary>AIO type to use.</summary>
    [Key("aio", Optional = true)]
    [Description("AIO type to use.")]
    public partial DriveAio? Aio { get; init; }

    /// <summary>Whether the drive should be included when making backups.</summary>
    [Key("backup", Optional = true)]
    [Description("Whether the drive should be included when making backups.")]
    public partial bool? Backup { get; init; }

    /// <summary>Maximum r/w speed in bytes per second.</summary>
    [Key("bps", Optional = true, FormatDescription = "bps")]
    [Description("Maximum r/w speed in bytes per second.")]
    public partial long? Bps { get; init; }

    /// <summary>Maximum length of I/O bursts in seconds.</summary>
    [Key("bps_max_length", Optional = true, Minimum = 1L, FormatDescription = "seconds")]
    [Description("Maximum length of I/O bursts in seconds.")]
    public partial long? BpsMaxLength { get; init; }

    /// <summary>Maximum read speed in bytes per second.</summary>
    [Key("bps_rd", Optional = true, FormatDescription = "bps")]
    [Description("Maximum read speed in bytes per second.")]
    public partial long? BpsRd { get; init; }

    /// <summary>Maximum length of read I/O bursts in seconds.</summary>
    [Key("bps_rd_max_length", Alias = "bps_rd_length", Optional = true, Minimum = 1L, FormatDescription = "seconds")]
    [Description("Maximum length of read I/O bursts in seconds.")]
    public partial long? BpsRdMaxLength { get; init; }

    /// <summary>Maximum write speed in bytes per second.</summary>
    [Key("bps_wr", Optional = true, FormatDescription = "bps")]
    [Description("Maximum write speed in bytes per second.")]
    public partial long? BpsWr { get; init; }

    /// <summary>Maximum length of write I/O bursts in seconds.</summary>
    [Key("bps_wr_max_length", Alias = "bps_wr_length", Optional = true, Minimum = 1L, FormatDescription = "seconds")]
    [Description("Maximum length of write I/O bursts in seconds.")]
    public partial long? BpsWrMaxLength { get; init; }

    /// <summary>The drive's cache mode.</summary>
    [Key("cache", Optional = true)]
    [Description("The drive's cache mode")]
    public partial DriveCache? Cache { get; init; }

    /// <summary>Controls whether to detect and try to optimize writes of zeroes.</summary>
    [Key("detect_zeroes", Optional = true)]
    [Description("Controls whether to detect and try to optimize writes of zeroes.")]
    public partial bool? DetectZeroes { get; init; }

    /// <summary>Controls whether to pass discard/trim requests to the underlying storage.</summary>
    [Key("discard", Optional = true)]
    [Description("Controls whether to pass discard/trim requests to the underlying storage.")]
    public partial DriveDiscard? Discard { get; init; }

    /// <summary>The drive's backing file's data format.</summary>
    [Key("format", Optional = true)]
    [Description("The drive's backing file's data format.")]
    public partial DriveFormat? Format { get; init; }

    /// <summary>Maximum r/w I/O in operations per second.</summary>
    [Key("iops", Optional = true, FormatDescription = "iops")]
    [Description("Maximum r/w I/O in operations per second.")]
    public partial long? Iops { get; init; }

    /// <summary>Maximum unthrottled r/w I/O pool in operations per second.</summary>
    [Key("iops_max", Optional = true, FormatDescription = "iops")]
    [Description("Maximum unthrottled r/w I/O pool in operations per second.")]
    public partial long? IopsMax { get; init; }

    /// <summary>Maximum length of I/O bursts in seconds.</summary>
    [Key("iops_max_length", Optional = true, Minimum = 1L, FormatDescription = "seconds")]
    [Description("Maximum length of I/O bursts in seconds.")]
    public partial long? IopsMaxLength { get; init; }

    /// <summary>Maximum read I/O in operations per second.</summary>
    [Key("iops_rd", Optional = true, FormatDescription = "iops")]
    [Description("Maximum read I/O in operations per second.")]
    public partial long? IopsRd { get; init; }

    /// <summary>Maximum unthrottled read I/O pool in operations per second.</summary>
    [Key("iops_rd_max", Optional = true, FormatDescription = "iops")]
    [Description("Maximum unthrottled read I/O pool in operations per second.")]
    public partial long? IopsRdMax { get; init; }

    /// <summary>Maximum length of read I/O bursts in seconds.</summary>
    [Key("iops_rd_max_length", Alias = "iops_rd_length", Optional = true, Minimum = 1L, FormatDescription = "seconds")]
    [Description("Maximum length of read I/O bursts in seconds.")]
    public partial long? IopsRdMaxLength { get; init; }

    /// <summary>Maximum write I/O in operations per second.</summary>
    [Key("iops_wr", Optional = true, FormatDescription = "iops")]
    [Description("Maximum write I/O in operations per second.")]
    public partial long? IopsWr { get; init; }

    /// <summary>Maximum unthrottled write I/O pool in operations per second.</summary>
    [Key("iops_wr_max", Optional = true, FormatDescription = "iops")]
    [Description("Maximum unthrottled write I/O pool in operations per second.")]
    public partial long? IopsWrMax { get; init; }

    /// <summary>Maximum length of write I/O bursts in seconds.</summary>
    [Key("iops_wr_max_length", Alias = "iops_wr_length", Optional = true, Minimum = 1L, FormatDescription = "seconds")]
    [Description("Maximum length of write I/O bursts in seconds.")]
    public partial long? IopsWrMaxLength { get; init; }

    /// <summary>Whether to use iothreads for this drive.</summary>
    [Key("iothread", Optional = true)]
    [Description("Whether to use iothreads for this drive")]
    public partial bool? Iothread { get; init; }

    /// <summary>Maximum r/w speed in megabytes per second.</summary>
    [Key("mbps", Optional = true, FormatDescription = "mbps")]
    [Description("Maximum r/w speed in megabytes per second.")]
    public partial double? Mbps { get; init; }

    /// <summary>Maximum unthrottled r/w pool in megabytes per second.</summary>
    [Key("mbps_max", Optional = true, FormatDescription = "mbps")]
    [Description("Maximum unthrottled r/w pool in megabytes per second.")]
    public partial double? MbpsMax { get; init; }

    /// <summary>Maximum read speed in megabytes per second.</summary>
    [Key("mbps_rd", Optional = true, FormatDescription = "mbps")]
    [Description("Maximum read speed in megabytes per second.")]
    public partial double? MbpsRd { get; init; }

    /// <summary>Maximum unthrottled read pool in megabytes per second.</summary>
    [Key("mbps_rd_max", Optional = true, FormatDescription = "mbps")]
    [Description("Maximum unthrottled read pool in megabytes per second.")]
    public partial double? MbpsRdMax { get; init; }

    /// <summary>Maximum write speed in megabytes per second.</summary>
    [Key("mbps_wr", Optional = true, FormatDescription = "mbps")]
    [Description("Maximum write speed in megabytes per second.")]
    public partial double? MbpsWr { get; init; }

    /// <summary>Maximum unthrottled write pool in megabytes per second.</summary>
    [Key("mbps_wr_max", Optional = true, FormatDescription = "mbps")]
    [Description("Maximum unthrottled write pool in megabytes per second.")]
    public partial double? MbpsWrMax { get; init; }

    /// <summary>The drive's media type.</summary>
    [Key("media", Default = DriveMedia.Disk)]
    [Description("The drive's media type.")]
    public partial DriveMedia Media { get; init; }

    /// <summary>The drive's product name, up to 16 bytes long.</summary>
    [Key("product", Optional = true, Pattern = @"[A-Za-z0-9\-_\s]{0,16}", FormatDescription = "product")]
    [Description("The drive's product name, up to 16 bytes long.")]
    public partial string? Product { get; init; }

    /// <summary>Number of queues.</summary>
    [Key("queues", Optional = true, Minimum = 2L)]
    [Description("Number of queues.")]
    public partial long? Queues { get; init; }

    /// <summary>Whether the drive should considered for replication jobs.</summary>
    [Key("replicate", Default = true)]
    [Description("Whether the drive should considered for replication jobs.")]
    public partial bool Replicate { get; init; }

    /// <summary>Read error action.</summary>
    [Key("rerror", Optional = true)]
    [Description("Read error action.")]
    public partial DriveReadError? Rerror { get; init; }

    /// <summary>Whether the drive is read-only.</summary>
    [Key("ro", Optional = true)]
    [Description("Whether the drive is read-only.")]
    public partial bool? Ro { get; init; }

    /// <summary>whether to use scsi-block for full passthrough of host block device.</summary>
    [Key("scsiblock", Default = false)]
    [Description("whether to use scsi-block for full passthrough of host block device\n\nWARNING: can lead to I/O errors in " +
        "combination with low memory or high memory fragmentation on host")]
    public partial bool Scsiblock { get; init; }

    /// <summary>The drive's reported serial number, url-encoded, up to 20 bytes long.</summary>
    [Key("serial", Optional = true, MaxLength = 60, FormatDescription = "serial", Format = "urlencoded")]
    [Description("The drive's reported serial number, url-encoded, up to 20 bytes long.")]
    public partial string? Serial { get; init; }

    /// <summary>Mark this locally-managed volume as available on all nodes.</summary>
    [Key(
        "shared",
        Default = false,
        VerboseDescription = "Mark this locally-managed volume as available on all nodes.\n\nWARNING: This option does not share the " +
            "volume automatically, it assumes it is shared already!")]
    [Description("Mark this locally-managed volume as available on all nodes")]
    public partial bool Shared { get; init; }

    /// <summary>Disk size.</summary>
    [Key("size", Optional = true, FormatDescription = "DiskSize", Format = "disk-size")]
    [Description("Disk size. This is purely informational and has no effect.")]
    public partial long? Size { get; init; }

    /// <summary>Controls qemu's snapshot mode feature.</summary>
    [Key("snapshot", Optional = true)]
    [Description("Controls qemu's snapshot mode feature. If activated, changes made to the disk are temporary and will be discarded " +
        "when the VM is shutdown.")]
    public partial bool? Snapshot { get; init; }

    /// <summary>Whether to expose this drive as an SSD, rather than a rotational hard disk.</summary>
    [Key("ssd", Optional = true)]
    [Description("Whether to expose this drive as an SSD, rather than a rotational hard disk.")]
    public partial bool? Ssd { get; init; }

    /// <summary>The drive's vendor name, up to 8 bytes long.</summary>
    [Key("vendor", Optional = true, Pattern = @"[A-Za-z0-9\-_\s]{0,8}", FormatDescription = "vendor")]
    [Description("The drive's vendor name, up to 8 bytes long.")]
    public partial string? Vendor { get; init; }

    /// <summary>Write error action.</summary>
    [Key("werror", Optional = true)]
    [Description("Write error action.")]
    public partial DriveWriteError? Werror { get; init; }

    /// <summary>The drive's worldwide name, encoded as 16 bytes hex string, prefixed by '0x'.</summary>
    [Key("wwn", Optional = true, Pattern = @"(?:^(0x)[0-9a-fA-F]{16})", FormatDescription = "wwn")]
    [Description("The drive's worldwide name, encoded as 16 bytes hex string, prefixed by '0x'.")]
    public partial string? Wwn { get; init; }
}
