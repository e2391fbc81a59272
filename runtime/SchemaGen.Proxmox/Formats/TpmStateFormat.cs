namespace SchemaGen.Proxmox;

/// <summary>The values of <see cref="TpmStateDrive.Format"/>.</summary>
public enum TpmStateFormat
{
    /// <summary><c>raw</c>.</summary>
    [EnumValue("raw")]
    Raw,

    /// <summary><c>qcow2</c>.</summary>
    [EnumValue("qcow2")]
    Qcow2,

    /// <summary><c>vmdk</c>.</summary>
    [EnumValue("vmdk")]
    Vmdk,
}
