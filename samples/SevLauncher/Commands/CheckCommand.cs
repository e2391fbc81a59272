using System.CommandLine;
using SchemaGen.Proxmox;
using SchemaGen.Sev;
using SchemaGen.Tdx;
using SevLauncher.Help;
using SevLauncher.Output;
using SevLauncher.Vm;

namespace SevLauncher.Commands;

/// <summary><c>sev-launch check VMCONF</c>: every problem with the VM's confidential part, and whether it can start here.</summary>
internal static class CheckCommand
{
    public static Command Create(LauncherEnvironment environment, LauncherOutput output, HelpExtras help)
    {
        var options = new VmCommandOptions();
        var command = new Command(
            "check",
            "Check a VM config against this host and report every problem: every option of the file is checked with its "
            + "Proxmox VE format (net0, scsi0, cpu, boot, ...), or as Proxmox VE checks a plain one (cores, onboot, name: its type; "
            + "a misspelled option is an unknown setting, with the option it probably means), and reported with its line and "
            + "Proxmox VE's text; beside them the "
            + "confidential-VM settings (amd-sev or intel-tdx): BIOS not OVMF, an efidisk with SEV-SNP or TDX, an SEV type or TDX "
            + "the host lacks, a TDX attestation socket without CID or port, both options at once, policy bits the kernel refuses. "
            + "Snapshots and [PENDING] are read (their problems are warnings); only the current configuration is planned. "
            + "Errors and warnings go to standard error; the exit code says which kind of problem there was.");
        options.AddTo(command);
        help.Add(
            command,
            "sev-launch check /etc/pve/qemu-server/100.conf",
            "sev-launch check examples/sev-snp.conf --caps examples/turin-capabilities.json",
            "sev-launch check examples/broken.conf      # every problem, exit 1");
        command.SetAction(result => Run(options.Read(result), environment, output));
        return command;
    }

    private static int Run(VmInputs inputs, LauncherEnvironment environment, LauncherOutput output)
    {
        var vm = VmAssessment.Load(inputs, environment, output, out int exitCode);
        if (vm is null)
        {
            return exitCode;
        }

        WriteSummary(vm, output.Out);
        vm.WriteFindings(output);
        FirmwareWarnings.Write(vm, output);

        int errors = vm.Errors.Count();
        int warnings = vm.Findings.Count - errors + vm.MissingFirmware.Count;
        output.Out.WriteLine();
        output.Out.WriteLine(vm.ExitCode switch
        {
            ExitCodes.Ok => $"OK: the VM can start on this host{Counted(warnings, "warning", prefix: " (", suffix: ")")}.",
            ExitCodes.InvalidConfiguration
                => $"{Counted(errors, "error")}{Counted(warnings, "warning", prefix: ", ")}: the VM configuration is invalid.",
            ExitCodes.UsageError
                => $"{Counted(errors, "error")}{Counted(warnings, "warning", prefix: ", ")}: sev-launch needs more to go on (see the " +
                    "notes).",
            _ => $"{Counted(errors, "error")}{Counted(warnings, "warning", prefix: ", ")}: this host cannot run the VM.",
        });
        return vm.ExitCode;
    }

    private static void WriteSummary(VmAssessment vm, TextWriter output)
    {
        var lines = new List<(string Name, string Value)>
        {
            ("VM config", vm.Inputs.ConfigPath),
        };
        if (vm.Config.HasAmdSev() || !vm.Config.HasIntelTdx())
        {
            lines.Add(("amd-sev", Describe(vm)));
        }

        if (vm.Config["intel-tdx"] is { } tdx)
        {
            lines.Add(("intel-tdx", vm.Config.GetParsed<IntelTdxOptions>("intel-tdx") is { } options
                ? $"{tdx} (Intel TDX, {TdxExplanation.Summary(options)})" : tdx + " (not valid)"));
        }

        lines.Add(("Host", vm.Capabilities.Describe()));
        if (vm.Plan?.GuestObject is { } guestObject)
        {
            lines.Add(("QEMU object", guestObject.ToString()));
        }

        if (vm.Plan?.TdxGuestObject is { } tdxObject)
        {
            lines.Add(("QEMU object", tdxObject.ToString()));
        }

        if (vm.HasPflashFirmware)
        {
            lines.Add(("QEMU", vm.MachineVersion));
        }

        if (vm.Plan?.Firmware is { } firmware)
        {
            lines.Add(("Firmware", firmware.UsesBiosOption ? $"{firmware.CodePath} (-bios)" : $"{firmware.CodePath} (pflash, read-only)"));
        }

        if (vm.Plan?.VarsPath is { } vars)
        {
            lines.Add(("EFI vars", vm.Plan.NeedsTemporaryVars ? $"{vars} (temporary copy of {vm.Plan.Firmware?.VarsTemplatePath})"
                : $"{vars} (efidisk0)"));
        }

        int width = lines.Max(line => line.Name.Length) + 1;
        foreach (var (name, value) in lines)
        {
            output.WriteLine($"{(name + ":").PadRight(width)}  {value}");
        }
    }

    private static string Describe(VmAssessment vm)
    {
        if (vm.Config["amd-sev"] is not { } text)
        {
            return "(none)";
        }

        if (vm.Config.GetParsed<AmdSevOptions>("amd-sev") is not { } options)
        {
            return text + " (not valid)";
        }

        string type = options.Type switch { SevType.Snp => "SEV-SNP", SevType.Es => "SEV-ES", _ => "SEV" };
        return $"{text} ({type}, policy {PolicyHex.Format(options.GetPolicyValue())})";
    }

    private static string Counted(int count, string noun, string prefix = "", string suffix = "") =>
        count == 0 ? "" : $"{prefix}{count} {noun}{(count == 1 ? "" : "s")}{suffix}";
}
