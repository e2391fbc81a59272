using SchemaGen.Sev;
using SevLauncher;

namespace SchemaGen.Launcher.Tests.Launcher;

/// <summary><c>sev-launch check</c>: every problem with a VM's confidential part, and the exit code that says whose it is.</summary>
public sealed class CheckCommandTests
{
    private const string NoSnpCaps = "{ \"amd-sev\": { \"cbitpos\": 51, \"reduced-phys-bits\": 1, \"sev-support\": true, " +
        "\"sev-support-es\": true, \"sev-support-snp\": false } }\n";

    [Theory]
    [InlineData("sev-std.conf", "SEV, policy 0x9")]
    [InlineData("sev-es.conf", "SEV-ES, policy 0xe")]
    [InlineData("sev-snp.conf", "SEV-SNP, policy 0xb0000")]
    public void The_examples_pass_on_the_Turin_host(string example, string policy)
    {
        using var host = new LauncherHarness();

        var result = host.Run("check", LauncherHarness.Example(example), "--caps", LauncherHarness.TurinCaps);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Contains(policy, result.Out, StringComparison.Ordinal);
        Assert.Contains("OK: the VM can start on this host", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("error:", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void The_broken_example_reports_every_problem_with_pves_text_and_exits_1()
    {
        using var host = new LauncherHarness();

        var result = host.Run("check", LauncherHarness.Example("broken.conf"), "--caps", LauncherHarness.TurinCaps);

        Assert.Equal(ExitCodes.InvalidConfiguration, result.ExitCode);
        string[] expected =
        [
            "error: line 5: memory: current: type check ('integer') failed - got 'lots'",
            "error: line 6: efidisk0: efitype: value '3m' does not have a value in the enumeration '2m, 4m'",
            "error: line 8: amd-sev: type: value may only be 3 characters long",
            "error: line 10: net0: tag: value must have a maximum value of 4094",
            "warning: line 11: unable to parse config: this line is not key: value",
            "error: line 13: corse: unknown setting 'corse'; did you mean 'cores'?",
            "error: " + SevHostChecks.NotOvmf,
        ];
        Assert.Equal(expected, result.Err.TrimEnd('\n').Split('\n'));
        Assert.Contains("amd-sev:    type=stdd,allow-smt=0 (not valid)", result.Out, StringComparison.Ordinal);
        Assert.EndsWith("6 errors, 1 warning: the VM configuration is invalid.\n", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_sev_type_gets_pves_enumeration_message()
    {
        using var host = new LauncherHarness();
        string config = host.Write("100.conf", "bios: ovmf\namd-sev: type=sev\n");

        var result = host.Run("check", config, "--caps", LauncherHarness.TurinCaps);

        Assert.Equal(ExitCodes.InvalidConfiguration, result.ExitCode);
        Assert.Contains("error: line 2: amd-sev: type: value 'sev' does not have a value in the enumeration 'std, es, snp'\n", result.Err,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_host_without_the_type_is_exit_3_with_qemu_servers_message()
    {
        using var host = new LauncherHarness();
        string caps = host.Write("milan.json", NoSnpCaps);

        var result = host.Run("check", LauncherHarness.Example("sev-snp.conf"), "--caps", caps);

        Assert.Equal(ExitCodes.HostLacksCapability, result.ExitCode);
        Assert.Contains("error: " + SevHostChecks.NoSevSnp + "\n", result.Err, StringComparison.Ordinal);
        Assert.Contains("this host cannot run the VM.", result.Out, StringComparison.Ordinal);
        Assert.Contains(
            $"note: host capabilities from --caps {caps}: cbitpos 51, reduced-phys-bits 1, SEV yes, SEV-ES yes, SEV-SNP no; run " +
                "'sev-launch probe'", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_bios_is_reported_even_when_the_host_check_fails_first()
    {
        using var host = new LauncherHarness();
        string config = host.Write("vm.conf", "amd-sev: std\n");

        var result = host.Run("check", config);

        // qemu-server stops at "no SEV"; check reports the BIOS too, and the config error decides the exit code.
        Assert.Equal(ExitCodes.InvalidConfiguration, result.ExitCode);
        Assert.Contains("error: " + SevHostChecks.NoSev + "\n", result.Err, StringComparison.Ordinal);
        Assert.Contains("error: " + SevHostChecks.NotOvmf + "\n", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void An_efidisk_with_snp_is_a_warning()
    {
        using var host = new LauncherHarness();
        string config = host.Write("vm.conf", "bios: ovmf\nefidisk0: local:100/vm-100-disk-0.raw,efitype=4m\namd-sev: snp\n");

        var result = host.Run("check", config, "--caps", LauncherHarness.TurinCaps);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("warning: " + ConfidentialVmPlanner.EfiDiskIgnoredForSnp + "\n", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Policy_bits_the_kernel_refuses_are_warnings_that_name_the_kernel()
    {
        using var host = new LauncherHarness();
        string config = host.Write("vm.conf", "bios: ovmf\namd-sev: snp,allow-smt=0\n");

        var result = host.Run("check", config, "--caps", LauncherHarness.TurinCaps);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains(
            "warning: SEV-SNP policy 0xa0000: SMT (bit 16) is clear (allow-smt=0); Linux 6.11's KVM refuses to launch such a guest",
            result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Ignored_settings_are_warnings()
    {
        using var host = new LauncherHarness();
        string config = host.Write("vm.conf", "bios: ovmf\namd-sev: snp,no-key-sharing=1\n");

        var result = host.Run("check", config, "--caps", LauncherHarness.TurinCaps);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("warning: " + AmdSevOptionsExtensions.NoKeySharingIgnoredForSnp, result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_config_without_amd_sev_is_invalid()
    {
        using var host = new LauncherHarness();
        string config = host.Write("vm.conf", "bios: ovmf\nmemory: 1024\n");

        var result = host.Run("check", config, "--caps", LauncherHarness.TurinCaps);

        Assert.Equal(ExitCodes.InvalidConfiguration, result.ExitCode);
        Assert.Equal("error: " + ConfidentialVmPlanner.NotConfidential + "\n", result.Err);
    }

    [Fact]
    public void Sections_after_the_current_config_are_ignored()
    {
        using var host = new LauncherHarness();
        string config = host.Write("vm.conf", "bios: ovmf\namd-sev: snp\n\n[PENDING]\namd-sev: stdd\nbios: seabios\n");

        var result = host.Run("check", config, "--caps", LauncherHarness.TurinCaps);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("amd-sev:      snp (SEV-SNP, policy 0xb0000)", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_efidisk_on_other_storage_needs_efidisk_and_is_a_usage_error_until_given()
    {
        using var host = new LauncherHarness();
        string config = host.Write("101.conf", "bios: ovmf\nefidisk0: local-lvm:vm-101-disk-0,efitype=4m\namd-sev: es\n");

        var without = host.Run("check", config, "--caps", LauncherHarness.TurinCaps);
        var with = host.Run("check", config, "--caps", LauncherHarness.TurinCaps, "--efidisk", "/dev/pve/vm-101-disk-0");

        Assert.Equal(ExitCodes.UsageError, without.ExitCode);
        Assert.Contains("error: efidisk0: cannot tell where volume 'local-lvm:vm-101-disk-0' is on this host", without.Err,
            StringComparison.Ordinal);
        Assert.Contains("pass the efidisk's path with --efidisk PATH", without.Err, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, with.ExitCode);
        Assert.Contains("EFI vars:     /dev/pve/vm-101-disk-0 (efidisk0)", with.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_firmware_is_a_warning_for_check()
    {
        using var host = new LauncherHarness();

        var result = host.Run("check", LauncherHarness.Example("sev-snp.conf"), "--caps", LauncherHarness.TurinCaps, "--firmware",
            host.Directory["no-firmware"]);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains($"warning: EFI base image '{host.Directory["no-firmware"]}/OVMF_SEV_4M.fd' not found on this machine", result.Err,
            StringComparison.Ordinal);
    }
}
