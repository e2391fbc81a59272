using System.Globalization;
using SchemaGen.Tdx;

namespace SevLauncher.Output;

/// <summary>
/// What an <c>intel-tdx</c> value means, for <c>policy</c> and <c>check</c>. TDX has no policy of ours to
/// explain: the TD's attributes (debug, SEPT #VE, ...) are QEMU's <c>attributes</c> property, which
/// qemu-server does not set; what the value decides is attestation and its vsock.
/// </summary>
internal static class TdxExplanation
{
    /// <summary>One phrase: attestation on with its vsock, or off.</summary>
    public static string Summary(IntelTdxOptions options) => options.Attestation
        ? $"attestation through vsock CID {Text(options.VsockCid)} port {Text(options.VsockPort)}"
        : "no attestation";

    /// <summary>The explanation, line by line.</summary>
    public static IEnumerable<string> Lines(IntelTdxOptions options, TdxGuestObject? guestObject)
    {
        yield return $"intel-tdx {options}: Intel TDX guest, {Summary(options)}";
        yield return string.Empty;
        yield return "  type         tdx: the VM runs as a trust domain (QEMU's tdx-guest object, id tdx0); -machine gets";
        yield return "               confidential-guest-support=tdx0,kernel_irqchip=split and the firmware is OVMF_TDX_4M.ms.fd"
            + " with -bios.";
        yield return options.Attestation
            ? "  attestation  1: the guest can ask for quotes for remote attestation; QEMU forwards them to the Quote Generation"
            : "  attestation  0: no quote-generation-socket; the guest cannot get quotes for remote attestation.";
        if (options.Attestation)
        {
            yield return "               Service on the host through the vsock below (QEMU's quote-generation-socket).";
            yield return $"  vsock-cid    {Text(options.VsockCid)}: the CID the Quote Generation Service listens on (2 is the host).";
            yield return $"  vsock-port   {Text(options.VsockPort)}: its port (the QGS default is 4050).";
        }

        yield return "  attributes   not set by Proxmox VE: QEMU's default TD attributes apply"
            + " (no debug; sept-ve-disable as QEMU decides).";
        if (guestObject is not null)
        {
            yield return string.Empty;
            yield return "QEMU object: " + guestObject;
        }
    }

    // qemu-server does not apply the schema defaults: a missing key stays missing and fails.
    private static string Text(uint? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "(missing)";
}
