using SchemaGen.Sev;
using SchemaGen.Tdx;

namespace SevLauncher.Output;

/// <summary><c>sev-launch probe</c>'s Intel TDX section, printed on an Intel host: the MSRs, KVM's tdx parameter, and what is
/// missing.</summary>
internal static class TdxProbeReport
{
    public static void Write(TdxHostProbeResult result, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine(result.Capabilities is { TdxSupport: true }
            ? "Intel TDX: this host can run TDX guests."
            : result.Msrs is null
                ? $"Intel TDX: {TdxHostProbe.Undetermined} (the MSRs could not be read)."
                : "Intel TDX: this host cannot run TDX guests (see below for why).");
        var facts = new List<(string Name, string Value)>();
        if (result.Msrs is { } msrs)
        {
            facts.Add(("MSR 0x982 (TME)", $"0x{msrs.TmeActivate:x}: memory encryption {(msrs.TmeEnabled ? "active" : "not active")}"));
            facts.Add(("MSR 0xA0", $"0x{msrs.Sgx:x}{(msrs.Sgx == 0 ? "" : " (PVE wants 0)")}"));
            facts.Add(("MSR 0x1401 (SEAM)", $"0x{msrs.SeamRangeMask:x}: SEAM range {(msrs.SeamRangeEnabled ? "enabled" : "not enabled")}"));
            facts.Add(("CPU", msrs.TdxSupport ? "TDX" : "no TDX"));
        }
        else
        {
            facts.Add(("MSRs", "unreadable: " + result.MsrError));
        }

        facts.Add(("KVM", result.Kvm.State switch
        {
            KvmParameterState.Enabled or KvmParameterState.Disabled => $"kvm_intel tdx={result.Kvm.Text}",
            KvmParameterState.Absent => $"no {result.Kvm.Path}",
            KvmParameterState.Unreadable => $"{result.Kvm.Path} unreadable",
            _ => $"kvm_intel tdx={result.Kvm.Text} (not Y/N)",
        }));
        int width = facts.Max(fact => fact.Name.Length) + 1;
        foreach (var (name, value) in facts)
        {
            output.WriteLine($"  {(name + ":").PadRight(width)}  {value}");
        }

        if (result.Missing.Count > 0)
        {
            output.WriteLine("What is missing for TDX:");
            foreach (string missing in result.Missing)
            {
                output.WriteLine("  - " + missing);
            }
        }
    }
}
