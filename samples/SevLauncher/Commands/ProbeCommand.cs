using System.CommandLine;
using SchemaGen.Sev;
using SchemaGen.Tdx;
using SevLauncher.Help;
using SevLauncher.Host;
using SevLauncher.Output;

namespace SevLauncher.Commands;

/// <summary><c>sev-launch probe [--json] [--write FILE]</c>: what this host can do for SEV guests.</summary>
internal static class ProbeCommand
{
    public static Command Create(LauncherEnvironment environment, LauncherOutput output, HelpExtras help)
    {
        var json = new Option<bool>("--json") { Description = "Print everything the probe found as JSON instead of a table." };
        var write = new Option<string?>("--write")
        {
            Description = "Also write the Proxmox-compatible capability file here, atomically (qemu-server reads "
                + SevCapabilityFile.DefaultPath + ").",
            HelpName = "FILE",
        };
        var command = new Command(
            "probe",
            "Probe this host for AMD SEV: the CPU's SEV, SEV-ES and SEV-SNP support (CPUID Fn8000_001F), what KVM "
            + "enabled (kvm_amd's sev, sev_es, sev_snp), C-bit, reduced physical bits, VMPLs and ASIDs, and what is missing. "
            + "On an Intel host also Intel TDX: Proxmox's MSR rule (0x982 bit 1, 0xA0 zero, 0x1401 bit 11, read from "
            + "/dev/cpu/0/msr) and kvm_intel's tdx. The capability file is the amd-sev, intel-tdx or { } form Proxmox writes.")
        {
            json,
            write,
        };
        help.Add(
            command,
            "sev-launch probe                    # a table, and what is missing",
            "sev-launch probe --json             # the same for scripts",
            "sev-launch probe --write " + SevCapabilityFile.DefaultPath + "   # what the systemd unit runs at boot");
        command.SetAction(result => Run(result.GetValue(json), result.GetValue(write), environment, output));
        return command;
    }

    private static int Run(bool json, string? writePath, LauncherEnvironment environment, LauncherOutput output)
    {
        var host = ProbedHost.Probe(environment);
        var result = host.Sev;
        if (writePath is not null)
        {
            // As Proxmox's helper: an Intel host whose MSRs cannot be read gets { } and this line on standard error.
            if (host.TdxUndetermined)
            {
                output.Err.WriteLine(TdxHostProbe.Undetermined);
            }

            try
            {
                host.Write(writePath);
            }
            catch (SevCapabilityFileException e)
            {
                output.Error(e.Message);
                return ExitCodes.InvalidConfiguration;
            }
        }

        if (json)
        {
            output.Out.WriteLine(ProbeJson.Format(result, host.Tdx));
        }
        else
        {
            ProbeReport.Write(result, output.Out);
            if (host.Tdx is { } tdx)
            {
                TdxProbeReport.Write(tdx, output.Out);
            }

            ProbeReport.WriteCapabilityFile(host.CapabilityFileText, output.Out);
        }

        if (writePath is not null)
        {
            output.Note($"wrote {writePath}: {host.CapabilityFileText.TrimEnd('\n')}");
        }

        return ExitCodes.Ok;
    }
}
