namespace SchemaGen.Proxmox;

/// <summary>The values of <see cref="EfiDiskDrive.Efitype"/>.</summary>
public enum EfiVarsType
{
    /// <summary><c>2m</c>.</summary>
    [EnumValue("2m")]
    V2m,

    /// <summary><c>4m</c>.</summary>
    [EnumValue("4m")]
    V4m,
}
