using System.ComponentModel;

namespace SchemaGen.Proxmox;

/// <summary>
/// A <c>virtiofs0</c>..<c>virtiofs9</c> option: a host directory mapping shared with the guest, for example <c>share1,cache=always</c>.
/// </summary>
[PropertyString("pve-qm-virtiofs", Option = "virtiofs0")]
public readonly partial record struct VirtiofsShare
{
    /// <summary>Mapping identifier of the directory mapping to be shared with the guest.</summary>
    [Key("dirid", DefaultKey = true, FormatDescription = "mapping-id", Format = "pve-configid")]
    [Description("Mapping identifier of the directory mapping to be shared with the guest. Also used as a mount tag inside the VM.")]
    public required partial string Dirid { get; init; }

    /// <summary>The caching policy the file system should use (auto, always, metadata, never).</summary>
    [Key("cache", Default = VirtiofsCache.Auto)]
    [Description("The caching policy the file system should use (auto, always, metadata, never).")]
    public partial VirtiofsCache Cache { get; init; }

    /// <summary>Honor the O_DIRECT flag passed down by guest applications.</summary>
    [Key("direct-io", Default = false)]
    [Description("Honor the O_DIRECT flag passed down by guest applications.")]
    public partial bool DirectIo { get; init; }

    /// <summary>Enable support for POSIX ACLs (enabled ACL implies xattr) for this mount.</summary>
    [Key("expose-acl", Default = false)]
    [Description("Enable support for POSIX ACLs (enabled ACL implies xattr) for this mount.")]
    public partial bool ExposeAcl { get; init; }

    /// <summary>Enable support for extended attributes for this mount.</summary>
    [Key("expose-xattr", Default = false)]
    [Description("Enable support for extended attributes for this mount.")]
    public partial bool ExposeXattr { get; init; }
}
