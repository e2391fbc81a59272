namespace SchemaGen.Proxmox;

/// <summary>The values of <see cref="NumaNodeOptions.Policy"/>.</summary>
public enum NumaPolicy
{
    /// <summary><c>preferred</c>.</summary>
    [EnumValue("preferred")]
    Preferred,

    /// <summary><c>bind</c>.</summary>
    [EnumValue("bind")]
    Bind,

    /// <summary><c>interleave</c>.</summary>
    [EnumValue("interleave")]
    Interleave,
}
