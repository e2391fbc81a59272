namespace SchemaGen.Proxmox;

/// <summary>The values of <see cref="AgentOptions.Type"/>.</summary>
public enum AgentType
{
    /// <summary><c>virtio</c>.</summary>
    [EnumValue("virtio")]
    Virtio,

    /// <summary><c>isa</c>.</summary>
    [EnumValue("isa")]
    Isa,
}
