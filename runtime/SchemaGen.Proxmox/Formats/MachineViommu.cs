namespace SchemaGen.Proxmox;

/// <summary>The values of <see cref="MachineOptions.Viommu"/>.</summary>
public enum MachineViommu
{
    /// <summary><c>intel</c>.</summary>
    [EnumValue("intel")]
    Intel,

    /// <summary><c>virtio</c>.</summary>
    [EnumValue("virtio")]
    Virtio,
}
