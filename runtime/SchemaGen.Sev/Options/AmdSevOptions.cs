using System.ComponentModel;
using SchemaGen;

namespace SchemaGen.Sev;

/// <summary>
/// The <c>amd-sev</c> option of a Proxmox VE virtual machine, as qemu-server 9 defines it:
/// <c>[type=]&lt;sev-type&gt; [,allow-smt=&lt;1|0&gt;] [,kernel-hashes=&lt;1|0&gt;] [,no-debug=&lt;1|0&gt;]
/// [,no-key-sharing=&lt;1|0&gt;]</c>.
/// </summary>
/// <example><code>var options = AmdSevOptions.Parse("snp,allow-smt=0,kernel-hashes=1");</code></example>
[PropertyString("pve-qemu-sev-fmt", Option = "amd-sev")]
public readonly partial record struct AmdSevOptions
{
    /// <summary>Which SEV the guest uses.</summary>
    [Key("type", DefaultKey = true, FormatDescription = "sev-type", MaxLength = 3)]
    [Description("Enable standard SEV with type='std' or enable experimental SEV-ES with the 'es' option or enable experimental SEV-SNP " +
        "with the 'snp' option.")]
    public required partial SevType Type { get; init; }

    /// <summary>Whether the guest may run on sibling hyperthreads (SNP only; SEV ignores it).</summary>
    [Key("allow-smt", Default = true)]
    [Description("Sets policy bit to allow Simultaneous Multi Threading (SMT) (Ignored unless for SEV-SNP)")]
    public partial bool AllowSmt { get; init; }

    /// <summary>Whether the host is refused debug access to the guest.</summary>
    [Key("no-debug", Default = false)]
    [Description("Sets policy bit to disallow debugging of guest")]
    public partial bool NoDebug { get; init; }

    /// <summary>Whether the guest refuses to share its key with other guests (SEV and SEV-ES; SNP ignores it).</summary>
    [Key("no-key-sharing", Default = false)]
    [Description("Sets policy bit to disallow key sharing with other guests (Ignored for SEV-SNP)")]
    public partial bool NoKeySharing { get; init; }

    /// <summary>Whether the kernel, initrd and command line hashes are added to the firmware for a measured direct boot.</summary>
    [Key("kernel-hashes", Default = false)]
    [Description("Add kernel hashes to guest firmware for measured linux kernel launch")]
    public partial bool KernelHashes { get; init; }
}
