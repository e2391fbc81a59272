namespace SchemaGen.Proxmox;

/// <summary>The values of <see cref="VirtioDrive.Cache"/>.</summary>
public enum DriveCache
{
    /// <summary><c>none</c>.</summary>
    [EnumValue("none")]
    None,

    /// <summary><c>writethrough</c>.</summary>
    [EnumValue("writethrough")]
    Writethrough,

    /// <summary><c>writeback</c>.</summary>
    [EnumValue("writeback")]
    Writeback,

    /// <summary><c>unsafe</c>.</summary>
    [EnumValue("unsafe")]
    Unsafe,

    /// <summary><c>directsync</c>.</summary>
    [EnumValue("directsync")]
    Directsync,
}
