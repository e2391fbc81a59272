using SchemaGen.Sev;

namespace SchemaGen.Sev.Tests.Sev;

/// <summary>
/// Starts the std and es arguments in both firmware forms -- qemu-server's -blockdev nodes (machine
/// version 10.0 and later) and the older -drive if=pflash -- with a real qemu-system-x86_64 under TCG.
/// The blockdev form works on Debian's QEMU 7.2 too (<c>-machine pflash0=</c> exists since 4.0). QEMU
/// parses every option before it builds the machine, so the only line it may print is its stop for
/// SEV without KVM (<see cref="RealQemu.AssertAcceptedThenStoppedForSev"/>). Any other line fails.
/// </summary>
public sealed class RealQemuFirmwareFormTests : IDisposable
{
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
        string qemu = RealQemu.Find();
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

        var (exitCode, stderr) = await RealQemu.RunAsync(qemu, _folder,
            [.. plan.Arguments.ToArgv("q35,accel=tcg"), "-S", "-nodefaults", "-display", "none"]);

        RealQemu.AssertAcceptedThenStoppedForSev(exitCode, stderr);
    }

    [SkippableFact]
    public async Task Qemu_opens_an_efidisk_given_as_a_path_in_the_blockdev_form()
    {
        string qemu = RealQemu.Find();
        string efiDisk = Path.Combine(_folder, "vm-100-disk-0.raw");
        File.Copy(Path.Combine(_folder, "OVMF_SEV_VARS_4M.fd"), efiDisk);
        var plan = ConfidentialVmPlanner.Plan(new ConfidentialVmRequest
        {
            AmdSev = AmdSevOptions.Parse("std"),
            Host = SevTestData.ReferenceHost,
            Bios = "ovmf",
            // The folder's comma could not stand in a property string; the path is what matters to QEMU.
            EfiDisk = new EfiDisk(efiDisk, "raw", EfiType.Size4M, PreEnrolledKeys: false),
            Firmware = new OvmfCatalog(_folder),
            MachineVersion = new Version(10, 0),
        });
        Assert.True(plan.CanStart, string.Join("; ", plan.Errors));

        var (exitCode, stderr) = await RealQemu.RunAsync(qemu, _folder,
            [.. plan.Arguments!.ToArgv("q35,accel=tcg"), "-S", "-nodefaults", "-display",
            "none"]);

        RealQemu.AssertAcceptedThenStoppedForSev(exitCode, stderr);
    }
}
