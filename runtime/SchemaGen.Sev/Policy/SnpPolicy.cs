namespace SchemaGen.Sev;

/// <summary>
/// The 64-bit guest policy of an SEV-SNP guest (AMD SEV-SNP Firmware ABI specification, section
/// 4.3 "Guest Policy"), the <c>policy</c> property of QEMU's <c>sev-snp-guest</c> object.
/// </summary>
/// <remarks>
/// Bits: 7:0 ABI_MINOR, 15:8 ABI_MAJOR, 16 SMT, 17 reserved (must be one), 18 MIGRATE_MA,
/// 19 DEBUG, 20 SINGLE_SOCKET, 21 CXL_ALLOW, 22 MEM_AES_256_XTS, 23 RAPL_DIS,
/// 24 CIPHERTEXT_HIDING, 25 PAGE_SWAP_DISABLE, 63:26 reserved (must be zero).
/// Note the sense of DEBUG: SNP sets a bit to <em>allow</em> debugging, where SEV's NODBG refuses it.
/// </remarks>
/// <param name="Value">The policy as the firmware reads it.</param>
public readonly partial record struct SnpPolicy(ulong Value)
{
    /// <summary>SMT (bit 16): the guest may run on a host with simultaneous multithreading enabled.</summary>
    public const ulong SmtMask = 1ul << 16;

    /// <summary>Bit 17, reserved: it must be one.</summary>
    public const ulong ReservedMustBeOneMask = 1ul << 17;

    /// <summary>MIGRATE_MA (bit 18): the guest may be associated with a migration agent.</summary>
    public const ulong MigrateMaMask = 1ul << 18;

    /// <summary>DEBUG (bit 19): the host may debug the guest.</summary>
    public const ulong DebugMask = 1ul << 19;

    /// <summary>SINGLE_SOCKET (bit 20): the guest may only be activated on one socket.</summary>
    public const ulong SingleSocketMask = 1ul << 20;

    /// <summary>CXL_ALLOW (bit 21): CXL may be populated with devices or memory.</summary>
    public const ulong CxlAllowMask = 1ul << 21;

    /// <summary>MEM_AES_256_XTS (bit 22): memory must be encrypted with AES-256-XTS.</summary>
    public const ulong MemAes256XtsMask = 1ul << 22;

    /// <summary>RAPL_DIS (bit 23): Running Average Power Limit must be disabled.</summary>
    public const ulong RaplDisableMask = 1ul << 23;

    /// <summary>CIPHERTEXT_HIDING (bit 24): ciphertext hiding for DRAM must be enabled.</summary>
    public const ulong CiphertextHidingMask = 1ul << 24;

    /// <summary>PAGE_SWAP_DISABLE (bit 25): the firmware's page swap commands are disabled for the guest.</summary>
    public const ulong PageSwapDisableMask = 1ul << 25;

    /// <summary>Bits 63:26, reserved: they must be zero.</summary>
    public const ulong ReservedMustBeZeroMask = ~((1ul << 26) - 1);

    /// <summary>The policy qemu-server gives <c>snp</c> with every option at its default: <c>0xb0000</c> (SMT, bit 17, DEBUG).</summary>
    public static SnpPolicy Default => new(SmtMask | ReservedMustBeOneMask | DebugMask);

    /// <summary>The smallest firmware ABI minor version the guest accepts (bits 7:0).</summary>
    public byte AbiMinor => (byte)Value;

    /// <summary>The smallest firmware ABI major version the guest accepts (bits 15:8).</summary>
    public byte AbiMajor => (byte)(Value >> 8);

    /// <summary>Whether SMT is allowed (bit 16).</summary>
    public bool Smt => (Value & SmtMask) != 0;

    /// <summary>Whether the reserved bit 17 is set, as it must be.</summary>
    public bool ReservedMustBeOne => (Value & ReservedMustBeOneMask) != 0;

    /// <summary>Whether a migration agent is allowed (bit 18).</summary>
    public bool MigrateMa => (Value & MigrateMaMask) != 0;

    /// <summary>Whether debugging is allowed (bit 19).</summary>
    public bool Debug => (Value & DebugMask) != 0;

    /// <summary>Whether the guest is restricted to one socket (bit 20).</summary>
    public bool SingleSocket => (Value & SingleSocketMask) != 0;

    /// <summary>Whether CXL is allowed (bit 21).</summary>
    public bool CxlAllow => (Value & CxlAllowMask) != 0;

    /// <summary>Whether AES-256-XTS memory encryption is required (bit 22).</summary>
    public bool MemAes256Xts => (Value & MemAes256XtsMask) != 0;

    /// <summary>Whether RAPL must be disabled (bit 23).</summary>
    public bool RaplDisable => (Value & RaplDisableMask) != 0;

    /// <summary>Whether ciphertext hiding is required (bit 24).</summary>
    public bool CiphertextHiding => (Value & CiphertextHidingMask) != 0;

    /// <summary>Whether page swap is disabled (bit 25).</summary>
    public bool PageSwapDisable => (Value & PageSwapDisableMask) != 0;

    /// <summary>
    /// The policy qemu-server 9 gives an <c>amd-sev</c> of type <c>snp</c>: bit 17 (reserved, must be
    /// one), SMT unless <c>allow-smt=0</c>, DEBUG unless <c>no-debug=1</c>. <c>no-key-sharing</c> has
    /// no bit here.
    /// </summary>
    /// <param name="options">The <c>amd-sev</c> option.</param>
    /// <exception cref="ArgumentException">The type is not <see cref="SevType.Snp"/>, whose policy is an <see
    /// cref="SevPolicy"/>.</exception>
    public static SnpPolicy FromOptions(AmdSevOptions options)
    {
        if (options.Type != SevType.Snp)
        {
            throw new ArgumentException("An SEV or SEV-ES guest has a 32-bit SEV policy: use SevPolicy.FromOptions.", nameof(options));
        }

        ulong policy = ReservedMustBeOneMask;
        if (options.AllowSmt)
        {
            policy |= SmtMask;
        }

        if (!options.NoDebug)
        {
            policy |= DebugMask;
        }

        return new SnpPolicy(policy);
    }

    /// <summary>Reads a policy written as <c>0x</c>-prefixed hexadecimal or decimal.</summary>
    /// <param name="text">The text, for example <c>0x30000</c>.</param>
    /// <param name="policy">The policy, when the text is a 64-bit number.</param>
    /// <returns>Whether the text is a 64-bit number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out SnpPolicy policy)
    {
        bool ok = PolicyHex.TryParse(text, out ulong value);
        policy = new SnpPolicy(value);
        return ok;
    }

    /// <summary>Reads a policy written as <c>0x</c>-prefixed hexadecimal or decimal.</summary>
    /// <param name="text">The text, for example <c>0x30000</c>.</param>
    /// <exception cref="FormatException">The text is not a 64-bit number.</exception>
    public static SnpPolicy Parse(string text) =>
        TryParse(text, out var policy) ? policy : throw new FormatException(
            $"'{text}' is not an SEV-SNP policy: expected a 64-bit number such as 0x30000 or 196608.");

    /// <summary>The policy bit by bit, lowest first, with what each value means for this guest.</summary>
    public IReadOnlyList<PolicyField> Describe() =>
    [
        Field("ABI_MINOR", 0, 7, $"The firmware's ABI minor version must be at least {AbiMinor}"),
        Field("ABI_MAJOR", 8, 15, $"The firmware's ABI major version must be at least {AbiMajor}"),
        Bit("SMT", 16, "Simultaneous multithreading (SMT) is allowed",
            "SMT is disallowed: the guest runs only on a host with SMT disabled"),
        Bit("RESERVED", 17, "Reserved, one as required", "Reserved, must be one"),
        Bit("MIGRATE_MA", 18, "Association with a migration agent is allowed", "Association with a migration agent is disallowed"),
        Bit("DEBUG", 19, "Debugging of the guest is allowed", "Debugging of the guest is disallowed"),
        Bit("SINGLE_SOCKET", 20, "The guest may be activated on one socket only", "The guest may be activated on several sockets"),
        Bit("CXL_ALLOW", 21, "CXL may be populated with devices or memory", "CXL may not be populated with devices or memory"),
        Bit("MEM_AES_256_XTS", 22, "Memory must be encrypted with AES-256-XTS", "Memory may be encrypted with AES-128-XEX or AES-256-XTS"),
        Bit("RAPL_DIS", 23, "Running Average Power Limit (RAPL) must be disabled", "RAPL may be enabled"),
        Bit("CIPHERTEXT_HIDING", 24, "Ciphertext hiding for DRAM must be enabled", "Ciphertext hiding is not required"),
        Bit("PAGE_SWAP_DISABLE", 25, "The firmware's page swap commands are disabled for the guest",
            "The firmware's page swap commands are allowed"),
        Field("RESERVED", 26, 63, (Value & ReservedMustBeZeroMask) == 0 ? "Reserved, zero as required" : "Reserved, must be zero"),
    ];

    /// <summary>The policy as qemu-server writes it (<c>%#x</c>), for example <c>0xb0000</c>.</summary>
    public override string ToString() => PolicyHex.Format(Value);

    private PolicyField Bit(string name, int bit, string whenSet, string whenClear)
    {
        bool set = (Value & (1ul << bit)) != 0;
        return new PolicyField(name, bit, bit, set ? 1ul : 0ul, set ? whenSet : whenClear);
    }

    private PolicyField Field(string name, int low, int high, string meaning)
    {
        int width = high - low + 1;
        ulong mask = width == 64 ? ulong.MaxValue : (1ul << width) - 1;
        return new PolicyField(name, low, high, (Value >> low) & mask, meaning);
    }
}
