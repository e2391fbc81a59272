using System.ComponentModel;
using SchemaGen;

namespace SchemaGen.Sev;

/// <summary>
/// What a host can do for AMD SEV guests, as Proxmox VE records it for a node:
/// <c>[cbitpos=&lt;integer&gt;] [,reduced-phys-bits=&lt;integer&gt;] [,sev-support=&lt;1|0&gt;] [,sev-support-es=&lt;1|0&gt;]
/// [,sev-support-snp=&lt;1|0&gt;]</c>.
/// </summary>
[PropertyString("pve-qemu-sev-node-fmt")]
public readonly partial record struct SevHostCapabilities
{
    /// <summary>The bit of a page-table entry that marks the page encrypted (CPUID Fn8000_001F EBX[5:0]).</summary>
    [Key("cbitpos", Default = 47, Minimum = 0, Maximum = 100)]
    [Description("C-bit: marks if a memory page is protected. System dependent")]
    public partial int Cbitpos { get; init; }

    /// <summary>How many bits the physical address space shrinks by when encryption is on (CPUID Fn8000_001F EBX[11:6]).</summary>
    [Key("reduced-phys-bits", Default = 1, Minimum = 0, Maximum = 100)]
    [Description("Number of bits the physical address space is reduced by. System dependent")]
    public partial int ReducedPhysBits { get; init; }

    /// <summary>Whether the host runs SEV guests.</summary>
    [Key("sev-support", Default = false)]
    [Description("Host supports SEV")]
    public partial bool SevSupport { get; init; }

    /// <summary>Whether the host runs SEV-ES guests.</summary>
    [Key("sev-support-es", Default = false)]
    [Description("Host supports SEV-ES")]
    public partial bool SevSupportEs { get; init; }

    /// <summary>Whether the host runs SEV-SNP guests.</summary>
    [Key("sev-support-snp", Default = false)]
    [Description("Host supports SEV-SNP")]
    public partial bool SevSupportSnp { get; init; }
}
