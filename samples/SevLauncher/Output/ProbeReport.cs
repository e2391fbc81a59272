using System.Globalization;
using SchemaGen.Sev;

namespace SevLauncher.Output;

/// <summary><c>sev-launch probe</c> as text: the host, a row per SEV type, the CPU's SEV features, what is missing, and (separately) the
/// capability file.</summary>
internal static class ProbeReport
{
    public static void Write(SevHostProbeResult result, TextWriter output)
    {
        var cpu = result.Cpu;
        output.WriteLine(result.NotSupportedReason is { } reason
            ? "This host cannot run AMD SEV guests: " + reason
            : result.Levels.All(level => level.Usable)
                ? "This host can run SEV, SEV-ES and SEV-SNP guests."
                : result.Levels.Any(level => level.Usable)
                    ? $"This host can run {string.Join(" and ", result.Levels.Where(l => l.Usable).Select(l => l.Name))} guests, " +
                        $"not {string.Join(" or ", result.Levels.Where(l => !l.Usable).Select(l => l.Name))}."
                    : "This host cannot run AMD SEV guests (see below for why).");
        output.WriteLine();

        var facts = new List<(string Name, string Value)>
        {
            ("CPU vendor", !cpu.IsX86 ? "none (not x86)" : cpu.Vendor + (cpu.Hypervisor is null ? ", bare metal"
                : $", virtual machine ({(cpu.Hypervisor.Length == 0 ? "unnamed hypervisor" : cpu.Hypervisor)})")),
        };
        if (cpu.IsX86)
        {
            facts.Add(("CPUID Fn8000_001F", cpu.EncryptedMemory is null
                ? $"not read (highest extended leaf {cpu.MaxExtendedLeaf:X8}h{(cpu.IsAmd ? "" : ", and not AMD")})"
                : $"present (highest extended leaf {cpu.MaxExtendedLeaf:X8}h)"));
        }

        if (cpu.EncryptedMemory is { } leaf)
        {
            facts.Add(("C-bit position", Number(leaf.CbitPosition)));
            facts.Add(("Reduced phys bits", Number(leaf.ReducedPhysBits)));
            facts.Add(("VMPLs", Number(leaf.VmplCount)));
            facts.Add(("Encrypted guests", $"{leaf.MaxEncryptedGuests} at once"));
            facts.Add(("Minimum SEV ASID", leaf.MinSevAsid == 0
                ? "0"
                : $"{leaf.MinSevAsid}: ASIDs for {leaf.SevEsGuests} SEV-ES/SEV-SNP and {leaf.SevGuests} SEV guests"));
        }

        var kvm = result.Kvm;
        facts.Add(("kvm_amd module", kvm.ModuleLoaded ? "loaded" : "not loaded"));
        facts.Add((KvmSevSettings.DevSevPath, kvm.DevSevExists ? "present" : "missing"));
        int width = facts.Max(fact => fact.Name.Length) + 1;
        foreach (var (name, value) in facts)
        {
            output.WriteLine($"  {(name + ":").PadRight(width)}  {value}");
        }

        output.WriteLine();
        var levels = new TextTable("Type", "CPU", "KVM", "Usable");
        foreach (var level in result.Levels)
        {
            levels.Add(level.Name, YesNo(level.CpuSupports), kvm.ModuleLoaded ? Kvm(level.Kvm) : "kvm_amd not loaded", YesNo(level.Usable));
        }

        levels.WriteTo(output, "  ");

        var features = SevCpuFeatureInfo.In(cpu.Features).ToList();
        if (features.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("  CPU SEV features (CPUID Fn8000_001F EAX):");
            var table = new TextTable("Bit", "Name", "Meaning");
            foreach (var feature in features)
            {
                table.Add(Number(feature.Bit), feature.ApmName, feature.Description);
            }

            table.WriteTo(output, "  ");
        }

        output.WriteLine();
        if (result.Missing.Count == 0)
        {
            output.WriteLine("Nothing is missing.");
        }
        else if (result.NotSupportedReason is null || result.Missing.Count > 1)
        {
            output.WriteLine("What is missing:");
            foreach (string missing in result.Missing.Where(m => m != result.NotSupportedReason))
            {
                output.WriteLine("  - " + missing);
            }
        }
        else
        {
            output.WriteLine("Nothing else to check: every SEV type needs an AMD x86-64 processor.");
        }

    }

    /// <summary>The closing block: the capability file this host gets.</summary>
    public static void WriteCapabilityFile(string fileText, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("Capability file (what 'sev-launch probe --write FILE' writes):");
        output.WriteLine("  " + fileText.TrimEnd('\n'));
    }

    private static string Kvm(KvmParameter parameter) => parameter.State switch
    {
        KvmParameterState.Enabled or KvmParameterState.Disabled => $"{parameter.Name}={parameter.Text}",
        KvmParameterState.Absent => $"no {parameter.Name} parameter",
        KvmParameterState.Unreadable => $"{parameter.Name} unreadable",
        _ => $"{parameter.Name}={parameter.Text} (not Y/N)",
    };

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
