namespace SchemaGen.Proxmox;

/// <summary>The values of <see cref="VirtioDrive.Media"/>.</summary>
public enum DriveMedia
{
    /// <summary><c>cdrom</c>.</summary>
    [EnumValue("cdrom")]
    Cdrom,

    /// <summary><c>disk</c>.</summary>
    [EnumValue("disk")]
    Disk,
}
