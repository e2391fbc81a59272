namespace SchemaGen.Tdx;

/// <summary>
/// The checks qemu-server makes before it builds the TDX object, in its order, with its messages.
/// It stops at the first failure, and so do these.
/// </summary>
public static class TdxHostChecks
{
    /// <summary>The host's capabilities lack <c>intel-tdx.tdx-support</c> (checked first).</summary>
    public const string NoTdx = "Your CPU does not support Intel TDX.";

    /// <summary>The VM does not boot OVMF (<c>bios</c> absent or not <c>ovmf</c>).</summary>
    public const string NotOvmf = "To use Intel TDX, you need to change the BIOS to OVMF.";

    /// <summary>Attestation is on and <c>vsock-cid</c> is not written (the schema default is not applied).</summary>
    public const string MissingVsockCid = "Missing cid for vsock.";

    /// <summary>Attestation is on and <c>vsock-port</c> is not written (the schema default is not applied).</summary>
    public const string MissingVsockPort = "Missing port for vsock.";

    /// <summary>Runs the checks in qemu-server's order: host support, firmware, then with attestation the CID and the port.</summary>
    /// <param name="options">The VM's <c>intel-tdx</c> option.</param>
    /// <param name="host">What the host can do.</param>
    /// <param name="bios">The VM's <c>bios</c> option; only exactly <c>ovmf</c> passes (absent means SeaBIOS).</param>
    /// <returns>The message of the first failed check, or <see langword="null"/> when all pass.</returns>
    public static string? FirstFailure(IntelTdxOptions options, TdxHostCapabilities host, string? bios)
    {
        if (!host.TdxSupport)
        {
            return NoTdx;
        }

        if (!string.Equals(bios, "ovmf", StringComparison.Ordinal))
        {
            return NotOvmf;
        }

        if (options.Attestation && options.VsockCid is null)
        {
            return MissingVsockCid;
        }

        if (options.Attestation && options.VsockPort is null)
        {
            return MissingVsockPort;
        }

        return null;
    }
}
