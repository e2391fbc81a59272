using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SchemaGen.Tdx;

/// <summary>
/// QEMU's confidential-guest object for an Intel TDX VM, as qemu-server 9 builds it: a <c>tdx-guest</c>
/// object given to <c>-object</c> as canonical JSON (keys sorted, no spaces), with a
/// <c>quote-generation-socket</c> of type <c>vsock</c> (CID and port as strings) when attestation is on.
/// </summary>
/// <example><code>
/// var tdx = TdxGuestObject.Create(IntelTdxOptions.Parse("tdx,attestation=1,vsock-cid=2,vsock-port=4050"), new() { TdxSupport = true },
/// "ovmf");
/// string objectArgument = tdx.ToString();
/// // {"id":"tdx0","qom-type":"tdx-guest","quote-generation-socket":{"cid":"2","port":"4050","type":"vsock"}}
/// </code></example>
public sealed class TdxGuestObject
{
    /// <summary>The object's id, which the machine's <c>confidential-guest-support</c> names.</summary>
    public const string DefaultId = "tdx0";

    /// <summary>The QOM type.</summary>
    public const string QomType = "tdx-guest";

    /// <summary>The flags the <c>-machine</c> option needs for a TDX guest, in qemu-server's order.</summary>
    public static IReadOnlyList<string> MachineFlags { get; } = ["confidential-guest-support=" + DefaultId, "kernel_irqchip=split"];

    private TdxGuestObject(IntelTdxOptions options)
    {
        Options = options;
    }

    /// <summary>The <c>intel-tdx</c> option the object was made from.</summary>
    public IntelTdxOptions Options { get; }

    /// <summary>The object's id: <c>tdx0</c>.</summary>
    public string Id => DefaultId;

    /// <summary>Whether the object has a <c>quote-generation-socket</c> (attestation is on).</summary>
    public bool HasQuoteGenerationSocket => Options.Attestation;

    /// <summary>
    /// The names of the <c>tdx-guest</c> properties the object sets (besides <c>qom-type</c>), in the
    /// order they are printed: <c>id</c> and, with attestation, <c>quote-generation-socket</c>.
    /// </summary>
    public IReadOnlyList<string> PropertyNames => HasQuoteGenerationSocket ? ["id", "quote-generation-socket"] : ["id"];

    /// <summary>Runs qemu-server's checks (<see cref="TdxHostChecks.FirstFailure"/>) and builds the object.</summary>
    /// <param name="options">The VM's <c>intel-tdx</c> option.</param>
    /// <param name="host">What the host can do.</param>
    /// <param name="bios">The VM's <c>bios</c> option; TDX needs <c>ovmf</c>.</param>
    /// <exception cref="TdxConfigurationException">A check failed; the message is qemu-server's.</exception>
    public static TdxGuestObject Create(IntelTdxOptions options, TdxHostCapabilities host, string? bios) =>
        TryCreate(options, host, bios, out var guestObject, out string? error)
            ? guestObject
            : throw new TdxConfigurationException(error);

    /// <summary>Like <see cref="Create"/>, but returns the failed check's message instead of throwing.</summary>
    /// <param name="options">The VM's <c>intel-tdx</c> option.</param>
    /// <param name="host">What the host can do.</param>
    /// <param name="bios">The VM's <c>bios</c> option.</param>
    /// <param name="guestObject">The object, when every check passed.</param>
    /// <param name="error">qemu-server's message for the first failed check, otherwise <see langword="null"/>.</param>
    /// <returns>Whether every check passed.</returns>
    public static bool TryCreate(
        IntelTdxOptions options,
        TdxHostCapabilities host,
        string? bios,
        [NotNullWhen(true)] out TdxGuestObject? guestObject,
        [NotNullWhen(false)] out string? error)
    {
        error = TdxHostChecks.FirstFailure(options, host, bios);
        guestObject = error is null ? new TdxGuestObject(options) : null;
        return error is null;
    }

    /// <summary>The value of QEMU's <c>-object</c> option: the object as canonical JSON, as qemu-server prints it.</summary>
    public override string ToString()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            // Perl's to_json(canonical => 1): members sorted by name at every level.
            json.WriteStartObject();
            json.WriteString("id", Id);
            json.WriteString("qom-type", QomType);
            if (HasQuoteGenerationSocket)
            {
                json.WriteStartObject("quote-generation-socket");
                json.WriteString("cid", Options.VsockCid!.Value.ToString(CultureInfo.InvariantCulture));
                json.WriteString("port", Options.VsockPort!.Value.ToString(CultureInfo.InvariantCulture));
                json.WriteString("type", "vsock");
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
