using System.ComponentModel;

namespace SchemaGen.Proxmox;

/// <summary>
/// A drive on an IDE, SATA, SCSI or VirtIO bus: the keys the four formats share (qemu-server's <c>%drivedesc_base</c>, the
/// I/O limits and the rest of what <c>ide</c>, <c>sata</c>, <c>scsi</c> and <c>virtio</c> have alike), declared once.
/// <see cref="IdeDrive"/>, <see cref="SataDrive"/>, <see cref="ScsiDrive"/> and <see cref="VirtioDrive"/> implement it; SchemaGen
/// generates each key's property in each of them.
/// </summary>
public interface IDiskDrive
{
    /// <summary>The drive's backing volume.</summary>
    string File { get; }

    /// <summary>AIO type to use.</summary>
    [Key("aio", Optional = true)]
    [Description("AIO type to use.")]
    DriveAio? Aio { get; init; }

    /// <summary>Whether the drive should be included when making backups.</summary>
    [Key("backup", Optional = true)]
    [Description("Whether the drive should be included when making backups.")]
    bool? Backup { get; init; }

    /// <summary>Maximum r/w speed in bytes per second.</summary>
    [Key("bps", Optional = true, FormatDescription = "bps")]
    [Description("Maximum r/w speed in bytes per second.")]
    long? Bps { get; init; }

    /// <summary>Maximum length of I/O bursts in seconds.</summary>
    [Key("bps_max_length", Optional = true, Minimum = 1L, FormatDescription = "seconds")]
    [Description("Maximum length of I/O bursts in seconds.")]
    long? BpsMaxLength { get; init; }

    /// <summary>Maximum read speed in bytes per second.</summary>
    [Key("bps_rd", Optional = true, FormatDescription = "bps")]
    [Description("Maximum read speed in bytes per second.")]
    long? BpsRd { get; init; }

    /// <summary>Maximum length of read I/O bursts in seconds.</summary>
    [Key("bps_rd_max_length", Alias = "bps_rd_length", Optional = true, Minimum = 1L, FormatDescription = "seconds")]
    [Description("Maximum length of read I/O bursts in seconds.")]
    long? BpsRdMaxLength { get; init; }

    /// <summary>Maximum write speed in bytes per second.</summary>
    [Key("bps_wr", Optional = true, FormatDescription = "bps")]
    [Description("Maximum write speed in bytes per second.")]
    long? BpsWr { get; init; }

    /// <summary>Maximum length of write I/O bursts in seconds.</summary>
    [Key("bps_wr_max_length", Alias = "bps_wr_length", Optional = true, Minimum = 1L, FormatDescription = "seconds")]
    [Description("Maximum length of write I/O bursts in seconds.")]
    long? BpsWrMaxLength { get; init; }

    /// <summary>The drive's cache mode.</summary>
    [Key("cache", Optional = true)]
    [Description("The drive's cache mode")]
    DriveCache? Cache { get; init; }

    /// <summary>Controls whether to detect and try to optimize writes of zeroes.</summary>
    [Key("detect_zeroes", Optional = true)]
    [Description("Controls whether to detect and try to optimize writes of zeroes.")]
    bool? DetectZeroes { get; init; }

    /// <summary>Controls whether to pass discard/trim requests to the underlying storage.</summary>
    [Key("discard", Optional = true)]
    [Description("Controls whether to pass discard/trim requests to the underlying storage.")]
    DriveDiscard? Discard { get; init; }

    /// <summary>The drive's backing file's data format.</summary>
    [Key("format", Optional = true)]
    [Description("The drive's backing file's data format.")]
    DriveFormat? Format { get; init; }

    /// <summary>Maximum r/w I/O in operations per second.</summary>
    [Key("iops", Optional = true, FormatDescription = "iops")]
    [Description("Maximum r/w I/O in operations per second.")]
    long? Iops { get; init; }

    /// <summary>Maximum unthrottled r/w I/O pool in operations per second.</summary>
    [Key("iops_max", Optional = true, FormatDescription = "iops")]
    [Description("Maximum unthrottled r/w I/O pool in operations per second.")]
    long? IopsMax { get; init; }

    /// <summary>Maximum length of I/O bursts in seconds.</summary>
    [Key("iops_max_length", Optional = true, Minimum = 1L, FormatDescription = "seconds")]
    [Description("Maximum length of I/O bursts in seconds.")]
    long? IopsMaxLength { get; init; }

    /// <summary>Maximum read I/O in operations per second.</summary>
    [Key("iops_rd", Optional = true, FormatDescription = "iops")]
    [Description("Maximum read I/O in operations per second.")]
    long? IopsRd { get; init; }

    /// <summary>Maximum unthrottled read I/O pool in operations per second.</summary>
    [Key("iops_rd_max", Optional = true, FormatDescription = "iops")]
    [Description("Maximum unthrottled read I/O pool in operations per second.")]
    long? IopsRdMax { get; init; }

