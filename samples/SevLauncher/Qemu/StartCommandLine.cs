using System.Globalization;
using SevLauncher.Vm;

namespace SevLauncher.Qemu;

/// <summary>
/// The whole QEMU argument list <c>start</c> runs: a minimal bootable machine from the VM's basics
/// (name, memory, CPUs), the confidential part exactly as <c>showcmd</c> prints it, the machine type
/// with KVM, and then whatever the user put after <c>--</c> (disks, network, <c>-kernel</c>, display).
/// </summary>
internal static class StartCommandLine
{
    public static IReadOnlyList<string> Build(VmAssessment vm, IReadOnlyList<string> extraArguments)
    {
        var arguments = vm.Plan?.Arguments ?? throw new InvalidOperationException("The VM has errors; there is no command to build.");
        var basics = vm.Basics;
        return
        [
            "-name", basics.Name,
            "-m", basics.MemoryMiB.ToString(CultureInfo.InvariantCulture),
            "-smp", string.Create(CultureInfo.InvariantCulture, $"{basics.Cpus},sockets={basics.Sockets},cores={basics.Cores}"),
            .. arguments.ToArgv(basics.MachineOptions),
            .. extraArguments,
        ];
    }
}
