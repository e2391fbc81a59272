using SchemaGen;

namespace SchemaGen.Sev;

/// <summary>Which AMD Secure Encrypted Virtualization a guest uses: the <c>type</c> of the <c>amd-sev</c> option.</summary>
public enum SevType
{
    /// <summary>SEV: memory encrypted with a per-guest key.</summary>
    [EnumValue("std")]
    Std,

    /// <summary>SEV-ES: SEV plus encrypted CPU register state.</summary>
    [EnumValue("es")]
    Es,

    /// <summary>SEV-SNP: SEV-ES plus memory integrity protection (Secure Nested Paging).</summary>
    [EnumValue("snp")]
    Snp,
}
