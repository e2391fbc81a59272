using System.ComponentModel;
using SchemaGen;

namespace SchemaGen.Tdx;

/// <summary>
/// The <c>intel-tdx</c> option of a Proxmox VE virtual machine, as qemu-server 9.0.25 and later define it
/// (format <c>pve-qemu-tdx-fmt</c>): <c>[type=]&lt;tdx-type&gt; ,attestation=&lt;1|0&gt; [,vsock-cid=&lt;integer&gt;]
/// [,vsock-port=&lt;integer&gt;]</c>.
/// </summary>
/// <remarks>
/// PVE's schema gives <c>attestation</c> a default of 1 and the vsock keys defaults of 2 and 4050, but
/// none of them ever applies: <c>attestation</c> is not optional (<c>tdx</c> alone is refused), and
/// qemu-server builds the guest object from the keys as written, so <c>tdx,attestation=1</c> fails with
/// <c>Missing cid for vsock.</c>. The declarations therefore carry no <c>Default</c> (which would make an
/// absent vsock key read as its default and hide that it is missing); the schema's values are kept as
/// <see cref="SchemaDefaultAttestation"/>, <see cref="SchemaDefaultVsockCid"/> and <see cref="SchemaDefaultVsockPort"/>.
/// Both vsock keys are unsigned 32-bit, as vsock addresses are; PVE sets no maximum (see docs/decisions/0002).
/// </remarks>
/// <example><code>var options = IntelTdxOptions.Parse("tdx,attestation=1,vsock-cid=2,vsock-port=4050");</code></example>
[PropertyString("pve-qemu-tdx-fmt", Option = "intel-tdx")]
public readonly partial record struct IntelTdxOptions
{
    /// <summary>The default PVE's schema documents for <c>attestation</c> (never applied: the key is required).</summary>
    public const bool SchemaDefaultAttestation = true;

    /// <summary>The default PVE's schema documents for <c>vsock-cid</c> (the host's CID; never applied by qemu-server).</summary>
    public const uint SchemaDefaultVsockCid = 2;

    /// <summary>The default PVE's schema documents for <c>vsock-port</c> (the Quote Generation Service's port; never applied by
    /// qemu-server).</summary>
    public const uint SchemaDefaultVsockPort = 4050;

    /// <summary>Which TDX the guest uses (only <c>tdx</c>).</summary>
    [Key("type", DefaultKey = true, FormatDescription = "tdx-type")]
    [Description("Enable TDX")]
    public required partial TdxType Type { get; init; }

    /// <summary>Whether the guest can get quotes for remote attestation through the Quote Generation Service on a vsock.</summary>
    [Key("attestation")]
    [Description("Enable TDX attestation by including quote-generation-socket")]
    public required partial bool Attestation { get; init; }

    /// <summary>The vsock CID of the Quote Generation Service; <see langword="null"/> when not written.</summary>
    [Key("vsock-cid", Optional = true, Minimum = 2u)]
    [Description("CID for vsock of Quote Generation Service")]
    public partial uint? VsockCid { get; init; }

    /// <summary>The vsock port of the Quote Generation Service; <see langword="null"/> when not written.</summary>
    [Key("vsock-port", Optional = true, Minimum = 0u)]
    [Description("Port for vsock of Quote Generation Service")]
    public partial uint? VsockPort { get; init; }
}
