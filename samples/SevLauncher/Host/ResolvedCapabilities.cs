using SchemaGen.Sev;
using SchemaGen.Tdx;

namespace SevLauncher.Host;

/// <summary>The host capabilities a command works with, and where they came from.</summary>
/// <param name="Host">What the host can do for SEV; all false for a host that is not AMD (a <c>{ }</c> file).</param>
/// <param name="IsAmd">Whether the source described an AMD host at all.</param>
/// <param name="Source">Where they came from, for the output: <c>--caps FILE</c>, the capability file, or a live probe.</param>
/// <param name="Probe">The SEV probe, when they came from one: its reasons say what is missing.</param>
/// <param name="Tdx">The <c>intel-tdx</c> part; null when the source has none (not Intel, or TDX undetermined).</param>
/// <param name="TdxProbe">The TDX probe, when they came from a live probe of an Intel host.</param>
internal sealed record ResolvedCapabilities(SevHostCapabilities Host, bool IsAmd, string Source, SevHostProbeResult? Probe,
    TdxHostCapabilities? Tdx = null, TdxHostProbeResult? TdxProbe = null)
{
    /// <summary>What the host can do for TDX: all false without an <c>intel-tdx</c> part.</summary>
    public TdxHostCapabilities TdxHost => Tdx ?? default;

    /// <summary>One line: where from and what, e.g. <c>from --caps turin.json: cbitpos 51, reduced-phys-bits 6, SEV yes, SEV-ES yes,
    /// SEV-SNP yes</c>.</summary>
    public string Describe() => $"from {Source}: {Summary()}";

    private string Summary()
    {
        if (Tdx is { } tdx)
        {
            return $"Intel TDX {YesNo(tdx.TdxSupport)}" + (IsAmd ? ", " + SevSummary() : string.Empty);
        }

        return IsAmd ? SevSummary() : "not an AMD host (no amd-sev capabilities)";
    }

    private string SevSummary() =>
        $"cbitpos {Host.Cbitpos}, reduced-phys-bits {Host.ReducedPhysBits}, "
        + $"SEV {YesNo(Host.SevSupport)}, SEV-ES {YesNo(Host.SevSupportEs)}, SEV-SNP {YesNo(Host.SevSupportSnp)}";

    private static string YesNo(bool value) => value ? "yes" : "no";
}
