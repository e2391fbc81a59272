using System.CommandLine;
using SchemaGen.Sev;
using SevLauncher.Help;
using SevLauncher.Qemu;
using SevLauncher.Vm;

namespace SevLauncher.Commands;

/// <summary><c>sev-launch start VMCONF [--dry-run] [--qemu PATH] [-- QEMU-ARGS]</c>: run the VM when this host can.</summary>
internal static class StartCommand
{
    public static Command Create(LauncherEnvironment environment, LauncherOutput output, HelpExtras help)
    {
        var options = new VmCommandOptions();
        var dryRun = new Option<bool>("--dry-run")
        {
            Description = "Check everything and print the command, but do not run QEMU or copy any file.",
        };
        var vars = VarsOption.Create();
        var extra = new Argument<string[]>("QEMU-ARGS")
        {
            Description = "More QEMU arguments after '--': disks, network, display, -kernel for kernel-hashes, ...",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command(
            "start",
            "Start the VM with QEMU when this host can run it, otherwise say exactly what is missing. The command is a "
            + "minimal machine from the config (name, memory, sockets, cores; q35 or pc with KVM), the confidential part "
            + "that showcmd prints, then QEMU-ARGS. Signals (SIGINT, SIGTERM, SIGHUP, SIGQUIT) are passed to QEMU, and "
            + "QEMU's exit code is sev-launch's. An SEV or SEV-ES VM without efidisk0 runs on a temporary copy of the "
            + "firmware's EFI vars template (see --vars), as qemu-server does.")
        {
            dryRun,
            vars,
        };
        options.AddTo(command);
        command.Arguments.Add(extra);
        help.Add(
            command,
            "sev-launch start examples/sev-snp.conf --caps examples/turin-capabilities.json --dry-run",
            "sev-launch start /etc/pve/qemu-server/100.conf --qemu /usr/bin/kvm -- -nographic -drive file=disk.qcow2,if=virtio",
            "sev-launch start 100.conf --dry-run --efidisk /dev/pve/vm-100-disk-1");
        command.SetAction(result => Run(
            options.Read(result, result.GetValue(vars)),
            result.GetValue(dryRun),
            result.GetValue(extra) ?? [],
            environment,
            output));
        return command;
    }

    private static int Run(VmInputs inputs, bool dryRun, string[] extra, LauncherEnvironment environment, LauncherOutput output)
    {
        string qemu = inputs.Qemu;
        var vm = VmAssessment.Load(inputs, environment, output, out int exitCode);
        if (vm is null)
        {
            return exitCode;
        }

        output.Note("host capabilities " + vm.Capabilities.Describe());
        if (vm.HasPflashFirmware)
        {
            output.Note("firmware form for " + vm.MachineVersion);
        }

        vm.WriteFindings(output);
        if (vm.ExitCode != ExitCodes.Ok)
        {
            return vm.ExitCode;
        }

        var plan = vm.Plan!;
        if (vm.MissingFirmware.Count > 0)
        {
            foreach (string missing in vm.MissingFirmware)
            {
                output.Error($"{missing} (install pve-edk2-firmware, or pass --firmware DIR)");
            }

            return ExitCodes.HostLacksCapability;
        }

        if (!plan.NeedsTemporaryVars && plan.VarsPath is { } efiDisk && !environment.FileExists(efiDisk))
        {
            output.Error($"efidisk0: '{efiDisk}' does not exist on this host (pass its path with --efidisk PATH)");
            return ExitCodes.InvalidConfiguration;
        }

        var arguments = StartCommandLine.Build(vm, extra);
        if (dryRun)
        {
            if (plan.NeedsTemporaryVars)
            {
                output.Note($"would copy {plan.Firmware!.VarsTemplatePath} to {plan.VarsPath}");
            }

            output.Out.WriteLine(ShellQuote.Join([qemu, .. arguments]));
            return ExitCodes.Ok;
        }

        return Launch(plan, qemu, arguments, environment, output);
    }

    private static int Launch(ConfidentialVmPlan plan, string qemu, IReadOnlyList<string> arguments, LauncherEnvironment environment,
        LauncherOutput output)
    {
        TemporaryVarsFile? vars = null;
        try
        {
            if (plan.NeedsTemporaryVars)
            {
                vars = TemporaryVarsFile.Create(plan.Firmware!.VarsTemplatePath!, plan.VarsPath!);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            output.Error($"cannot make the temporary EFI vars file '{plan.VarsPath}': {e.Message}");
            return ExitCodes.InvalidConfiguration;
        }

        using (vars)
        {
            output.Note("running " + ShellQuote.Join([qemu, .. arguments]));
            try
            {
                return environment.Runner.Run(qemu, arguments);
            }
            catch (QemuNotStartedException e)
            {
                output.Error(e.Message);
                return ExitCodes.HostLacksCapability;
            }
        }
    }
}
