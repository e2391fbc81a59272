namespace SchemaGen.Proxmox;

/// <summary>The values of <see cref="EfiDiskDrive.MsCert"/>.</summary>
public enum EfiMicrosoftCertificate
{
    /// <summary><c>2011</c>.</summary>
    [EnumValue("2011")]
    V2011,

    /// <summary><c>2023</c>.</summary>
    [EnumValue("2023")]
    V2023,

    /// <summary><c>2023w</c>.</summary>
    [EnumValue("2023w")]
    V2023w,

    /// <summary><c>2023k</c>.</summary>
    [EnumValue("2023k")]
    V2023k,
}
