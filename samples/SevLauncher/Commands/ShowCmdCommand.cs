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
        var command = new Command(
            "showcmd",
            "Print the QEMU arguments for the VM's confidential part: the firmware (pflash for SEV and SEV-ES, -bios for "
            + "SEV-SNP), the sev-guest or sev-snp-guest object, and the -machine flag confidential-guest-support=sev0, "
            + "quoted like 'qm showcmd'. Standard output holds only the arguments; notes and warnings (such as firmware "
            + "missing on this machine) go to standard error.")
        {
            pretty,
            vars,
        };
        options.AddTo(command);
        help.Add(
            command,
            "sev-launch showcmd examples/sev-snp.conf --caps examples/turin-capabilities.json",
            "sev-launch showcmd /etc/pve/qemu-server/100.conf --pretty",
            "sev-launch showcmd 101.conf --efidisk /dev/pve/vm-101-disk-0   # efidisk0 on LVM");
        command.SetAction(result => Run(options.Read(result, result.GetValue(vars)), result.GetValue(pretty), environment, output));
        return command;
    }

    private static int Run(VmInputs inputs, bool pretty, LauncherEnvironment environment, LauncherOutput output)
    {
        var vm = VmAssessment.Load(inputs, environment, output, out int exitCode);
        if (vm is null)
        {
            return exitCode;
        }

        output.Note("host capabilities " + vm.Capabilities.Describe());
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

        output.Out.WriteLine(pretty ? string.Join(" \\\n  ", arguments.ToPrintableLines()) : arguments.ToPrintable());
        return vm.ExitCode;
    }
}
