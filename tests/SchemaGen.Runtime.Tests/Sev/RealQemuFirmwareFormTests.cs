using System.Diagnostics;
using System.Text.RegularExpressions;
using SchemaGen.Sev;

namespace SchemaGen.Runtime.Tests.Sev;

/// <summary>
/// Starts the std and es arguments in both firmware forms -- qemu-server's -blockdev nodes (machine
/// version 10.0 and later) and the older -drive if=pflash -- with a real qemu-system-x86_64 under TCG.
/// The blockdev form works on Debian's QEMU 7.2 too (<c>-machine pflash0=</c> exists since 4.0). QEMU
/// parses every option before it builds the machine, so the only line it may print is its stop for
/// SEV without KVM: QEMU 7.2's assertion that the sev0 object was never readied. Any other line fails.
/// </summary>
public sealed partial class RealQemuFirmwareFormTests : IDisposable
{
    private static readonly TimeSpan QemuTimeout = TimeSpan.FromSeconds(30);

    private readonly string _folder;

    public RealQemuFirmwareFormTests()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"schemagen forms,{Guid.NewGuid():N}");
        Directory.CreateDirectory(_folder);
        foreach (var (file, size) in new[] { ("OVMF_SEV_CODE_4M.fd", 4 << 20), ("OVMF_SEV_VARS_4M.fd", 528 << 10) })
        {
            using var stream = File.Create(Path.Combine(_folder, file));
            stream.SetLength(size);
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [SkippableTheory]
    [InlineData("std", false)]
    [InlineData("std", true)]
    [InlineData("es", false)]
    [InlineData("es", true)]
    [InlineData("es,kernel-hashes=1", true)]
    public async Task Qemu_starts_up_to_seVs_readiness_check(string amdSev, bool blockdev)
    {
        string qemu = FindQemu();
        var plan = ConfidentialVmPlanner.Plan(new ConfidentialVmRequest
        {
            AmdSev = AmdSevOptions.Parse(amdSev),
            Host = SevTestData.ReferenceHost,
            Bios = "ovmf",
            TemporaryVarsPath = Path.Combine(_folder, "vars, copy.fd"),
            Firmware = new OvmfCatalog(_folder),
            MachineVersion = blockdev ? new Version(10, 0) : new Version(9, 2),
        });
        Assert.True(plan.CanStart, string.Join("; ", plan.Errors));
        File.Copy(plan.Firmware!.VarsTemplatePath!, plan.VarsPath!);
        Assert.Equal(blockdev ? ["-object", "-blockdev", "-blockdev", "-object"] : ["-drive", "-drive", "-object"],
            plan.Arguments!.Options.Select(o => o.Name));

        var (exitCode, stderr) = await RunAsync(qemu, [.. plan.Arguments.ToArgv("q35,accel=tcg"), "-S", "-nodefaults", "-display", "none"]);

        string[] lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1 && Qemu72SevStop().IsMatch(lines[0]),
            "QEMU printed something else than its stop for SEV without KVM: " + stderr);
        Assert.Equal(134, exitCode);
    }

    [SkippableFact]
    public async Task Qemu_opens_an_efidisk_given_as_a_path_in_the_blockdev_form()
    {
        string qemu = FindQemu();
        string efiDisk = Path.Combine(_folder, "vm-100-disk-0.raw");
        File.Copy(Path.Combine(_folder, "OVMF_SEV_VARS_4M.fd"), efiDisk);
        var plan = ConfidentialVmPlanner.Plan(new ConfidentialVmRequest
        {
            AmdSev = AmdSevOptions.Parse("std"),
            Host = SevTestData.ReferenceHost,
            Bios = "ovmf",
            // The folder's comma could not stand in a property string; the path is what matters to QEMU.
            EfiDisk = new EfiDiskOptions { File = efiDisk, Format = DiskImageFormat.Raw, EfiType = EfiType.Size4M },
            Firmware = new OvmfCatalog(_folder),
            MachineVersion = new Version(10, 0),
        });
        Assert.True(plan.CanStart, string.Join("; ", plan.Errors));

        var (exitCode, stderr) = await RunAsync(qemu, [.. plan.Arguments!.ToArgv("q35,accel=tcg"), "-S", "-nodefaults", "-display",
            "none"]);

        Assert.Matches(Qemu72SevStop(), stderr.TrimEnd('\n'));
        Assert.Equal(134, exitCode);
    }

    private static string FindQemu()
    {
        string? found = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "qemu-system-x86_64"))
            .FirstOrDefault(File.Exists);
        Skip.If(found is null,
            "qemu-system-x86_64 is not on PATH, so the real-QEMU tests did not run "
            + "(Debian: apt-get install qemu-system-x86; CI installs it).");
        return found!;
    }

    private async Task<(int ExitCode, string Stderr)> RunAsync(string qemu, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(qemu)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = _folder,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(QemuTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"QEMU was still running after {QemuTimeout.TotalSeconds} s: {await stderr}");
        }

        return (process.ExitCode, await stderr);
    }

    // QEMU 7.2 (Debian 12): qemu-system-x86_64: ../../softmmu/vl.c:2590: qemu_machine_creation_done: Assertion `machine->cgs->ready'
    // failed.
    [GeneratedRegex(@"^qemu-system-x86_64: \S*vl\.c:\d+: qemu_machine_creation_done: Assertion `machine->cgs->ready' failed\.$")]
    private static partial Regex Qemu72SevStop();
}
