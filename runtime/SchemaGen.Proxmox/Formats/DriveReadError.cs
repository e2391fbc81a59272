namespace SchemaGen.Proxmox;

/// <summary>The values of <see cref="VirtioDrive.Rerror"/>.</summary>
public enum DriveReadError
{
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
