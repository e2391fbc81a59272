namespace SchemaGen.Sev;

// Checks of a raw SNP policy: what the specification forbids (errors) and what Linux 6.11's KVM
// refuses at SNP_LAUNCH_START although the firmware would accept it (warnings: a newer kernel
// may take it, so this is not ours to forbid).
public readonly partial record struct SnpPolicy
{
    // The bits Linux 6.11's KVM accepts (arch/x86/kvm/svm/sev.c, SNP_POLICY_MASK_VALID): the ABI
    // version fields, SMT, the reserved bit 17, DEBUG and SINGLE_SOCKET. Any other bit is -EINVAL.
    private const ulong Linux611AcceptedMask = 0xFFFFul | SmtMask | ReservedMustBeOneMask | DebugMask | SingleSocketMask;

    private static readonly (ulong Mask, string Name, int Bit)[] Linux611RefusedBits =
    [
        (MigrateMaMask, "MIGRATE_MA", 18),
        (CxlAllowMask, "CXL_ALLOW", 21),
        (MemAes256XtsMask, "MEM_AES_256_XTS", 22),
        (RaplDisableMask, "RAPL_DIS", 23),
        (CiphertextHidingMask, "CIPHERTEXT_HIDING", 24),
        (PageSwapDisableMask, "PAGE_SWAP_DISABLE", 25),
    ];

    /// <summary>
    /// Checks the policy. Errors: the reserved bit 17 is clear, or any of the reserved bits 26-63 is
    /// set (the firmware refuses both). Warnings: bits Linux 6.11's KVM refuses when it starts the
    /// guest (MIGRATE_MA, CXL_ALLOW, MEM_AES_256_XTS, RAPL_DIS, CIPHERTEXT_HIDING, PAGE_SWAP_DISABLE
    /// set; SMT clear; SINGLE_SOCKET set); newer kernels accept some of them.
    /// </summary>
    /// <returns>The errors and warnings, errors first; empty for a policy every layer accepts.</returns>
    public IReadOnlyList<SevDiagnostic> Validate()
    {
        var found = new List<SevDiagnostic>();
        if (!ReservedMustBeOne)
        {
            found.Add(SevDiagnostic.Error($"SEV-SNP policy {this}: bit 17 is reserved and must be set"));
        }

        ulong reservedHigh = Value & ReservedMustBeZeroMask;
        if (reservedHigh != 0)
        {
            found.Add(SevDiagnostic.Error(
                $"SEV-SNP policy {this}: bits 26-63 are reserved and must be zero, but {PolicyHex.Format(reservedHigh)} is set"));
        }

        foreach (var (mask, name, bit) in Linux611RefusedBits)
        {
            if ((Value & mask) != 0)
            {
                found.Add(SevDiagnostic.Warning(
                    $"SEV-SNP policy {this}: {name} (bit {bit}) is set; Linux 6.11's KVM refuses to launch such a guest (EINVAL): it " +
                        "accepts only the ABI version, SMT, bit 17, DEBUG and SINGLE_SOCKET bits"));
            }
        }

        if (!Smt)
        {
            found.Add(SevDiagnostic.Warning(
                $"SEV-SNP policy {this}: SMT (bit 16) is clear (allow-smt=0); Linux 6.11's KVM refuses to launch such a guest (EINVAL); " +
                    "later kernels leave this check to the firmware, which requires SMT to be disabled on the host"));
        }

        if (SingleSocket)
        {
            found.Add(SevDiagnostic.Warning(
                $"SEV-SNP policy {this}: SINGLE_SOCKET (bit 20) is set; Linux 6.11's KVM refuses to launch such a guest (EINVAL)"));
        }

        return found;
    }

    /// <summary>Whether Linux 6.11's KVM would start a guest with this policy (its checks at SNP_LAUNCH_START).</summary>
    public bool IsAcceptedByLinux611Kvm =>
        (Value & ~Linux611AcceptedMask) == 0 && ReservedMustBeOne && Smt && !SingleSocket;
}
