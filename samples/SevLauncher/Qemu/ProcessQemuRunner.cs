using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace SevLauncher.Qemu;

/// <summary>
/// Runs QEMU as a child process with the launcher's standard input, output and error, passes on the
/// signals that would stop the launcher (SIGINT, SIGTERM, SIGHUP, SIGQUIT) so that QEMU shuts down
/// the guest as it would if it had been started directly, and returns QEMU's exit code.
/// </summary>
/// <remarks>
/// The launcher does not replace itself with QEMU (<c>execve</c>) because the .NET runtime has threads
/// of its own that exec would cut off mid-work; a parent that forwards signals and exit codes behaves
/// the same for a shell, systemd, or a supervisor.
/// </remarks>
internal sealed class ProcessQemuRunner : IQemuRunner
{
    private static readonly PosixSignal[] Forwarded = [PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT];

    private ProcessQemuRunner()
    {
    }

    public static ProcessQemuRunner Instance { get; } = new();

    public int Run(string executable, IReadOnlyList<string> arguments)
    {
        var startInfo = new ProcessStartInfo(executable) { UseShellExecute = false };
        foreach (string argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = startInfo };
        var registrations = new List<PosixSignalRegistration>();
        try
        {
            // Register before starting, so no signal falls between start and registration.
            foreach (var signal in Forwarded)
            {
                registrations.Add(PosixSignalRegistration.Create(signal, context => Forward(process, context)));
            }

            try
            {
                process.Start();
            }
            catch (Win32Exception e)
            {
                throw new QemuNotStartedException($"cannot run QEMU '{executable}': {e.Message}", e);
            }

            process.WaitForExit();
            return process.ExitCode;
        }
        finally
        {
            foreach (var registration in registrations)
            {
                registration.Dispose();
            }
        }
    }

    private static void Forward(Process process, PosixSignalContext context)
    {
        // The launcher stays alive until QEMU exits and then returns its exit code.
        context.Cancel = true;
        try
        {
            if (!process.HasExited)
            {
                _ = Kill(process.Id, SignalNumber(context.Signal));
            }
        }
        catch (InvalidOperationException)
        {
            // Not started yet, or already gone: nothing to pass the signal to.
        }
    }

    // PosixSignal's values are .NET's own (negative); kill(2) wants Linux's numbers.
    private static int SignalNumber(PosixSignal signal) => signal switch
    {
        PosixSignal.SIGHUP => 1,
        PosixSignal.SIGINT => 2,
        PosixSignal.SIGQUIT => 3,
        PosixSignal.SIGTERM => 15,
        _ => throw new ArgumentOutOfRangeException(nameof(signal), signal, "Not a forwarded signal."),
    };

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
