using System.CommandLine;
using SchemaGen.Sev;
using SevLauncher.Help;
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
            + "enabled (kvm_amd's sev, sev_es, sev_snp), C-bit, reduced physical bits, VMPLs and ASIDs, and what is missing.")
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
        var result = environment.Probe();
        if (writePath is not null)
        {
            try
            {
                SevCapabilityFile.Write(writePath, result.Capabilities);
            }
            catch (SevCapabilityFileException e)
            {
                output.Error(e.Message);
                return ExitCodes.InvalidConfiguration;
            }
        }

        if (json)
        {
            output.Out.WriteLine(ProbeJson.Format(result));
        }
        else
        {
            ProbeReport.Write(result, output.Out);
        }

        if (writePath is not null)
        {
            output.Note($"wrote {writePath}: {result.ToJson().TrimEnd('\n')}");
        }

        return ExitCodes.Ok;
    }
}
