namespace SchemaGen.Sev;

/// <summary>
/// The encrypted-memory features a processor reports in <c>CPUID Fn8000_001F EAX</c>, one flag per
/// bit, named as in the AMD64 Architecture Programmer's Manual (Vol. 3, appendix E, "Encrypted Memory
/// Capabilities"); the Linux kernel's <c>cpufeatures.h</c> (word 19) agrees on every bit it names.
/// </summary>
/// <remarks>
/// A bit says what the silicon can do, not what the firmware or the kernel turned on:
/// <see cref="SevHostProbeResult"/> puts the two together. <see cref="SevCpuFeatureInfo.All"/> gives each
/// bit's manual name and a sentence about it.
/// </remarks>
[Flags]
public enum SevCpuFeatures : uint
{
    /// <summary>No feature bit set.</summary>
    None = 0,

    /// <summary>Bit 0, <c>SME</c>: Secure Memory Encryption.</summary>
    Sme = 1u << 0,

    /// <summary>Bit 1, <c>SEV</c>: Secure Encrypted Virtualization.</summary>
    Sev = 1u << 1,

    /// <summary>Bit 2, <c>PageFlushMsr</c>: the VM Page Flush MSR (C001_011Eh) is available.</summary>
    PageFlushMsr = 1u << 2,

    /// <summary>Bit 3, <c>SEV-ES</c>: SEV Encrypted State.</summary>
    SevEs = 1u << 3,

    /// <summary>Bit 4, <c>SEV-SNP</c>: SEV Secure Nested Paging.</summary>
    SevSnp = 1u << 4,

    /// <summary>Bit 5, <c>VMPL</c>: VM Permission Levels.</summary>
    Vmpl = 1u << 5,

    /// <summary>Bit 6, <c>RMPQUERY</c>: the RMPQUERY instruction.</summary>
    RmpQuery = 1u << 6,

    /// <summary>Bit 7, <c>VmplSSS</c>: VMPL supervisor shadow stacks.</summary>
    VmplSupervisorShadowStack = 1u << 7,

    /// <summary>Bit 8, <c>SecureTsc</c>: Secure TSC for SEV-SNP guests.</summary>
    SecureTsc = 1u << 8,

    /// <summary>Bit 9, <c>TscAuxVirtualization</c>: the hardware virtualizes TSC_AUX.</summary>
    TscAuxVirtualization = 1u << 9,

    /// <summary>Bit 10, <c>HwEnfCacheCoh</c>: cache coherency is enforced across encryption domains.</summary>
    HwEnforcedCacheCoherency = 1u << 10,

    /// <summary>Bit 11, <c>64BitHost</c>: SEV guests may only run under a 64-bit host.</summary>
    Host64BitRequired = 1u << 11,

    /// <summary>Bit 12, <c>RestrictedInjection</c>: Restricted Injection.</summary>
    RestrictedInjection = 1u << 12,

    /// <summary>Bit 13, <c>AlternateInjection</c>: Alternate Injection.</summary>
    AlternateInjection = 1u << 13,

    /// <summary>Bit 14, <c>DebugSwap</c>: full debug state swap for SEV-ES guests.</summary>
    DebugSwap = 1u << 14,

    /// <summary>Bit 15, <c>PreventHostIbs</c>: the host can be kept from using IBS.</summary>
    PreventHostIbs = 1u << 15,

    /// <summary>Bit 16, <c>VTE</c>: Virtual Transparent Encryption.</summary>
    VirtualTransparentEncryption = 1u << 16,

    /// <summary>Bit 17, <c>VmgexitParameter</c>: the VMGEXIT parameter in SEV_FEATURES.</summary>
    VmgexitParameter = 1u << 17,

    /// <summary>Bit 18, <c>VirtualTomMsr</c>: the virtual TOM MSR.</summary>
    VirtualTomMsr = 1u << 18,

    /// <summary>Bit 19, <c>IbsVirtGuestCtl</c>: IBS virtualization for SEV-ES guests.</summary>
    IbsVirtualization = 1u << 19,

    /// <summary>Bit 20, <c>PmcVirtGuestCtl</c>: PMC virtualization for SEV-ES guests.</summary>
    PmcVirtualization = 1u << 20,

    /// <summary>Bit 21, <c>RMPREAD</c>: the RMPREAD instruction.</summary>
    RmpRead = 1u << 21,

    /// <summary>Bit 22, <c>GuestInterceptCtl</c>: guest intercept control.</summary>
    GuestInterceptControl = 1u << 22,

    /// <summary>Bit 23, <c>SegmentedRmp</c>: a segmented Reverse Map Table.</summary>
    SegmentedRmp = 1u << 23,

    /// <summary>Bit 24, <c>VmsaRegProt</c>: VMSA register protection.</summary>
    VmsaRegisterProtection = 1u << 24,

    /// <summary>Bit 25, <c>SmtProtection</c>: SMT protection.</summary>
    SmtProtection = 1u << 25,

    /// <summary>Bit 26, <c>SecureAvic</c>: Secure AVIC.</summary>
    SecureAvic = 1u << 26,

    /// <summary>Bit 27, <c>AllowedSevFeatures</c>: the hypervisor can limit the SEV features a guest enables.</summary>
    AllowedSevFeatures = 1u << 27,

    /// <summary>Bit 28, <c>SvsmCommPageMSR</c>: the SVSM communication page MSR (C001_F000h).</summary>
    SvsmCommPageMsr = 1u << 28,

    /// <summary>Bit 29, <c>NestedVirtSnpMsr</c>: the VIRT_RMPUPDATE (C001_F001h) and VIRT_PSMASH (C001_F002h) MSRs.</summary>
    NestedVirtSnpMsr = 1u << 29,

    /// <summary>Bit 30, <c>HvInUseWrAllowed</c>: writes to in-use hypervisor-owned pages are allowed.</summary>
    HvInUseWrAllowed = 1u << 30,

    /// <summary>Bit 31, <c>IbpbOnEntry</c>: IBPB on VM entry for SEV-SNP guests.</summary>
    IbpbOnEntry = 1u << 31,
}
