namespace SchemaGen.Tdx;

/// <summary>The three MSRs Proxmox's helper reads to decide <c>tdx-support</c>, and its rule.</summary>
/// <param name="TmeActivate">MSR 0x982 (IA32_TME_ACTIVATE): bit 1 says memory encryption is enabled.</param>
/// <param name="Sgx">MSR 0xA0, which the helper calls its SGX value: it must be 0.</param>
/// <param name="SeamRangeMask">MSR 0x1401 (IA32_SEAMRR_PHYS_MASK): bit 11 says the SEAM range, where the TDX module lives, is
/// enabled.</param>
public readonly record struct TdxMsrValues(ulong TmeActivate, ulong Sgx, ulong SeamRangeMask)
{
    /// <summary>The TME activate MSR.</summary>
    public const uint TmeActivateIndex = 0x982;

    /// <summary>The MSR the helper requires to be 0.</summary>
    public const uint SgxIndex = 0xA0;

    /// <summary>The SEAM range mask MSR.</summary>
    public const uint SeamRangeMaskIndex = 0x1401;

    /// <summary>Whether memory encryption is enabled (0x982 bit 1).</summary>
    public bool TmeEnabled => ((TmeActivate >> 1) & 1) != 0;

    /// <summary>Whether the SEAM range is enabled (0x1401 bit 11).</summary>
    public bool SeamRangeEnabled => ((SeamRangeMask >> 11) & 1) != 0;

    /// <summary>The helper's rule: (0x982 bit 1) and (0xA0 == 0) and (0x1401 bit 11).</summary>
    public bool TdxSupport => TmeEnabled && Sgx == 0 && SeamRangeEnabled;
}
