namespace SchemaGen.Sev;

/// <summary>
/// The 32-bit guest policy of an SEV or SEV-ES guest (AMD SEV API specification, "Guest Policy"),
/// the <c>policy</c> property of QEMU's <c>sev-guest</c> object.
/// </summary>
/// <remarks>
/// Bits: 0 NODBG, 1 NOKS, 2 ES, 3 NOSEND, 4 DOMAIN, 5 SEV, 15:6 reserved (zero),
/// 23:16 API_MAJOR, 31:24 API_MINOR.
/// </remarks>
/// <param name="Value">The policy as the firmware reads it.</param>
public readonly record struct SevPolicy(uint Value)
{
    /// <summary>NODBG (bit 0): the host may not debug the guest.</summary>
    public const uint NoDebugMask = 1u << 0;

    /// <summary>NOKS (bit 1): the guest does not share its key with other guests.</summary>
    public const uint NoKeySharingMask = 1u << 1;

    /// <summary>ES (bit 2): the guest requires SEV-ES (encrypted register state).</summary>
    public const uint EncryptedStateMask = 1u << 2;

    /// <summary>NOSEND (bit 3): the guest may not be sent to another platform.</summary>
    public const uint NoSendMask = 1u << 3;

    /// <summary>DOMAIN (bit 4): the guest may only be sent to platforms in the same domain.</summary>
    public const uint DomainMask = 1u << 4;

    /// <summary>SEV (bit 5): the guest may only be sent to SEV-capable platforms.</summary>
    public const uint SevOnlyMask = 1u << 5;

    /// <summary>Bits 15:6, reserved: they must be zero.</summary>
    public const uint ReservedMask = 0xFFC0u;

    /// <summary>Whether debugging is refused (NODBG, bit 0).</summary>
    public bool NoDebug => (Value & NoDebugMask) != 0;

    /// <summary>Whether key sharing is refused (NOKS, bit 1).</summary>
    public bool NoKeySharing => (Value & NoKeySharingMask) != 0;

    /// <summary>Whether SEV-ES is required (ES, bit 2).</summary>
    public bool EncryptedState => (Value & EncryptedStateMask) != 0;

    /// <summary>Whether sending the guest elsewhere is refused (NOSEND, bit 3).</summary>
    public bool NoSend => (Value & NoSendMask) != 0;

    /// <summary>Whether the guest stays in its domain (DOMAIN, bit 4).</summary>
    public bool Domain => (Value & DomainMask) != 0;

    /// <summary>Whether the guest stays on SEV-capable platforms (SEV, bit 5).</summary>
    public bool SevOnly => (Value & SevOnlyMask) != 0;

    /// <summary>The smallest firmware API major version the guest accepts (bits 23:16).</summary>
    public byte ApiMajor => (byte)(Value >> 16);

    /// <summary>The smallest firmware API minor version the guest accepts (bits 31:24).</summary>
    public byte ApiMinor => (byte)(Value >> 24);

    /// <summary>
    /// The policy qemu-server 9 gives an <c>amd-sev</c> of type <c>std</c> or <c>es</c>: NODBG if
    /// <c>no-debug</c>, NOKS if <c>no-key-sharing</c>, ES for <c>es</c>, and always NOSEND (so the
    /// guest cannot be migrated, against the SEV migration attack). <c>allow-smt</c> has no bit here.
    /// </summary>
    /// <param name="options">The <c>amd-sev</c> option.</param>
    /// <exception cref="ArgumentException">The type is <see cref="SevType.Snp"/>, whose policy is an <see cref="SnpPolicy"/>.</exception>
    public static SevPolicy FromOptions(AmdSevOptions options)
    {
        if (options.Type == SevType.Snp)
        {
            throw new ArgumentException("An SEV-SNP guest has a 64-bit SNP policy: use SnpPolicy.FromOptions.", nameof(options));
        }

        uint policy = NoSendMask;
        if (options.NoDebug)
        {
            policy |= NoDebugMask;
        }

        if (options.NoKeySharing)
        {
            policy |= NoKeySharingMask;
        }

        if (options.Type == SevType.Es)
        {
            policy |= EncryptedStateMask;
        }

        return new SevPolicy(policy);
    }

    /// <summary>Reads a policy written as <c>0x</c>-prefixed hexadecimal or decimal.</summary>
    /// <param name="text">The text, for example <c>0x8</c>.</param>
    /// <param name="policy">The policy, when the text is a 32-bit number.</param>
    /// <returns>Whether the text is a 32-bit number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out SevPolicy policy)
    {
        if (PolicyHex.TryParse(text, out ulong value) && value <= uint.MaxValue)
        {
            policy = new SevPolicy((uint)value);
            return true;
        }

        policy = default;
        return false;
    }

    /// <summary>Reads a policy written as <c>0x</c>-prefixed hexadecimal or decimal.</summary>
    /// <param name="text">The text, for example <c>0x8</c>.</param>
    /// <exception cref="FormatException">The text is not a 32-bit number.</exception>
    public static SevPolicy Parse(string text) =>
        TryParse(text, out var policy) ? policy : throw new FormatException(
            $"'{text}' is not an SEV policy: expected a 32-bit number such as 0x8 or 8.");

    /// <summary>The policy bit by bit, lowest first, with what each value means for this guest.</summary>
    public IReadOnlyList<PolicyField> Describe() =>
    [
        Bit("NODBG", 0, "Debugging of the guest is disallowed", "Debugging of the guest is allowed"),
        Bit("NOKS", 1, "Sharing keys with other guests is disallowed", "Sharing keys with other guests is allowed"),
        Bit("ES", 2, "SEV-ES is required: the guest's register state is encrypted", "SEV-ES is not required"),
        Bit("NOSEND", 3, "Sending the guest to another platform is disallowed (no migration)", "The guest may be sent to another platform"),
        Bit("DOMAIN", 4, "The guest must not be sent to a platform outside its domain",
            "The guest may be sent to platforms outside its domain"),
        Bit("SEV", 5, "The guest must not be sent to a platform that is not SEV-capable",
            "The guest may be sent to platforms that are not SEV-capable"),
        Field("RESERVED", 6, 15, (Value & ReservedMask) == 0 ? "Reserved, zero as required" : "Reserved, must be zero"),
        Field("API_MAJOR", 16, 23, $"The firmware's API major version must be at least {ApiMajor}"),
        Field("API_MINOR", 24, 31, $"The firmware's API minor version must be at least {ApiMinor}"),
    ];

    /// <summary>Checks the policy against the specification: the reserved bits 15:6 must be zero.</summary>
    /// <returns>The errors; empty for a valid policy.</returns>
    public IReadOnlyList<SevDiagnostic> Validate() =>
        (Value & ReservedMask) == 0
            ? []
            : [SevDiagnostic.Error(
                $"SEV policy bits 6-15 are reserved and must be zero (policy {this} sets {PolicyHex.Format(Value & ReservedMask)})")];

    /// <summary>The policy as qemu-server writes it (<c>%#x</c>), for example <c>0x8</c>.</summary>
    public override string ToString() => PolicyHex.Format(Value);

    private PolicyField Bit(string name, int bit, string whenSet, string whenClear)
    {
        bool set = (Value & (1u << bit)) != 0;
        return new PolicyField(name, bit, bit, set ? 1u : 0u, set ? whenSet : whenClear);
    }

    private PolicyField Field(string name, int low, int high, string meaning)
    {
        ulong mask = (1ul << (high - low + 1)) - 1;
        return new PolicyField(name, low, high, (Value >> low) & mask, meaning);
    }
}
