using SchemaGen.Sev;

namespace SchemaGen.Runtime.Tests.Host;

/// <summary>
/// Register values of the hosts the probe must handle. The 0x8000001F leaves are built field by field
/// (the comments say which) on the pattern of the named processors; vendor strings and the KVM
/// hypervisor signature are the real bytes.
/// </summary>
internal static class HostFixtures
{
    // "AuthenticAMD" and "GenuineIntel" as EBX, EDX, ECX of leaf 0; "KVMKVMKVM" as EBX, ECX, EDX of 0x40000000.
    private static readonly CpuidRegisters AmdLeaf0 = new(0x10, 0x6874_7541, 0x444D_4163, 0x6974_6E65);
    private static readonly CpuidRegisters IntelLeaf0 = new(0x20, 0x756E_6547, 0x6C65_746E, 0x4965_6E69);
    private static readonly CpuidRegisters KvmSignature = new(0x4000_0001, 0x4B4D_564B, 0x564B_4D56, 0x0000_004D);

    // Leaf 1 ECX with and without bit 31, "running under a hypervisor".
    private static readonly CpuidRegisters BareMetalLeaf1 = new(0x00B0_0F21, 0x0080_0800, 0x7ED8_320B, 0x178B_FBFF);
    private static readonly CpuidRegisters GuestLeaf1 = new(0x00A0_0F11, 0x0000_0800, 0xFED8_3203, 0x178B_FBFF);

    /// <summary>EPYC 9005 "Turin": SEV, SEV-ES and SEV-SNP, C-bit 51, 6 bits of address lost, 4 VMPLs.</summary>
    public static readonly CpuidRegisters TurinLeaf = new(
        // Eax: bits 0-19, 21 RMPREAD, 23 SegmentedRmp, 24 VmsaRegProt, 25 SmtProtection, 27 AllowedSevFeatures, 30 HvInUseWrAllowed
        Eax: 0x4BAF_FFFF,
        Ebx: 0x0000_41B3, // C-bit 51 (0x33) | reduced 6 << 6 | 4 VMPLs << 12
        Ecx: 1006,        // encrypted guests
        Edx: 100);        // minimum SEV ASID: ASIDs 1-99 for SEV-ES/SNP

    /// <summary>EPYC 7003 "Milan" pattern: SNP in the CPU, C-bit 51, 1 bit of address lost.</summary>
    public static readonly CpuidRegisters MilanLeaf = new(
        Eax: 0x0001_787F, // bits 0-6 (SME .. RMPQUERY), 11-14, 16 VTE
        Ebx: 0x0000_4073, // C-bit 51 | reduced 1 << 6 | 4 VMPLs << 12
        Ecx: 509,
        Edx: 100);

    public static FakeCpuid TurinCpu() => Amd(maxExtendedLeaf: 0x8000_0028, TurinLeaf, BareMetalLeaf1);

    public static FakeCpuid MilanCpu() => Amd(maxExtendedLeaf: 0x8000_0029, MilanLeaf, BareMetalLeaf1);

    /// <summary>An AMD guest whose hypervisor exposes 0x8000001F but answers zeros, the usual cloud VM.</summary>
    public static FakeCpuid AmdGuestCpu() => Amd(maxExtendedLeaf: 0x8000_0021, default, GuestLeaf1);

    /// <summary>An AMD processor older than SEV (family 15h): its extended leaves stop at 0x8000001E.</summary>
    public static FakeCpuid OldAmdCpu() => Amd(maxExtendedLeaf: 0x8000_001E, default, BareMetalLeaf1);

    /// <summary>
    /// An Intel guest like the build machine: extended leaves end at 0x80000008, and 0x8000001F answers
    /// with another leaf's data, as Intel processors do for a leaf out of range.
    /// </summary>
    public static FakeCpuid IntelCpu() => new(true, new Dictionary<uint, CpuidRegisters>
    {
        [0] = IntelLeaf0,
        [1] = new(0x000A_0678, 0x0002_0800, 0xFFFA_3203, 0x1F8B_FBFF),
        [0x4000_0000] = KvmSignature,
        [0x8000_0000] = new(0x8000_0008, 0, 0, 0),
        [0x8000_001F] = new(0x0000_0007, 0x0000_0340, 0x0000_0340, 0),
    });

    public static FakeCpuid NonX86Cpu() => new(false, new Dictionary<uint, CpuidRegisters>());

    private static FakeCpuid Amd(uint maxExtendedLeaf, CpuidRegisters leaf, CpuidRegisters leaf1)
        => new(true, new Dictionary<uint, CpuidRegisters>
        {
            [0] = AmdLeaf0,
            [1] = leaf1,
            [0x4000_0000] = KvmSignature,
            [0x8000_0000] = new(maxExtendedLeaf, 0x6874_7541, 0x444D_4163, 0x6974_6E65),
            [0x8000_001F] = leaf,
        });
}
