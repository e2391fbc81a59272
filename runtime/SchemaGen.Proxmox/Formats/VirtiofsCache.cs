namespace SchemaGen.Proxmox;

/// <summary>The values of <see cref="VirtiofsShare.Cache"/>.</summary>
public enum VirtiofsCache
{
    /// <summary><c>auto</c>.</summary>
    [EnumValue("auto")]
    Auto,

    /// <summary><c>always</c>.</summary>
    [EnumValue("always")]
    Always,

    /// <summary><c>metadata</c>.</summary>
    [EnumValue("metadata")]
    Metadata,

    /// <summary><c>never</c>.</summary>
    [EnumValue("never")]
    Never,
}
