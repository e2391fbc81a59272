using SevLauncher;

namespace SchemaGen.Launcher.Tests.Launcher;

/// <summary>
/// <c>sev-launch showcmd</c> on qemu-server's own cfg2cmd configs with the amd-turin-9005 host: the
/// -object, the machine flag and the firmware of the expected command appear in the output.
/// </summary>
public sealed class ShowCmdCommandTests
{
    private const string LocalEfiDisk = "/var/lib/vz/images/100/vm-100-disk-0.raw";

    [Theory]
    [InlineData("sev-std")]
    [InlineData("sev-es")]
    [InlineData("sev-snp")]
    public void The_object_line_of_qemu_servers_expected_command_is_printed(string name)
    {
        using var host = new LauncherHarness();
        string expected = ExpectedLines(name).Single(line => line.StartsWith("-object 'sev", StringComparison.Ordinal));

        var result = host.Run("showcmd", LauncherHarness.Cfg2Cmd(name + ".conf"), "--caps", LauncherHarness.TurinCaps, "--pretty");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains(expected, result.Out.Split(" \\\n  "));
    }

    [Theory]
    [InlineData("sev-std")]
    [InlineData("sev-es")]
    [InlineData("sev-snp")]
    public void The_machine_flag_is_printed(string name)
    {
        using var host = new LauncherHarness();
        Assert.Contains("confidential-guest-support=sev0", ExpectedLines(name).Single(
            line => line.StartsWith("-machine", StringComparison.Ordinal)), StringComparison.Ordinal);

        var result = host.Run("showcmd", LauncherHarness.Cfg2Cmd(name + ".conf"), "--caps", LauncherHarness.TurinCaps);

        Assert.EndsWith(" -machine 'confidential-guest-support=sev0'\n", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Snp_firmware_is_the_expected_bios_line_and_no_pflash()
    {
        using var host = new LauncherHarness();
        string expected = ExpectedLines("sev-snp").Single(line => line.StartsWith("-bios ", StringComparison.Ordinal));

        var result = host.Run("showcmd", LauncherHarness.Cfg2Cmd("sev-snp.conf"), "--caps", LauncherHarness.TurinCaps, "--pretty");

        Assert.StartsWith(expected + " \\\n", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("pflash", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sev-std")]
    [InlineData("sev-es")]
    public void Std_and_es_firmware_is_the_expected_code_image_and_efidisk_as_pflash(string name)
    {
        using var host = new LauncherHarness();
        var expected = ExpectedLines(name);
        Assert.Contains(expected, line => line.Contains("\"filename\":\"/usr/share/pve-edk2-firmware//OVMF_SEV_CODE_4M.fd\"",
            StringComparison.Ordinal));
        Assert.Contains(expected, line => line.Contains($"\"filename\":\"{LocalEfiDisk}\"", StringComparison.Ordinal));

        var result = host.Run("showcmd", LauncherHarness.Cfg2Cmd(name + ".conf"), "--caps", LauncherHarness.TurinCaps, "--pretty");

        string[] lines = result.Out.TrimEnd('\n').Split(" \\\n  ");
        Assert.Equal("-drive 'if=pflash,unit=0,format=raw,readonly=on,file=/usr/share/pve-edk2-firmware//OVMF_SEV_CODE_4M.fd'", lines[0]);
        Assert.Equal($"-drive 'if=pflash,unit=1,id=drive-efidisk0,format=raw,file={LocalEfiDisk}'", lines[1]);
        Assert.Contains($"note: efidisk0: took 'local:100/vm-100-disk-0.raw' to be {LocalEfiDisk}", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_pretty_the_arguments_are_one_line_quoted_like_qm_showcmd()
    {
        using var host = new LauncherHarness();

        var result = host.Run("showcmd", LauncherHarness.Example("sev-snp.conf"), "--caps", LauncherHarness.TurinCaps);

        Assert.Equal(
            "-bios /usr/share/pve-edk2-firmware//OVMF_SEV_4M.fd -object " +
                "'sev-snp-guest,id=sev0,cbitpos=51,reduced-phys-bits=6,policy=0xb0000,kernel-hashes=on' -machine " +
                "'confidential-guest-support=sev0'\n",
            result.Out);
    }

    [Fact]
    public void Missing_firmware_is_a_warning_and_the_command_is_still_printed()
    {
        using var host = new LauncherHarness();
        string root = host.Directory["empty"];

        var result = host.Run("showcmd", LauncherHarness.Example("sev-std.conf"), "--caps", LauncherHarness.TurinCaps, "--firmware", root);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains($"file={root}/OVMF_SEV_CODE_4M.fd", result.Out, StringComparison.Ordinal);
        Assert.Contains($"warning: EFI base image '{root}/OVMF_SEV_CODE_4M.fd' not found on this machine: 'start' needs it", result.Err,
            StringComparison.Ordinal);
        Assert.Contains($"warning: EFI vars image '{root}/OVMF_SEV_VARS_4M.fd' not found on this machine", result.Err,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_efidisk_the_vars_are_a_temporary_copy_named_after_the_vm_id()
    {
        using var host = new LauncherHarness();
        string config = host.Write("105.conf", "bios: ovmf\namd-sev: std\n");
        string root = host.FirmwareRoot();

        var result = host.Run("showcmd", config, "--caps", LauncherHarness.TurinCaps, "--firmware", root);

        string vars = Path.Combine(Path.GetTempPath(), "105-ovmf.fd");
        Assert.Contains($"if=pflash,unit=1,id=drive-efidisk0,format=raw,file={vars}'", result.Out, StringComparison.Ordinal);
        Assert.Contains("warning: no efidisk configured! Using temporary efivars disk.\n", result.Err, StringComparison.Ordinal);
        Assert.Contains($"note: no efidisk0: 'start' copies {root}/OVMF_SEV_VARS_4M.fd to {vars}", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_config_with_errors_prints_no_command_and_exits_1()
    {
        using var host = new LauncherHarness();

        var result = host.Run("showcmd", LauncherHarness.Example("broken.conf"), "--caps", LauncherHarness.TurinCaps);

        Assert.Equal(ExitCodes.InvalidConfiguration, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains("error: line 8: amd-sev: type: value may only be 3 characters long", result.Err, StringComparison.Ordinal);
    }

    // qemu-server's expected command, one option per line without the continuation.
    private static List<string> ExpectedLines(string name) =>
        [.. File.ReadLines(LauncherHarness.Cfg2Cmd(name + ".conf.cmd")).Skip(1).Select(line => line.Trim().TrimEnd('\\').TrimEnd())];
}
