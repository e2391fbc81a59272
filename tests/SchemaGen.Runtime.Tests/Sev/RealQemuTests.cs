using System.Diagnostics;
using System.Text.RegularExpressions;
using SchemaGen.Sev;

namespace SchemaGen.Runtime.Tests.Sev;

/// <summary>
/// Starts the generated arguments with a real qemu-system-x86_64 under TCG. QEMU parses every
/// -object, -drive and -machine property before it builds the machine, so a wrong property name or
/// value stops it at once with "Invalid parameter 'x'", "Parameter 'x' is missing", "Property '...'
/// not found" and the like. Without KVM and SEV hardware it stops later, and that stop must be
/// about SEV: QEMU 7.2 aborts on its "machine->cgs->ready" assertion (the sev0 object named by
/// confidential-guest-support was never readied), newer versions report that SEV needs KVM.
/// The firmware files are dummies in a folder whose name holds a comma and a space, so the drives
/// open only if the comma doubling is right.
/// </summary>
public sealed partial class RealQemuTests : IDisposable
{
    private static readonly TimeSpan QemuTimeout = TimeSpan.FromSeconds(30);

    // QEMU 9.1's sev-snp-guest: its own properties plus those of the common SEV base, and id.
    private static readonly string[] Qemu91SnpGuestProperties =
    [
        "id", "sev-device", "cbitpos", "reduced-phys-bits", "kernel-hashes",
        "policy", "guest-visible-workarounds", "id-block", "id-auth", "author-key-enabled", "host-data", "vcek-disabled",
    ];

    private readonly string _folder;

    public RealQemuTests()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"schemagen sev,{Guid.NewGuid():N}");
        Directory.CreateDirectory(_folder);
        foreach (var (file, size) in new[] { ("OVMF_SEV_CODE_4M.fd", 4 << 20), ("OVMF_SEV_VARS_4M.fd", 528 << 10),
            ("OVMF_SEV_4M.fd", 4 << 20) })
        {
            using var stream = File.Create(Path.Combine(_folder, file));
            stream.SetLength(size);
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [SkippableTheory]
    [InlineData("std")]
    [InlineData("es")]
    [InlineData("std,no-debug=1,no-key-sharing=1,kernel-hashes=1")]
    [InlineData("es,kernel-hashes=1")]
    public async Task Qemu_accepts_every_property_of_std_and_es(string amdSev)
    {
        string qemu = FindQemu();
        var plan = ConfidentialVmPlanner.Plan(new ConfidentialVmRequest
        {
            AmdSev = AmdSevOptions.Parse(amdSev),
            Host = SevTestData.ReferenceHost,
            Bios = "ovmf",
            TemporaryVarsPath = Path.Combine(_folder, "vars, copy.fd"),
            Firmware = new OvmfCatalog(_folder),
        });
        Assert.True(plan.CanStart, string.Join("; ", plan.Errors));
        Assert.True(plan.NeedsTemporaryVars);
        File.Copy(plan.Firmware!.VarsTemplatePath!, plan.VarsPath!);
        Assert.Contains(plan.Arguments!.Options, o => o.Value.Contains("sev,,", StringComparison.Ordinal));

        var (exitCode, stderr) = await RunAsync(qemu, [.. plan.Arguments.ToArgv("q35,accel=tcg"), "-S", "-nodefaults", "-display", "none"]);

        AssertAcceptedThenStoppedForSev(exitCode, stderr);
    }

    [SkippableFact]
    public async Task Qemu_with_sev_snp_guest_accepts_every_property_of_snp()
    {
        string qemu = FindQemu();
        var (_, help) = await RunAsync(qemu, ["-object", "help"], readStdout: true);
        Skip.IfNot(help.Contains("sev-snp-guest", StringComparison.Ordinal),
            "This QEMU has no sev-snp-guest (QEMU 9.1 added it); Snp_object_uses_only_qemu_9_1_property_names checks the names instead.");
        var plan = ConfidentialVmPlanner.Plan(new ConfidentialVmRequest
        {
            AmdSev = AmdSevOptions.Parse("snp,kernel-hashes=1"),
            Host = SevTestData.ReferenceHost,
            Bios = "ovmf",
            Firmware = new OvmfCatalog(_folder),
        });

        var (exitCode, stderr) = await RunAsync(qemu, [.. plan.Arguments!.ToArgv("q35,accel=tcg"), "-S", "-nodefaults", "-display",
            "none"]);

        AssertAcceptedThenStoppedForSev(exitCode, stderr);
    }

    [Theory]
    [InlineData("snp")]
    [InlineData("snp,allow-smt=0,no-debug=1,kernel-hashes=1")]
    public void Snp_object_uses_only_qemu_9_1_property_names(string amdSev)
    {
        var guestObject = SevGuestObject.Create(AmdSevOptions.Parse(amdSev), SevTestData.ReferenceHost, "ovmf");

        Assert.Equal("sev-snp-guest", guestObject.QomType);
        Assert.All(guestObject.ToString().Split(',').Skip(1), property
            => Assert.Contains(property.Split('=')[0], Qemu91SnpGuestProperties));
    }

    private static void AssertAcceptedThenStoppedForSev(int exitCode, string stderr)
    {
        Assert.False(Rejection().IsMatch(stderr), "QEMU rejected an argument: " + stderr);
        Assert.NotEqual(0, exitCode);
        Assert.True(SevStop().IsMatch(stderr), "QEMU stopped for another reason than missing SEV: " + stderr);
    }

    private static string FindQemu()
    {
        string? found = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "qemu-system-x86_64"))
            .FirstOrDefault(File.Exists);
        Skip.If(found is null,
            "qemu-system-x86_64 is not on PATH, so the real-QEMU tests did not run (Debian: apt-get install qemu-system-x86; CI installs " +
                "it).");
        return found!;
    }

    // Runs QEMU without a shell; kills it if it outlives the timeout (it must stop by itself).
    private async Task<(int ExitCode, string Output)> RunAsync(string qemu, IReadOnlyList<string> arguments, bool readStdout = false)
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
        var stdout = process.StandardOutput.ReadToEndAsync();
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

        return (process.ExitCode, readStdout ? await stdout : await stderr);
    }

    [GeneratedRegex(
        @"Parameter '|Property '|invalid parameter|is missing|not found|does not accept value|Could not open|short-form boolean",
        RegexOptions.IgnoreCase)]
    private static partial Regex Rejection();

    [GeneratedRegex(@"sev|cgs->ready|confidential", RegexOptions.IgnoreCase)]
    private static partial Regex SevStop();
}
