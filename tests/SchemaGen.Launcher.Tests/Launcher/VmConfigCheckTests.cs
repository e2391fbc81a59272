using SchemaGen.Proxmox;
using SevLauncher;

namespace SchemaGen.Launcher.Tests.Launcher;

/// <summary>
/// The whole VM config is checked (SchemaGen.Proxmox's reader): every option with its Proxmox VE format and its line, beside the
/// confidential-VM findings; snapshots and [PENDING] are read, but only the current configuration is planned.
/// </summary>
public sealed class VmConfigCheckTests
{
    private const string NetTypo = "error: line 2: net0: tga: property is not defined in schema and the schema does not allow additional "
        + "properties";

    private const string BadScsiSize = "error: line 3: scsi0: size: invalid format - value does not look like a valid disk size: 32Q";

    private const string SnpWithBadDrives =
        "bios: ovmf\n"
        + "net0: virtio=BC:24:11:2D:3E:4F,bridge=vmbr0,tga=5\n"
        + "scsi0: local-lvm:vm-100-disk-0,size=32Q\n"
        + "amd-sev: type=snpp\n";

    [Fact]
    public void A_typo_in_net0_and_a_bad_scsi0_are_reported_with_their_lines_beside_the_amd_sev_problem()
    {
        using var host = new LauncherHarness();
        string config = host.Write("100.conf", SnpWithBadDrives);

        var result = host.Run("check", config, "--caps", LauncherHarness.TurinCaps);

        Assert.Equal(ExitCodes.InvalidConfiguration, result.ExitCode);
        string[] expected =
        [
            NetTypo,
            BadScsiSize,
            "error: line 4: amd-sev: type: value may only be 3 characters long",
        ];
        Assert.Equal(expected, result.Err.TrimEnd('\n').Split('\n'));
        Assert.EndsWith("3 errors: the VM configuration is invalid.\n", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_option_outside_the_confidential_part_alone_makes_the_config_invalid()
    {
        using var host = new LauncherHarness();
        string config = host.Write("100.conf", "bios: ovmf\nnet0: virtio=BC:24:11:2D:3E:4F,bridge=vmbr0,tag=4095\namd-sev: snp\n");

        string firmware = host.FirmwareRoot();

        var check = host.Run("check", config, "--caps", LauncherHarness.TurinCaps, "--firmware", firmware);
        var start = host.Run("start", config, "--caps", LauncherHarness.TurinCaps, "--firmware", firmware);

        Assert.Equal(ExitCodes.InvalidConfiguration, check.ExitCode);
        Assert.Equal("error: line 2: net0: tag: value must have a maximum value of 4094\n", check.Err);
        Assert.Contains("amd-sev:      snp (SEV-SNP, policy 0xb0000)", check.Out, StringComparison.Ordinal);
        Assert.EndsWith("1 error: the VM configuration is invalid.\n", check.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.InvalidConfiguration, start.ExitCode);
        Assert.Empty(((RecordingQemuRunner)host.Runner).Runs);
    }

    [Theory]
    [InlineData("arch: riscv\n", "error: line 3: arch: value 'riscv' does not have a value in the enumeration 'x86_64, aarch64'")]
    [InlineData("cores: many\n", "error: line 3: cores: type check ('integer') failed - got 'many'")]
    [InlineData("cores: 0\n", "error: line 3: cores: value '0' is not a positive integer")]
    [InlineData("memory: 99999999999999\n", "error: line 3: memory: 99999999999999 MiB is more than sev-launch can start")]
    public void Options_the_launcher_reads_itself_are_reported_with_their_lines_too(string option, string error)
    {
        using var host = new LauncherHarness();
        string config = host.Write("100.conf", "bios: ovmf\namd-sev: snp\n" + option);

        var result = host.Run("check", config, "--caps", LauncherHarness.TurinCaps, "--firmware", host.FirmwareRoot());

        Assert.Equal(ExitCodes.InvalidConfiguration, result.ExitCode);
        Assert.Equal(error + "\n", result.Err);
    }

    [Fact]
    public void A_misspelled_option_is_an_error_now_and_a_warning_in_a_snapshot()
    {
        // qemu-server drops an unknown setting with a warning: amd_sev would start the VM without SEV.
        using var host = new LauncherHarness();
        string config = host.Write("100.conf", "bios: ovmf\namd_sev: snp\n[before]\ncorse: 2\n");

        var result = host.Run("check", config, "--caps", LauncherHarness.TurinCaps, "--firmware", host.FirmwareRoot());

        Assert.Equal(ExitCodes.InvalidConfiguration, result.ExitCode);
        Assert.StartsWith(
            "error: line 2: amd_sev: unknown setting 'amd_sev'; did you mean 'amd-sev'?\n"
            + "warning: line 4 [before]: corse: unknown setting 'corse'; did you mean 'cores'?\n", result.Err,
            StringComparison.Ordinal);
        Assert.Contains("error: The VM has neither", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Showcmd_reports_the_same_problems_with_their_lines()
    {
        using var host = new LauncherHarness();
        string config = host.Write("100.conf", SnpWithBadDrives);

        var result = host.Run("showcmd", config, "--caps", LauncherHarness.TurinCaps);

        Assert.Equal(ExitCodes.InvalidConfiguration, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains(NetTypo + "\n", result.Err, StringComparison.Ordinal);
        Assert.Contains(BadScsiSize + "\n", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Snapshots_and_pending_changes_are_read_but_the_current_configuration_is_planned()
    {
        using var host = new LauncherHarness();
        string config = host.Write(
            "100.conf",
            "bios: ovmf\namd-sev: snp\nparent: before-upgrade\n"
            + "\n[PENDING]\nmemory: 4096\namd-sev: std\ndelete: net1\n"
            + "\n[before-upgrade]\nbios: seabios\namd-sev: type=stdd\nnet0: e1000=zz\nsnaptime: 1700000000\n");

        var result = host.Run("check", config, "--caps", LauncherHarness.TurinCaps, "--firmware", host.FirmwareRoot());

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        string[] expected =
        [
            "note: the config has pending changes (memory, amd-sev; delete: net1), not applied: sev-launch plans the current configuration",
            "warning: line 12 [before-upgrade]: amd-sev: type: value may only be 3 characters long",
            "warning: line 13 [before-upgrade]: net0: macaddr: invalid format - value does not look like a valid unicast MAC address",
        ];
        Assert.Equal(expected, result.Err.TrimEnd('\n').Split('\n'));
        Assert.Contains("amd-sev:      snp (SEV-SNP, policy 0xb0000)", result.Out, StringComparison.Ordinal);
        Assert.EndsWith("OK: the VM can start on this host (2 warnings).\n", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_config_without_pending_changes_gets_no_pending_note()
    {
        using var host = new LauncherHarness();
        string config = host.Write("100.conf", "bios: ovmf\namd-sev: snp\n\n[PENDING]\n");

        var result = host.Run("check", config, "--caps", LauncherHarness.TurinCaps, "--firmware", host.FirmwareRoot());

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal("", result.Err);
    }

    [Fact]
    public void A_custom_cpu_model_is_checked_against_the_nodes_models()
    {
        using var host = new LauncherHarness();
        string config = host.Write("100.conf", "bios: ovmf\ncpu: custom-epyc-tuned\namd-sev: snp\n");

        string firmware = host.FirmwareRoot();

        var builtIn = host.Run("check", config, "--caps", LauncherHarness.TurinCaps, "--firmware", firmware);
        host.Environment = host.Environment with { CpuModels = () => CpuModelCatalog.WithCustomModels(["epyc-tuned"]) };
        var node = host.Run("check", config, "--caps", LauncherHarness.TurinCaps, "--firmware", firmware);

        Assert.Equal(ExitCodes.InvalidConfiguration, builtIn.ExitCode);
        Assert.Equal("error: line 2: cpu: Custom cputype 'epyc-tuned' not found\n", builtIn.Err);
        Assert.Equal(ExitCodes.Ok, node.ExitCode);
        Assert.Equal("", node.Err);
    }

    [Fact]
    public void A_real_qemu_server_config_passes_every_check()
    {
        using var host = new LauncherHarness();

        var result = host.Run("check", LauncherHarness.Cfg2Cmd("sev-snp.conf"), "--caps", LauncherHarness.TurinCaps);

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.DoesNotContain("line ", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_help_says_that_every_option_is_checked()
    {
        using var host = new LauncherHarness();

        var result = host.Run("check", "--help");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        string text = string.Join(' ', result.Out.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("every option of the file is checked with its Proxmox VE format (net0, scsi0, cpu, boot, ...), or as Proxmox "
            + "VE checks a plain one", text, StringComparison.Ordinal);
        Assert.Contains("a misspelled option is an unknown setting, with the option it probably means), and reported with its line",
            text, StringComparison.Ordinal);
        Assert.Contains("only the current configuration is planned", text, StringComparison.Ordinal);
    }
}
