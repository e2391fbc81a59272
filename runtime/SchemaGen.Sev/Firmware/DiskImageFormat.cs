using SchemaGen;

namespace SchemaGen.Sev;

/// <summary>A disk image format, as PVE's <c>pve-qm-image-format</c> lists them (QEMU's block driver names).</summary>
public enum DiskImageFormat
{
    /// <summary><c>raw</c>.</summary>
    [EnumValue("raw")]
    Raw,

    /// <summary><c>cow</c>.</summary>
    [EnumValue("cow")]
    Cow,

    /// <summary><c>qcow</c>.</summary>
    [EnumValue("qcow")]
    Qcow,

    /// <summary><c>qed</c>.</summary>
    [EnumValue("qed")]
    Qed,

    /// <summary><c>qcow2</c>.</summary>
    [EnumValue("qcow2")]
    Qcow2,

    /// <summary><c>vmdk</c>.</summary>
    [EnumValue("vmdk")]
    Vmdk,

    /// <summary><c>cloop</c>.</summary>
    [EnumValue("cloop")]
    Cloop,
}