    /// <summary>Maximum length of read I/O bursts in seconds.</summary>
    [Key("iops_rd_max_length", Alias = "iops_rd_length", Optional = true, Minimum = 1L, FormatDescription = "seconds")]
    [Description("Maximum length of read I/O bursts in seconds.")]
    long? IopsRdMaxLength { get; init; }

    /// <summary>Maximum write I/O in operations per second.</summary>
    [Key("iops_wr", Optional = true, FormatDescription = "iops")]
    [Description("Maximum write I/O in operations per second.")]
    long? IopsWr { get; init; }

    /// <summary>Maximum unthrottled write I/O pool in operations per second.</summary>
    [Key("iops_wr_max", Optional = true, FormatDescription = "iops")]
    [Description("Maximum unthrottled write I/O pool in operations per second.")]
    long? IopsWrMax { get; init; }

    /// <summary>Maximum length of write I/O bursts in seconds.</summary>
    [Key("iops_wr_max_length", Alias = "iops_wr_length", Optional = true, Minimum = 1L, FormatDescription = "seconds")]
    [Description("Maximum length of write I/O bursts in seconds.")]
    long? IopsWrMaxLength { get; init; }

    /// <summary>Maximum r/w speed in megabytes per second.</summary>
    [Key("mbps", Optional = true, FormatDescription = "mbps")]
    [Description("Maximum r/w speed in megabytes per second.")]
    double? Mbps { get; init; }

    /// <summary>Maximum unthrottled r/w pool in megabytes per second.</summary>
    [Key("mbps_max", Optional = true, FormatDescription = "mbps")]
    [Description("Maximum unthrottled r/w pool in megabytes per second.")]
    double? MbpsMax { get; init; }

    /// <summary>Maximum read speed in megabytes per second.</summary>
    [Key("mbps_rd", Optional = true, FormatDescription = "mbps")]
    [Description("Maximum read speed in megabytes per second.")]
    double? MbpsRd { get; init; }

    /// <summary>Maximum unthrottled read pool in megabytes per second.</summary>
    [Key("mbps_rd_max", Optional = true, FormatDescription = "mbps")]
    [Description("Maximum unthrottled read pool in megabytes per second.")]
    double? MbpsRdMax { get; init; }

    /// <summary>Maximum write speed in megabytes per second.</summary>
    [Key("mbps_wr", Optional = true, FormatDescription = "mbps")]
    [Description("Maximum write speed in megabytes per second.")]
    double? MbpsWr { get; init; }

    /// <summary>Maximum unthrottled write pool in megabytes per second.</summary>
    [Key("mbps_wr_max", Optional = true, FormatDescription = "mbps")]
    [Description("Maximum unthrottled write pool in megabytes per second.")]
    double? MbpsWrMax { get; init; }

    /// <summary>The drive's media type.</summary>
    [Key("media", Default = DriveMedia.Disk)]
    [Description("The drive's media type.")]
    DriveMedia Media { get; init; }

    /// <summary>Whether the drive should considered for replication jobs.</summary>
    [Key("replicate", Default = true)]
    [Description("Whether the drive should considered for replication jobs.")]
    bool Replicate { get; init; }

    /// <summary>Read error action.</summary>
    [Key("rerror", Optional = true)]
    [Description("Read error action.")]
    DriveReadError? Rerror { get; init; }

    /// <summary>The drive's reported serial number, url-encoded, up to 20 bytes long.</summary>
    [Key("serial", Optional = true, MaxLength = 60, FormatDescription = "serial", Format = "urlencoded")]
    [Description("The drive's reported serial number, url-encoded, up to 20 bytes long.")]
    string? Serial { get; init; }

    /// <summary>Mark this locally-managed volume as available on all nodes.</summary>
    [Key(
        "shared",
        Default = false,
        VerboseDescription = "Mark this locally-managed volume as available on all nodes.\n\nWARNING: This option does not share the " +
            "volume automatically, it assumes it is shared already!")]
    [Description("Mark this locally-managed volume as available on all nodes")]
    bool Shared { get; init; }

    /// <summary>Disk size.</summary>
    [Key("size", Optional = true, FormatDescription = "DiskSize", Format = "disk-size")]
    [Description("Disk size. This is purely informational and has no effect.")]
    long? Size { get; init; }

    /// <summary>Controls qemu's snapshot mode feature.</summary>
    [Key("snapshot", Optional = true)]
    [Description("Controls qemu's snapshot mode feature. If activated, changes made to the disk are temporary and will be discarded " +
        "when the VM is shutdown.")]
    bool? Snapshot { get; init; }

    /// <summary>Write error action.</summary>
    [Key("werror", Optional = true)]
    [Description("Write error action.")]
    DriveWriteError? Werror { get; init; }
}
