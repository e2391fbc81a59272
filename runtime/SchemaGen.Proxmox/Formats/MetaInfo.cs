using System.ComponentModel;

namespace SchemaGen.Proxmox;

/// <summary>
/// The <c>meta</c> option: what PVE records about the VM when it is created, for example <c>creation-qemu=9.2.0,ctime=1736432220</c>.
/// </summary>
[PropertyString("pve-qm-meta", Option = "meta")]
public readonly partial record struct MetaInfo
{
    /// <summary>The QEMU (machine) version from the time this VM was created.</summary>
    [Key("creation-qemu", Optional = true, Pattern = @"\d+(\.\d+)+")]
    [Description("The QEMU (machine) version from the time this VM was created.")]
    public partial string? CreationQemu { get; init; }

    /// <summary>The guest creation timestamp as UNIX epoch time.</summary>
    [Key("ctime", Optional = true, Minimum = 0L)]
    [Description("The guest creation timestamp as UNIX epoch time")]
    public partial long? Ctime { get; init; }
}
