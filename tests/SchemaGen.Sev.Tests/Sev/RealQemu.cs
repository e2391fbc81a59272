using System.Diagnostics;
using System.Text.RegularExpressions;

namespace SchemaGen.Sev.Tests.Sev;

/// <summary>
/// Runs the real qemu-system-x86_64 for the real-QEMU tests, and knows how it must stop: without
/// KVM and SEV hardware, QEMU 7.2 (Debian 12's, which CI installs) parses every option, then aborts
/// on its assertion that the sev0 object named by confidential-guest-support was never readied.
/// That one line on stderr and SIGABRT is the only accepted outcome: any other line (a rejected
/// property, a file it cannot open) fails. Another QEMU version stops with other words; its exact
/// line has to be added here before it can pass.
/// </summary>
internal static partial class RealQemu
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    // A process killed by SIGABRT (6), as .NET reports it: 128 + 6.
    private const int AbortedExitCode = 134;

    /// <summary>The QEMU on PATH; skips the test without one (fails it under CI=true, where CI installs it).</summary>
    public static string Find()
    {
        string? found = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "qemu-system-x86_64"))
            .FirstOrDefault(File.Exists);
        SkipOutsideCi.If(found is null,
            "qemu-system-x86_64 is not on PATH, so the real-QEMU tests did not run (Debian: apt-get install qemu-system-x86; CI installs " +
                "it).");
        return found!;
    }

    /// <summary>
    /// Runs QEMU without a shell in <paramref name="folder"/>; kills it if it outlives the timeout (it
    /// must stop by itself).
    /// </summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string qemu, string folder, IReadOnlyList<string> arguments,
        bool readStdout = false)
    {
        var start = new ProcessStartInfo(qemu)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"QEMU was still running after {Timeout.TotalSeconds} s: {await stderr}");
        }

        return (process.ExitCode, readStdout ? await stdout : await stderr);
    }

    /// <summary>QEMU accepted every argument and then stopped for SEV, with nothing else on stderr.</summary>
    public static void AssertAcceptedThenStoppedForSev(int exitCode, string stderr)
    {
        string[] lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string[] others = [.. lines.Where(line => !Qemu72SevNotReady().IsMatch(line))];
        Assert.True(others.Length == 0, "QEMU wrote an error line other than its stop for SEV: " + string.Join("\n", others));
        Assert.True(lines.Length == 1,
            "QEMU did not stop with QEMU 7.2's SEV readiness assertion (another QEMU version needs its own exact line here): " + stderr);
        Assert.Equal(AbortedExitCode, exitCode);
    }

    // QEMU 7.2's whole line; only the source path and line number vary between builds:
    // qemu-system-x86_64: ../../softmmu/vl.c:2590: qemu_machine_creation_done: Assertion `machine->cgs->ready' failed.
    [GeneratedRegex(@"\Aqemu-system-x86_64: [^ ]+/vl\.c:\d+: qemu_machine_creation_done: Assertion `machine->cgs->ready' failed\.\z")]
    private static partial Regex Qemu72SevNotReady();
}
