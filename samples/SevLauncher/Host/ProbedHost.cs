using SchemaGen.Sev;
using SchemaGen.Tdx;

namespace SevLauncher.Host;

/// <summary>
/// A live probe of this machine: AMD SEV always, Intel TDX on an Intel host (its MSRs are read only
/// there, as Proxmox's helper does), and the capability file the pair gives.
/// </summary>
internal sealed record ProbedHost(SevHostProbeResult Sev, TdxHostProbeResult? Tdx)
{
    /// <summary>Runs the SEV probe, and the TDX probe when the CPU vendor is Intel.</summary>
    public static ProbedHost Probe(LauncherEnvironment environment)
    {
        var sev = environment.Probe();
        return new ProbedHost(sev, sev.Cpu.Vendor == TdxHostProbe.IntelVendor ? environment.ProbeTdx() : null);
    }

    /// <summary>
    /// The capability file as Proxmox's helper writes it here: the <c>amd-sev</c> line on an AMD host, the
    /// <c>intel-tdx</c> line on an Intel host whose MSRs could be read, else <c>{ }</c>.
    /// </summary>
    public string CapabilityFileText => Tdx?.Capabilities is { } tdx ? SevCapabilityFile.Format(tdx) : Sev.ToJson();

    /// <summary>Whether the helper would print <see cref="TdxHostProbe.Undetermined"/> (an Intel host whose MSRs could not be
    /// read).</summary>
    public bool TdxUndetermined => Tdx is { IsIntel: true, Msrs: null };

    /// <summary>Writes <see cref="CapabilityFileText"/> atomically.</summary>
    /// <exception cref="SevCapabilityFileException">Writing failed.</exception>
    public void Write(string path)
    {
        if (Tdx?.Capabilities is { } tdx)
        {
            SevCapabilityFile.Write(path, tdx);
        }
        else
        {
            SevCapabilityFile.Write(path, Sev.Capabilities);
        }
    }
}
