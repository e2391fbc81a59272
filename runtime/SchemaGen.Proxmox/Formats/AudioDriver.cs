namespace SchemaGen.Proxmox;

/// <summary>The values of <see cref="AudioOptions.Driver"/>.</summary>
public enum AudioDriver
{
    /// <summary><c>spice</c>.</summary>
    [EnumValue("spice")]
    Spice,

    /// <summary><c>none</c>.</summary>
    [EnumValue("none")]
    None,
}
