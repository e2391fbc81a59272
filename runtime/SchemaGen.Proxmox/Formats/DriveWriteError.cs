namespace SchemaGen.Proxmox;

/// <summary>The values of <see cref="VirtioDrive.Werror"/>.</summary>
public enum DriveWriteError
{
    /// <summary><c>enospc</c>.</summary>
    [EnumValue("enospc")]
    Enospc,

    /// <summary><c>ignore</c>.</summary>
    [EnumValue("ignore")]
    Ignore,

    /// <summary><c>report</c>.</summary>
    [EnumValue("report")]
    Report,

    /// <summary><c>stop</c>.</summary>
    [EnumValue("stop")]
    Stop,
}
