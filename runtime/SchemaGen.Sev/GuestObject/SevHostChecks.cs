namespace SchemaGen.Sev;

/// <summary>
/// The checks qemu-server makes before it builds the SEV object, in its order, with its messages.
/// It stops at the first failure, and so do these.
/// </summary>
public static class SevHostChecks
{
    /// <summary>The host has no SEV at all (checked for every type, first).</summary>
    public const string NoSev = "Your CPU does not support AMD SEV.";

    /// <summary>The VM asks for SEV-ES and the host has none.</summary>
    public const string NoSevEs = "Your CPU does not support AMD SEV-ES.";

    /// <summary>The VM asks for SEV-SNP and the host has none.</summary>
    public const string NoSevSnp = "Your CPU does not support AMD SEV-SNP.";

    /// <summary>The VM does not boot OVMF (<c>bios</c> absent or not <c>ovmf</c>).</summary>
    public const string NotOvmf = "To use AMD SEV, you need to change the BIOS to OVMF.";

    /// <summary>
    /// Runs the checks in qemu-server's order: SEV support, then SEV-ES support for <c>es</c>, then
    /// SEV-SNP support for <c>snp</c>, then the firmware.
    /// </summary>
    /// <param name="options">The VM's <c>amd-sev</c> option.</param>
    /// <param name="host">What the host can do.</param>
    /// <param name="bios">The VM's <c>bios</c> option; only exactly <c>ovmf</c> passes (absent means SeaBIOS).</param>
    /// <returns>The message of the first failed check, or <see langword="null"/> when all pass.</returns>
    public static string? FirstFailure(AmdSevOptions options, SevHostCapabilities host, string? bios)
    {
        if (!host.SevSupport)
        {
            return NoSev;
        }

        if (options.Type == SevType.Es && !host.SevSupportEs)
        {
            return NoSevEs;
        }

        if (options.Type == SevType.Snp && !host.SevSupportSnp)
        {
            return NoSevSnp;
        }

        if (!string.Equals(bios, "ovmf", StringComparison.Ordinal))
        {
            return NotOvmf;
        }

        return null;
    }
}
