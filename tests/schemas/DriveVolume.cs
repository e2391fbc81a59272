using SchemaGen;

namespace SchemaGen.TestSchemas;

/// <summary>
/// A small drive-like format: a volume in PVE's <c>pve-volume-id-or-qm-path</c> format under an alias,
/// a <c>disk-size</c> held as bytes, a typetext, an urlencoded serial and a required key that is
/// not the default key.
/// </summary>
[PropertyString("test-drive", Option = "virtio0")]
public sealed partial class DriveVolume
{
    /// <summary>The volume or path.</summary>
    [Key("file", DefaultKey = true, Alias = "volume", Format = "pve-volume-id-or-qm-path", FormatDescription = "volume")]
    public required partial string File { get; set; }

    /// <summary>The size in bytes, written as PVE writes disk sizes (<c>32G</c>).</summary>
    [Key("size", Format = "disk-size", FormatDescription = "DiskSize")]
    public partial long? Size { get; set; }

    /// <summary>The media.</summary>
    [Key("media", Default = DriveMedia.Disk)]
    public partial DriveMedia Media { get; set; }

    /// <summary>The serial number, URL-encoded.</summary>
    [Key("serial", Format = "urlencoded", TypeText = "<serial>", MaxLength = 60)]
    public partial string? Serial { get; set; }

    /// <summary>How many I/O operations per second, at most.</summary>
    [Key("iops", TypeText = "<iops>", Minimum = 0L)]
    public partial long? Iops { get; set; }
}

/// <summary>The kind of drive.</summary>
public enum DriveMedia
{
    /// <summary>A CD-ROM.</summary>
    [EnumValue("cdrom")] Cdrom,

    /// <summary>A disk.</summary>
    [EnumValue("disk")] Disk,
}
