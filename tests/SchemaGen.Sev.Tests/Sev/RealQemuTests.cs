using SchemaGen.Sev;

namespace SchemaGen.Sev.Tests.Sev;

/// <summary>
/// Starts the generated arguments with a real qemu-system-x86_64 under TCG. QEMU parses every
/// -object, -drive and -machine property before it builds the machine, so a wrong property name or
/// value stops it at once with "Invalid parameter 'x'", "Parameter 'x' is missing", "Property '...'
/// not found" and the like. Without KVM and SEV hardware it stops later, and that stop must be
/// about SEV (<see cref="RealQemu.AssertAcceptedThenStoppedForSev"/>). The firmware files are
/// dummies in a folder whose name holds a comma and a space (and no word that the stop line holds),
/// so the drives open only if the comma doubling is right.
/// </summary>
public sealed class RealQemuTests : IDisposable
{
    // QEMU 9.1's sev-snp-guest: its own properties plus those of the common SEV base, and id.
    private static readonly string[] Qemu91SnpGuestProperties =
    [
        "id", "sev-device", "cbitpos", "reduced-phys-bits", "kernel-hashes",
        "policy", "guest-visible-workarounds", "id-block", "id-auth", "author-key-enabled", "host-data", "vcek-disabled",
    ];

    private readonly string _folder;

    public RealQemuTests()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"schemagen fw, {Guid.NewGuid():N}");
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
        string qemu = RealQemu.Find();
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
        Assert.Contains(plan.Arguments!.Options, o => o.Value.Contains("fw,, ", StringComparison.Ordinal));

        var (exitCode, stderr) = await RealQemu.RunAsync(qemu, _folder,
            [.. plan.Arguments.ToArgv("q35,accel=tcg"), "-S", "-nodefaults", "-display", "none"]);

        RealQemu.AssertAcceptedThenStoppedForSev(exitCode, stderr);
    }

    [SkippableFact]
    public async Task Qemu_with_sev_snp_guest_accepts_every_property_of_snp()
    {
        string qemu = RealQemu.Find();
        var (_, help) = await RealQemu.RunAsync(qemu, _folder, ["-object", "help"], readStdout: true);
        // Not a failure in CI: Debian 12's QEMU 7.2 has no sev-snp-guest.
        Skip.IfNot(help.Contains("sev-snp-guest", StringComparison.Ordinal),
            "This QEMU has no sev-snp-guest (QEMU 9.1 added it); Snp_object_uses_only_qemu_9_1_property_names checks the names instead.");
        var plan = ConfidentialVmPlanner.Plan(new ConfidentialVmRequest
        {
            AmdSev = AmdSevOptions.Parse("snp,kernel-hashes=1"),
            Host = SevTestData.ReferenceHost,
            Bios = "ovmf",
            Firmware = new OvmfCatalog(_folder),
        });

        var (exitCode, stderr) = await RealQemu.RunAsync(qemu, _folder,
            [.. plan.Arguments!.ToArgv("q35,accel=tcg"), "-S", "-nodefaults", "-display",
            "none"]);

        RealQemu.AssertAcceptedThenStoppedForSev(exitCode, stderr);
    }

    [Theory]
    [InlineData("snp")]
    [InlineData("snp,allow-smt=0,no-debug=1,kernel-hashes=1")]
    public void Snp_object_uses_only_qemu_9_1_property_names(string amdSev)
    {
        var guestObject = SevGuestObject.Create(AmdSevOptions.Parse(amdSev), SevTestData.ReferenceHost, "ovmf");

        Assert.Equal("sev-snp-guest", guestObject.QomType);
        string[] properties = [.. guestObject.ToString().Split(',').Skip(1)];
        Assert.Contains("cbitpos=51", properties);
        Assert.All(properties, property => Assert.Contains(property.Split('=')[0], Qemu91SnpGuestProperties));
    }
}
