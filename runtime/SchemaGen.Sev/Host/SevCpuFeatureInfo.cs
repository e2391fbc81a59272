namespace SchemaGen.Sev;

/// <summary>One bit of <c>CPUID Fn8000_001F EAX</c>: its flag, its position, the AMD manual's name and what it means.</summary>
/// <param name="Feature">The flag.</param>
/// <param name="Bit">Its bit position in EAX.</param>
/// <param name="ApmName">The name the AMD64 Architecture Programmer's Manual gives it (what to search the manual for).</param>
/// <param name="Description">What the bit says, in a few words.</param>
public sealed record SevCpuFeatureInfo(SevCpuFeatures Feature, int Bit, string ApmName, string Description)
{
    /// <summary>Every documented bit, bit 0 first (all 32 are assigned as of the 2025 manual).</summary>
    public static IReadOnlyList<SevCpuFeatureInfo> All { get; } =
    [
        new(SevCpuFeatures.Sme, 0, "SME", "Secure Memory Encryption"),
        new(SevCpuFeatures.Sev, 1, "SEV", "Secure Encrypted Virtualization"),
        new(SevCpuFeatures.PageFlushMsr, 2, "PageFlushMsr", "VM Page Flush MSR available"),
        new(SevCpuFeatures.SevEs, 3, "SEV-ES", "SEV Encrypted State"),
        new(SevCpuFeatures.SevSnp, 4, "SEV-SNP", "SEV Secure Nested Paging"),
        new(SevCpuFeatures.Vmpl, 5, "VMPL", "VM Permission Levels"),
        new(SevCpuFeatures.RmpQuery, 6, "RMPQUERY", "RMPQUERY instruction"),
        new(SevCpuFeatures.VmplSupervisorShadowStack, 7, "VmplSSS", "VMPL supervisor shadow stacks"),
        new(SevCpuFeatures.SecureTsc, 8, "SecureTsc", "Secure TSC"),
        new(SevCpuFeatures.TscAuxVirtualization, 9, "TscAuxVirtualization", "TSC_AUX virtualization"),
        new(SevCpuFeatures.HwEnforcedCacheCoherency, 10, "HwEnfCacheCoh", "Cache coherency enforced across encryption domains"),
        new(SevCpuFeatures.Host64BitRequired, 11, "64BitHost", "SEV guests only under a 64-bit host"),
        new(SevCpuFeatures.RestrictedInjection, 12, "RestrictedInjection", "Restricted Injection"),
        new(SevCpuFeatures.AlternateInjection, 13, "AlternateInjection", "Alternate Injection"),
        new(SevCpuFeatures.DebugSwap, 14, "DebugSwap", "Full debug state swap for SEV-ES guests"),
        new(SevCpuFeatures.PreventHostIbs, 15, "PreventHostIbs", "Host IBS use can be disallowed"),
        new(SevCpuFeatures.VirtualTransparentEncryption, 16, "VTE", "Virtual Transparent Encryption"),
        new(SevCpuFeatures.VmgexitParameter, 17, "VmgexitParameter", "VMGEXIT parameter"),
        new(SevCpuFeatures.VirtualTomMsr, 18, "VirtualTomMsr", "Virtual TOM MSR"),
        new(SevCpuFeatures.IbsVirtualization, 19, "IbsVirtGuestCtl", "IBS virtualization for SEV-ES guests"),
        new(SevCpuFeatures.PmcVirtualization, 20, "PmcVirtGuestCtl", "PMC virtualization for SEV-ES guests"),
        new(SevCpuFeatures.RmpRead, 21, "RMPREAD", "RMPREAD instruction"),
        new(SevCpuFeatures.GuestInterceptControl, 22, "GuestInterceptCtl", "Guest intercept control"),
        new(SevCpuFeatures.SegmentedRmp, 23, "SegmentedRmp", "Segmented Reverse Map Table"),
        new(SevCpuFeatures.VmsaRegisterProtection, 24, "VmsaRegProt", "VMSA register protection"),
        new(SevCpuFeatures.SmtProtection, 25, "SmtProtection", "SMT protection"),
        new(SevCpuFeatures.SecureAvic, 26, "SecureAvic", "Secure AVIC"),
        new(SevCpuFeatures.AllowedSevFeatures, 27, "AllowedSevFeatures", "Hypervisor can limit a guest's SEV features"),
        new(SevCpuFeatures.SvsmCommPageMsr, 28, "SvsmCommPageMSR", "SVSM communication page MSR"),
        new(SevCpuFeatures.NestedVirtSnpMsr, 29, "NestedVirtSnpMsr", "VIRT_RMPUPDATE and VIRT_PSMASH MSRs"),
        new(SevCpuFeatures.HvInUseWrAllowed, 30, "HvInUseWrAllowed", "Writes to in-use hypervisor-owned pages allowed"),
        new(SevCpuFeatures.IbpbOnEntry, 31, "IbpbOnEntry", "IBPB on VM entry for SEV-SNP guests"),
    ];

    /// <summary>The bits of <paramref name="features"/> that are set, bit 0 first.</summary>
    /// <param name="features">A value of <c>CPUID Fn8000_001F EAX</c>.</param>
    public static IEnumerable<SevCpuFeatureInfo> In(SevCpuFeatures features) => All.Where(info => (features & info.Feature) != 0);
}
