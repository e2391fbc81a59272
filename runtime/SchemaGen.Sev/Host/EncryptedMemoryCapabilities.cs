namespace SchemaGen.Sev;

/// <summary>
/// <c>CPUID Fn8000_001F</c>, "Encrypted Memory Capabilities", decoded: the feature bits of EAX, the
/// C-bit, the address reduction and the VMPL count of EBX, and the guest and ASID limits of ECX and EDX.
/// </summary>
/// <remarks>
/// Encrypted guests are told apart by their ASID (address space identifier). ASIDs
/// 1 .. <see cref="MinSevAsid"/> - 1 are for SEV-ES and SEV-SNP guests, ASIDs
/// <see cref="MinSevAsid"/> .. <see cref="MaxEncryptedGuests"/> for plain SEV guests; the split is set
/// in the firmware (often called "SEV-ES ASID Space Limit"). Hence <see cref="SevEsGuests"/> and
/// <see cref="SevGuests"/>.
/// </remarks>
/// <param name="Registers">The leaf as read.</param>
public readonly record struct EncryptedMemoryCapabilities(CpuidRegisters Registers)
{
    /// <summary>The leaf: <c>0x8000001F</c>.</summary>
    public const uint Leaf = 0x8000_001F;

    /// <summary>EAX: the feature bits.</summary>
    public SevCpuFeatures Features => (SevCpuFeatures)Registers.Eax;

    /// <summary>EBX[5:0]: the page-table bit that marks a page encrypted (qemu's <c>cbitpos</c>).</summary>
    public int CbitPosition => (int)(Registers.Ebx & 0x3F);

    /// <summary>EBX[11:6]: how many physical address bits are lost when encryption is on (qemu's <c>reduced-phys-bits</c>).</summary>
    public int ReducedPhysBits => (int)((Registers.Ebx >> 6) & 0x3F);

    /// <summary>EBX[15:12]: how many VM Permission Levels the processor has.</summary>
    public int VmplCount => (int)((Registers.Ebx >> 12) & 0xF);

    /// <summary>ECX: how many encrypted guests can run at once (the highest ASID for them).</summary>
    public uint MaxEncryptedGuests => Registers.Ecx;

    /// <summary>EDX: the lowest ASID for a plain SEV guest (one without SEV-ES).</summary>
    public uint MinSevAsid => Registers.Edx;

    /// <summary>How many SEV-ES or SEV-SNP guests fit: the ASIDs below <see cref="MinSevAsid"/> (<c>MinSevAsid - 1</c>).</summary>
    public uint SevEsGuests => MinSevAsid == 0 ? 0 : Math.Min(MinSevAsid - 1, MaxEncryptedGuests);

    /// <summary>How many plain SEV guests fit: the ASIDs from <see cref="MinSevAsid"/> up (<c>MaxEncryptedGuests - MinSevAsid +
    /// 1</c>).</summary>
    public uint SevGuests => MinSevAsid == 0 || MinSevAsid > MaxEncryptedGuests ? 0 : MaxEncryptedGuests - MinSevAsid + 1;

    /// <summary>Whether EAX has every bit of <paramref name="features"/>.</summary>
    /// <param name="features">One flag or several.</param>
    public bool Has(SevCpuFeatures features) => (Features & features) == features;
}
