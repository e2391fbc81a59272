using System.CommandLine;
using SevLauncher.Help;
using SevLauncher.Vm;

namespace SevLauncher.Commands;

/// <summary><c>sev-launch showcmd VMCONF [--pretty]</c>: the QEMU arguments of the VM's confidential part.</summary>
internal static class ShowCmdCommand
{
    public static Command Create(LauncherEnvironment environment, LauncherOutput output, HelpExtras help)
    {
        var options = new VmCommandOptions();
        var pretty = new Option<bool>("--pretty")
        {
            Description = "One option per line, continued with ' \\', as 'qm showcmd --pretty' prints.",
        };
        var vars = VarsOption.Create();
        var machine = new Option<string?>("--machine")
        {
            Description = "The machine type (and options) to print in -machine with the confidential flags, for example "
                + "pc+pve0 as 'qm showcmd' prints for an unversioned i440fx VM; a bare type is written type=TYPE. Default: none.",
            HelpName = "TYPE",
        };
        var command = new Command(
            "showcmd",
            "Print the QEMU arguments for the VM's confidential part: the firmware (for SEV and SEV-ES qemu-server 9's "
            + "-blockdev lines on QEMU 10.0 and later, -drive if=pflash before; -bios for SEV-SNP and Intel TDX), the "
            + "sev-guest, sev-snp-guest or tdx-guest object, and the -machine flags (confidential-guest-support=sev0 or "
            + "tdx0,kernel_irqchip=split), quoted like 'qm showcmd'. "
            + "Standard output holds only the arguments; notes and warnings (such as firmware "
            + "missing on this machine) go to standard error.")
        {
            pretty,
            vars,
            machine,
        };
        options.AddTo(command);
        help.Add(
            command,
            "sev-launch showcmd examples/sev-snp.conf --caps examples/turin-capabilities.json",
            "sev-launch showcmd /etc/pve/qemu-server/100.conf --pretty",
            "sev-launch showcmd examples/sev-std.conf --caps examples/turin-capabilities.json --qemu-version 10.0 --machine pc+pve0",
            "sev-launch showcmd examples/tdx.conf --caps examples/tdx-capabilities.json",
            "sev-launch showcmd 101.conf --efidisk /dev/pve/vm-101-disk-0   # efidisk0 on LVM");
        command.SetAction(result => Run(options.Read(result, result.GetValue(vars)), result.GetValue(pretty),
            MachineOptions(result.GetValue(machine)), environment, output));
        return command;
    }

    // A bare machine type gets its key, so that it may stand behind the blockdev form's leading pflash flags.
    private static string? MachineOptions(string? machine) =>
        string.IsNullOrEmpty(machine) || machine.Split(',')[0].Contains('=', StringComparison.Ordinal) ? machine : "type=" + machine;

    private static int Run(VmInputs inputs, bool pretty, string? machine, LauncherEnvironment environment, LauncherOutput output)
    {
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
        FirmwareWarnings.Write(vm, output);
        if (vm.Plan?.Arguments is not { } arguments)
        {
            return vm.ExitCode;
        }

        if (vm.Plan.NeedsTemporaryVars)
        {
            output.Note(
                $"no efidisk0: 'start' copies {vm.Plan.Firmware?.VarsTemplatePath} to {vm.Plan.VarsPath} for the VM's UEFI variables");
        }

        output.Out.WriteLine(pretty ? string.Join(" \\\n  ", arguments.ToPrintableLines(machine)) : arguments.ToPrintable(machine));
        return vm.ExitCode;
    }
}
