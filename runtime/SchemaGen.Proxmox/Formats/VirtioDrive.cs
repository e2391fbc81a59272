using System.ComponentModel;

namespace SchemaGen.Proxmox;

/// <summary>
/// A <c>virtio0</c>..<c>virtio15</c> option: a VirtIO block drive, for example <c>local-lvm:vm-100-disk-0,iothread=1,size=32G</c>.
/// </summary>
[PropertyString("pve-qm-virtio", Option = "virtio0")]
public readonly partial record struct VirtioDrive : IDiskDrive
{
    /// <summary>The drive's backing volume.</summary>
    [Key("file", DefaultKey = true, Alias = "volume", FormatDescription = "volume", Format = "pve-volume-id-or-qm-path")]
    [Description("The drive's backing volume.")]
    public required partial string File { get; init; }

    /// <summary>Whether to use iothreads for this drive.</summary>
    [Key("iothread", Optional = true)]
    [Description("Whether to use iothreads for this drive")]
    public partial bool? Iothread { get; init; }

    /// <summary>Whether the drive is read-only.</summary>
    [Key("ro", Optional = true)]
    [Description("Whether the drive is read-only.")]
    public partial bool? Ro { get; init; }
}
