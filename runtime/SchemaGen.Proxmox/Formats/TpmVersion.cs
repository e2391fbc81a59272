namespace SchemaGen.Proxmox;

/// <summary>The values of <see cref="TpmStateDrive.Version"/>.</summary>
public enum TpmVersion
{
    /// <summary><c>v1.2</c>.</summary>
    [EnumValue("v1.2")]
    V12,

    /// <summary><c>v2.0</c>.</summary>
    [EnumValue("v2.0")]
    V20,
}
