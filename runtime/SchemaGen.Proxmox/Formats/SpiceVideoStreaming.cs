namespace SchemaGen.Proxmox;

/// <summary>The values of <see cref="SpiceEnhancements.Videostreaming"/>.</summary>
public enum SpiceVideoStreaming
{
    /// <summary><c>off</c>.</summary>
    [EnumValue("off")]
    Off,

    /// <summary><c>all</c>.</summary>
    [EnumValue("all")]
    All,

    /// <summary><c>filter</c>.</summary>
    [EnumValue("filter")]
    Filter,
}
