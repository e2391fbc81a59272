namespace SchemaGen.Proxmox;

/// <summary>The values of <see cref="EfiDiskDrive.Format"/>.</summary>
public enum DriveFormat
{
    /// <summary><c>raw</c>.</summary>
    [EnumValue("raw")]
    Raw,

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
