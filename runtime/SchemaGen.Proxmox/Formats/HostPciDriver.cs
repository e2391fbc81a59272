namespace SchemaGen.Proxmox;

/// <summary>The values of <see cref="HostPciDevice.Driver"/>.</summary>
public enum HostPciDriver
{
    /// <summary><c>vfio</c>.</summary>
    [EnumValue("vfio")]
    Vfio,

    /// <summary><c>keep</c>.</summary>
    [EnumValue("keep")]
    Keep,
}
