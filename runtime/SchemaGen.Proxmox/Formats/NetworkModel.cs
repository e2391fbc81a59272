namespace SchemaGen.Proxmox;

/// <summary>The values of <see cref="NetworkDevice.Model"/>.</summary>
public enum NetworkModel
{
    /// <summary><c>e1000</c>.</summary>
    [EnumValue("e1000")]
    E1000,

    /// <summary><c>e1000-82540em</c>.</summary>
    [EnumValue("e1000-82540em")]
    E100082540em,

    /// <summary><c>e1000-82544gc</c>.</summary>
    [EnumValue("e1000-82544gc")]
    E100082544gc,

    /// <summary><c>e1000-82545em</c>.</summary>
    [EnumValue("e1000-82545em")]
    E100082545em,

    /// <summary><c>e1000e</c>.</summary>
    [EnumValue("e1000e")]
    E1000e,

    /// <summary><c>i82551</c>.</summary>
    [EnumValue("i82551")]
    I82551,

    /// <summary><c>i82557b</c>.</summary>
    [EnumValue("i82557b")]
    I82557b,

    /// <summary><c>i82559er</c>.</summary>
    [EnumValue("i82559er")]
    I82559er,

    /// <summary><c>ne2k_isa</c>.</summary>
    [EnumValue("ne2k_isa")]
    Ne2kIsa,

    /// <summary><c>ne2k_pci</c>.</summary>
    [EnumValue("ne2k_pci")]
    Ne2kPci,

    /// <summary><c>pcnet</c>.</summary>
    [EnumValue("pcnet")]
    Pcnet,

    /// <summary><c>rtl8139</c>.</summary>
    [EnumValue("rtl8139")]
    Rtl8139,

    /// <summary><c>virtio</c>.</summary>
    [EnumValue("virtio")]
    Virtio,

    /// <summary><c>vmxnet3</c>.</summary>
    [EnumValue("vmxnet3")]
    Vmxnet3,
}
