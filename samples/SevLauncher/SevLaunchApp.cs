using System.CommandLine;
using System.CommandLine.Help;
using SevLauncher.Commands;
using SevLauncher.Help;

namespace SevLauncher;

/// <summary>
/// <c>sev-launch</c>: the command tree, parsing, and the exit-code contract. Everything it reads or
/// does to the machine comes through a <see cref="LauncherEnvironment"/>, so tests run it in-process.
/// </summary>
internal static class SevLaunchApp
{
    /// <summary>Runs the command line and returns the exit code (see <see cref="ExitCodes"/>).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, LauncherEnvironment environment)
    {
        var output = new LauncherOutput(stdout, stderr);
        var root = CreateRootCommand(environment, output);
        var parseResult = root.Parse(args);

        // System.CommandLine answers a parse error with exit 1 and the full help; the contract is
        // exit 2 and the errors on standard error. --help and --version clear parse errors themselves.
        if (parseResult.Errors.Count > 0 && parseResult.Action is not { ClearsParseErrors: true })
        {
            foreach (var error in parseResult.Errors)
            {
                output.Error(error.Message);
            }

            string command = parseResult.CommandResult.Command == root ? "sev-launch"
                : "sev-launch " + parseResult.CommandResult.Command.Name;
            stderr.WriteLine($"Run '{command} --help' for usage.");
            return ExitCodes.UsageError;
        }

        return parseResult.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    private static RootCommand CreateRootCommand(LauncherEnvironment environment, LauncherOutput output)
    {
        var help = new HelpExtras();
        var root = new RootCommand(
            "sev-launch: probe a host for AMD SEV and Intel TDX, check a Proxmox VE VM's confidential-VM settings (amd-sev "
            + "or intel-tdx), and show or start its QEMU command as qemu-server 9 builds it. Host capabilities come from --caps FILE, else "
                + SchemaGen.Sev.SevCapabilityFile.DefaultPath
            + ", else a live probe; the output says which.");
        root.Subcommands.Add(ProbeCommand.Create(environment, output, help));
        root.Subcommands.Add(CheckCommand.Create(environment, output, help));
        root.Subcommands.Add(ShowCmdCommand.Create(environment, output, help));
        root.Subcommands.Add(StartCommand.Create(environment, output, help));
        root.Subcommands.Add(PolicyCommand.Create(output, help));
        help.Add(
            root,
            "sev-launch probe                                   # what this host can do",
            "sev-launch check vm.conf                           # every problem in the VM config and its amd-sev or intel-tdx settings",
            "sev-launch showcmd vm.conf --caps caps.json --pretty",
            "sev-launch start vm.conf --dry-run",
            "sev-launch showcmd tdx.conf --caps tdx-caps.json   # an Intel TDX VM: -bios OVMF_TDX_4M.ms.fd, tdx-guest",
            "sev-launch policy 0xb0000");

        // Every command's --help (the option is recursive) prints the examples and exit codes too.
        var helpOption = root.Options.OfType<HelpOption>().Single();
        helpOption.Action = new ExamplesHelpAction((HelpAction)helpOption.Action!, help);
        return root;
    }
}
