namespace SchemaGen.Proxmox;

/// <summary>The values of <see cref="VirtioDrive.Discard"/>.</summary>
public enum DriveDiscard
{
    /// <summary><c>ignore</c>.</summary>
    [EnumValue("ignore")]
    Ignore,

    /// <summary><c>on</c>.</summary>
    [EnumValue("on")]
    On,
}
