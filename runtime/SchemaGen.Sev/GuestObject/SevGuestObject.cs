using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace SchemaGen.Sev;

/// <summary>
/// QEMU's confidential-guest object for an AMD SEV VM, as qemu-server 9 builds it:
/// <c>sev-guest,id=sev0,cbitpos=&lt;c&gt;,reduced-phys-bits=&lt;r&gt;,policy=&lt;P&gt;[,kernel-hashes=on]</c>
/// for SEV and SEV-ES, <c>sev-snp-guest,...</c> for SEV-SNP.
/// </summary>
/// <example><code>
/// var sev = SevGuestObject.Create(AmdSevOptions.Parse("snp"), host, bios: "ovmf");
/// string objectArgument = sev.ToString(); // sev-snp-guest,id=sev0,cbitpos=51,reduced-phys-bits=6,policy=0xb0000
/// </code></example>
public sealed class SevGuestObject
{
    /// <summary>The object's id, which the machine's <c>confidential-guest-support</c> names.</summary>
    public const string DefaultId = "sev0";

    private SevGuestObject(AmdSevOptions options, SevHostCapabilities host)
    {
        Options = options;
        Cbitpos = host.Cbitpos;
        ReducedPhysBits = host.ReducedPhysBits;
        Policy = options.Type == SevType.Snp ? SnpPolicy.FromOptions(options).Value : SevPolicy.FromOptions(options).Value;
    }

    /// <summary>The <c>amd-sev</c> option the object was made from.</summary>
    public AmdSevOptions Options { get; }

    /// <summary>Which SEV the guest uses.</summary>
    public SevType Type => Options.Type;

    /// <summary>The QOM type: <c>sev-guest</c> for SEV and SEV-ES, <c>sev-snp-guest</c> for SEV-SNP.</summary>
    public string QomType => Type == SevType.Snp ? "sev-snp-guest" : "sev-guest";

    /// <summary>The object's id: <c>sev0</c>.</summary>
    public string Id => DefaultId;

    /// <summary>The C-bit position, from the host.</summary>
    public int Cbitpos { get; }

    /// <summary>The reduction of the physical address space, from the host.</summary>
    public int ReducedPhysBits { get; }

    /// <summary>The guest policy as a number: a 32-bit <see cref="SevPolicy"/> for SEV and SEV-ES, a 64-bit <see cref="SnpPolicy"/> for
    /// SEV-SNP.</summary>
    public ulong Policy { get; }

    /// <summary>Whether <c>kernel-hashes=on</c> is set (measured direct kernel boot).</summary>
    public bool KernelHashes => Options.KernelHashes;

    /// <summary>
    /// The object's properties after its type, in qemu-server's order: <c>id</c>, <c>cbitpos</c>,
    /// <c>reduced-phys-bits</c>, <c>policy</c> and, when set, <c>kernel-hashes</c>. None of the values
    /// can contain a comma, so none needs QEMU's comma doubling.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> Properties
    {
        get
        {
            var properties = new List<KeyValuePair<string, string>>(5)
            {
                new("id", Id),
                new("cbitpos", Cbitpos.ToString(CultureInfo.InvariantCulture)),
                new("reduced-phys-bits", ReducedPhysBits.ToString(CultureInfo.InvariantCulture)),
                new("policy", PolicyHex.Format(Policy)),
            };
            if (KernelHashes)
            {
                properties.Add(new("kernel-hashes", "on"));
            }

            return properties;
        }
    }

    /// <summary>
    /// Runs qemu-server's checks (<see cref="SevHostChecks.FirstFailure"/>) and builds the object.
    /// </summary>
    /// <param name="options">The VM's <c>amd-sev</c> option.</param>
    /// <param name="host">What the host can do (its C-bit position and reduced physical bits go into the object).</param>
    /// <param name="bios">The VM's <c>bios</c> option; SEV needs <c>ovmf</c>.</param>
    /// <exception cref="SevConfigurationException">A check failed; the message is qemu-server's.</exception>
    public static SevGuestObject Create(AmdSevOptions options, SevHostCapabilities host, string? bios) =>
        TryCreate(options, host, bios, out var guestObject, out string? error)
            ? guestObject
            : throw new SevConfigurationException(error);

    /// <summary>Like <see cref="Create"/>, but returns the failed check's message instead of throwing.</summary>
    /// <param name="options">The VM's <c>amd-sev</c> option.</param>
    /// <param name="host">What the host can do.</param>
    /// <param name="bios">The VM's <c>bios</c> option.</param>
    /// <param name="guestObject">The object, when every check passed.</param>
    /// <param name="error">qemu-server's message for the first failed check, otherwise <see langword="null"/>.</param>
    /// <returns>Whether every check passed.</returns>
    public static bool TryCreate(
        AmdSevOptions options,
        SevHostCapabilities host,
        string? bios,
        [NotNullWhen(true)] out SevGuestObject? guestObject,
        [NotNullWhen(false)] out string? error)
    {
        error = SevHostChecks.FirstFailure(options, host, bios);
        guestObject = error is null ? new SevGuestObject(options, host) : null;
        return error is null;
    }

    /// <summary>The guest policy bit by bit, for a launcher's <c>policy</c> table.</summary>
    public IReadOnlyList<PolicyField> DescribePolicy() =>
        Type == SevType.Snp ? new SnpPolicy(Policy).Describe() : new SevPolicy((uint)Policy).Describe();

    /// <summary>The policy's errors and warnings (see <see cref="SnpPolicy.Validate"/> and <see cref="SevPolicy.Validate"/>).</summary>
    public IReadOnlyList<SevDiagnostic> ValidatePolicy() =>
        Type == SevType.Snp ? new SnpPolicy(Policy).Validate() : new SevPolicy((uint)Policy).Validate();

    /// <summary>The value of QEMU's <c>-object</c> option, for example
    /// <c>sev-guest,id=sev0,cbitpos=51,reduced-phys-bits=6,policy=0x8</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(QomType);
        foreach (var (key, value) in Properties)
        {
            text.Append(',').Append(key).Append('=').Append(value);
        }

        return text.ToString();
    }
}
