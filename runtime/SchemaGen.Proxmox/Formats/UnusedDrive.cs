using System.ComponentModel;

namespace SchemaGen.Proxmox;

/// <summary>
/// An <c>unused0</c>..<c>unused255</c> option: a volume the VM owns but does not use, for example <c>local-lvm:vm-100-disk-1</c>.
/// </summary>
[PropertyString("pve-qm-unused", Option = "unused0")]
public readonly partial record struct UnusedDrive
{
    /// <summary>The drive's backing volume.</summary>
    [Key("file", DefaultKey = true, Alias = "volume", FormatDescription = "volume", Format = "pve-volume-id")]
    [Description("The drive's backing volume.")]
    public required partial string File { get; init; }
}
