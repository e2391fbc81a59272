using SchemaGen.Sev;
using SevLauncher;
using SevLauncher.Qemu;

namespace SchemaGen.Runtime.Tests.Launcher;

/// <summary><c>sev-launch start</c> with an injected QEMU runner: what it would run, what it runs, and when it refuses.</summary>
public sealed class StartCommandTests
{
    [Fact]
    public void Dry_run_prints_the_whole_argv_and_runs_nothing()
    {
        var runner = new RecordingQemuRunner();
        using var host = new LauncherHarness(runner: runner);
        string root = host.FirmwareRoot();

        var result = host.Run("start", LauncherHarness.Example("sev-snp.conf"), "--caps", LauncherHarness.TurinCaps, "--firmware", root,
            "--dry-run", "--", "-nographic");

        Assert.True(result.ExitCode == ExitCodes.Ok, result.ToString());
        Assert.Equal(
            $"qemu-system-x86_64 -name sev-snp-demo -m 4096 -smp '4,sockets=1,cores=4' -bios {root}/OVMF_SEV_4M.fd "
            + "-object 'sev-snp-guest,id=sev0,cbitpos=51,reduced-phys-bits=6,policy=0xb0000,kernel-hashes=on' "
            + "-machine 'type=q35,accel=kvm,confidential-guest-support=sev0' -nographic\n",
            result.Out);
        Assert.Empty(runner.Runs);
    }

    [Fact]
    public void Start_passes_the_argv_to_the_runner_and_returns_its_exit_code()
    {
        var runner = new RecordingQemuRunner(exitCode: 42);
        using var host = new LauncherHarness(runner: runner);
        string root = host.FirmwareRoot();

        var result = host.Run("start", LauncherHarness.Example("sev-es.conf"), "--caps", LauncherHarness.TurinCaps, "--firmware", root,
            "--efidisk", host.Write("efivars.raw", "vars"), "--qemu", "/usr/bin/kvm", "--", "-drive", "file=disk.qcow2,if=virtio");

        Assert.Equal(42, result.ExitCode);
        var (executable, arguments) = Assert.Single(runner.Runs);
        Assert.Equal("/usr/bin/kvm", executable);
        Assert.Equal(
            [
                "-name", "sev-es-demo", "-m", "4096", "-smp", "4,sockets=1,cores=4",
                "-drive", $"if=pflash,unit=0,format=raw,readonly=on,file={root}/OVMF_SEV_CODE_4M.fd",
                "-drive", $"if=pflash,unit=1,id=drive-efidisk0,format=raw,file={host.Directory["efivars.raw"]}",
                "-object", "sev-guest,id=sev0,cbitpos=51,reduced-phys-bits=6,policy=0xe",
                "-machine", "type=q35,accel=kvm,confidential-guest-support=sev0",
                "-drive", "file=disk.qcow2,if=virtio",
            ],
            arguments);
        Assert.Contains("note: running /usr/bin/kvm -name sev-es-demo", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_efidisk_start_runs_on_a_fresh_copy_of_the_vars_template_and_removes_it()
    {
        using var host = new LauncherHarness();
        string root = host.FirmwareRoot();
        string vars = host.Directory["100-ovmf.fd"];
        File.WriteAllText(vars, "left over from an earlier run");
        string? contentWhileRunning = null;
        var runner = new RecordingQemuRunner { WhileRunning = () => contentWhileRunning = File.ReadAllText(vars) };
        host.Environment = host.Environment with { Runner = runner };

        var result = host.Run("start", LauncherHarness.Example("sev-std.conf"), "--caps", LauncherHarness.TurinCaps, "--firmware", root,
            "--vars", vars);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal("vars template", contentWhileRunning);
        Assert.Contains($"if=pflash,unit=1,id=drive-efidisk0,format=raw,file={vars}", Assert.Single(runner.Runs).Arguments);
        Assert.False(File.Exists(vars));
    }

    [Fact]
    public void Missing_firmware_refuses_with_exit_3_and_runs_nothing()
    {
        var runner = new RecordingQemuRunner();
        using var host = new LauncherHarness(runner: runner);
        string root = host.Directory["no-firmware"];

        var result = host.Run("start", LauncherHarness.Example("sev-snp.conf"), "--caps", LauncherHarness.TurinCaps, "--firmware", root);

        Assert.Equal(ExitCodes.HostLacksCapability, result.ExitCode);
        Assert.Contains($"error: EFI base image '{root}/OVMF_SEV_4M.fd' not found", result.Err, StringComparison.Ordinal);
        Assert.Empty(runner.Runs);
    }

    [Fact]
    public void A_host_without_sev_refuses_with_exit_3_and_says_what_is_missing()
    {
        var runner = new RecordingQemuRunner();
        using var host = new LauncherHarness(LauncherHarness.IntelHost, runner);

        var result = host.Run("start", LauncherHarness.Example("sev-std.conf"), "--firmware", host.FirmwareRoot());

        Assert.Equal(ExitCodes.HostLacksCapability, result.ExitCode);
        Assert.Contains("error: " + SevHostChecks.NoSev + "\nnote: The CPU vendor is 'GenuineIntel', not AuthenticAMD", result.Err,
            StringComparison.Ordinal);
        Assert.Empty(runner.Runs);
    }

    [Fact]
    public void An_invalid_config_refuses_with_exit_1()
    {
        var runner = new RecordingQemuRunner();
        using var host = new LauncherHarness(LauncherHarness.TurinHost, runner);

        var result = host.Run("start", LauncherHarness.Example("broken.conf"), "--dry-run");

        Assert.Equal(ExitCodes.InvalidConfiguration, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Empty(runner.Runs);
    }

    [Fact]
    public void An_efidisk_that_does_not_exist_refuses_with_exit_1()
    {
        using var host = new LauncherHarness();

        var result = host.Run("start", LauncherHarness.Example("sev-es.conf"), "--caps", LauncherHarness.TurinCaps, "--firmware",
            host.FirmwareRoot(), "--efidisk", host.Directory["gone.raw"]);

        Assert.Equal(ExitCodes.InvalidConfiguration, result.ExitCode);
        Assert.Contains($"error: efidisk0: '{host.Directory["gone.raw"]}' does not exist on this host", result.Err,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_qemu_that_cannot_be_started_is_exit_3()
    {
        using var host = new LauncherHarness(runner: ProcessQemuRunner.Instance);

        var result = host.Run("start", LauncherHarness.Example("sev-snp.conf"), "--caps", LauncherHarness.TurinCaps, "--firmware",
            host.FirmwareRoot(), "--qemu", host.Directory["no-such-qemu"]);

        Assert.Equal(ExitCodes.HostLacksCapability, result.ExitCode);
        Assert.Contains($"error: cannot run QEMU '{host.Directory["no-such-qemu"]}'", result.Err, StringComparison.Ordinal);
    }
}
