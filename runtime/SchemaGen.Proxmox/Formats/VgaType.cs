namespace SchemaGen.Proxmox;

/// <summary>The values of <see cref="VgaOptions.Type"/>.</summary>
public enum VgaType
{
    /// <summary><c>cirrus</c>.</summary>
    [EnumValue("cirrus")]
    Cirrus,

    /// <summary><c>qxl</c>.</summary>
    [EnumValue("qxl")]
    Qxl,

    /// <summary><c>qxl2</c>.</summary>
    [EnumValue("qxl2")]
    Qxl2,

    /// <summary><c>qxl3</c>.</summary>
    [EnumValue("qxl3")]
    Qxl3,

    /// <summary><c>qxl4</c>.</summary>
    [EnumValue("qxl4")]
    Qxl4,

    /// <summary><c>none</c>.</summary>
    [EnumValue("none")]
    None,

    /// <summary><c>serial0</c>.</summary>
    [EnumValue("serial0")]
    Serial0,

    /// <summary><c>serial1</c>.</summary>
    [EnumValue("serial1")]
    Serial1,

    /// <summary><c>serial2</c>.</summary>
    [EnumValue("serial2")]
    Serial2,

    /// <summary><c>serial3</c>.</summary>
    [EnumValue("serial3")]
    Serial3,

    /// <summary><c>std</c>.</summary>
    [EnumValue("std")]
    Std,

    /// <summary><c>virtio</c>.</summary>
    [EnumValue("virtio")]
    Virtio,

    /// <summary><c>virtio-gl</c>.</summary>
    [EnumValue("virtio-gl")]
    VirtioGl,

    /// <summary><c>vmware</c>.</summary>
    [EnumValue("vmware")]
    Vmware,
}
