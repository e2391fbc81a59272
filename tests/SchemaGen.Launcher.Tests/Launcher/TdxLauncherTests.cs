using SchemaGen.Sev;
using SchemaGen.Tdx;
using SevLauncher;

namespace SchemaGen.Launcher.Tests.Launcher;

/// <summary>sev-launch with Intel TDX VMs and hosts, and qemu-server 9's firmware lines on QEMU 10.</summary>
public sealed class TdxLauncherTests
{
    private const string TdxObject =
        """{"id":"tdx0","qom-type":"tdx-guest","quote-generation-socket":{"cid":"2","port":"4050","type":"vsock"}}""";

    private static string TdxCaps => LauncherHarness.Example("tdx-capabilities.json");

    [Fact]
    public void Probe_on_a_tdx_host_shows_tdx_in_cpu_and_kvm_and_the_intel_tdx_file()
    {
        using var host = new LauncherHarness(LauncherHarness.IntelHost, probeTdx: LauncherHarness.TdxHost);

        var result = host.Run("probe");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("Intel TDX: this host can run TDX guests.", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"MSR 0x982 \(TME\):\s+0x2: memory encryption active", result.Out);
        Assert.Matches(@"MSR 0x1401 \(SEAM\):\s+0x800: SEAM range enabled", result.Out);
        Assert.Matches(@"KVM:\s+kvm_intel tdx=Y", result.Out);
        Assert.EndsWith("  { \"intel-tdx\": { \"tdx-support\": true } }\n", result.Out, StringComparison.Ordinal);
        Assert.Equal("", result.Err);
    }

    [Fact]
    public void Probe_write_on_a_tdx_host_writes_the_helpers_intel_tdx_line()
    {
        using var host = new LauncherHarness(LauncherHarness.IntelHost, probeTdx: LauncherHarness.TdxHost);
        string path = host.Directory["run/qemu-server/host-hw-capabilities.json"];

        var result = host.Run("probe", "--write", path);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal("{ \"intel-tdx\": { \"tdx-support\": true } }\n", File.ReadAllText(path));
        Assert.Contains("note: wrote " + path, result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Probe_write_with_unreadable_msrs_writes_an_empty_object_and_says_undetermined_as_the_helper()
    {
        using var host = new LauncherHarness(LauncherHarness.IntelHost);
        string path = host.Directory["caps.json"];

        var result = host.Run("probe", "--write", path);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal("{ }\n", File.ReadAllText(path));
        Assert.StartsWith("Intel TDX support undetermined\n", result.Err, StringComparison.Ordinal);
        Assert.Contains("Intel TDX: Intel TDX support undetermined (the MSRs could not be read).", result.Out, StringComparison.Ordinal);
        Assert.Contains("What is missing for TDX:", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Probe_json_has_the_tdx_part_on_intel_and_null_on_amd()
    {
        using var intel = new LauncherHarness(LauncherHarness.IntelHost, probeTdx: LauncherHarness.TdxHost);
        using var amd = new LauncherHarness(LauncherHarness.TurinHost, probeTdx: ()
            => throw new InvalidOperationException("no TDX probe on AMD"));

        var intelResult = intel.Run("probe", "--json");
        var amdResult = amd.Run("probe", "--json");

        Assert.Contains("\"tdx-support\": true", intelResult.Out, StringComparison.Ordinal);
        Assert.Contains("\"0x1401\": \"0x800\"", intelResult.Out, StringComparison.Ordinal);
        Assert.Contains("\"tdx\": null", amdResult.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, amdResult.ExitCode);
    }

    [Fact]
    public void Check_passes_a_tdx_vm_on_a_tdx_host()
    {
        using var host = new LauncherHarness();

        var result = host.Run("check", LauncherHarness.Example("tdx.conf"), "--caps", TdxCaps);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains(
            "intel-tdx:    tdx,attestation=1,vsock-cid=2,vsock-port=4050 (Intel TDX, attestation through vsock CID 2 port 4050)",
            result.Out,
            StringComparison.Ordinal);
        Assert.Contains("QEMU object:  " + TdxObject, result.Out, StringComparison.Ordinal);
        Assert.Contains("from --caps " + TdxCaps + ": Intel TDX yes", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_of_a_tdx_vm_on_an_amd_host_is_a_host_error()
    {
        using var host = new LauncherHarness();

        var result = host.Run("check", LauncherHarness.Example("tdx.conf"), "--caps", LauncherHarness.TurinCaps);

        Assert.Equal(ExitCodes.HostLacksCapability, result.ExitCode);
        Assert.Contains("error: " + TdxHostChecks.NoTdx, result.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("intel-tdx: tdx,attestation=1\n", "error: Missing cid for vsock.")]
    [InlineData("intel-tdx: tdx,attestation=1,vsock-cid=3\n", "error: Missing port for vsock.")]
    [InlineData("intel-tdx: tdx\n", "error: line 2: intel-tdx: attestation: property is missing and it is not optional")]
    [InlineData("intel-tdx: tdx,attestation=1,vsock-cid=1,vsock-port=1\n",
        "error: line 2: intel-tdx: vsock-cid: value must have a minimum value of 2")]
    [InlineData("amd-sev: std\nintel-tdx: tdx,attestation=0\n", "error: " + ConfidentialVmPlanner.BothAmdSevAndIntelTdx)]
    public void Check_reports_a_broken_tdx_config_as_invalid(string options, string error)
    {
        using var host = new LauncherHarness();
        string config = host.Write("100.conf", "bios: ovmf\n" + options);

        var result = host.Run("check", config, "--caps", TdxCaps);

        Assert.Equal(ExitCodes.InvalidConfiguration, result.ExitCode);
        Assert.Contains(error, result.Err.Split('\n'));
    }

    [Fact]
    public void Check_of_a_tdx_vm_without_ovmf_says_so_in_pves_words()
    {
        using var host = new LauncherHarness();
        string config = host.Write("100.conf", "intel-tdx: tdx,attestation=0\n");

        var result = host.Run("check", config, "--caps", LauncherHarness.TurinCaps);

        Assert.Equal(ExitCodes.InvalidConfiguration, result.ExitCode);
        Assert.Equal(["error: " + TdxHostChecks.NoTdx, "error: " + TdxHostChecks.NotOvmf], result.Err.Split('\n').Where(l
            => l.StartsWith("error:", StringComparison.Ordinal)));
    }

    [Fact]
    public void Showcmd_prints_the_tdx_bios_object_and_machine_flags()
    {
        using var host = new LauncherHarness();

        var result = host.Run("showcmd", LauncherHarness.Example("tdx.conf"), "--caps", TdxCaps, "--pretty", "--machine", "q35");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(
            "-bios /usr/share/pve-edk2-firmware//OVMF_TDX_4M.ms.fd \\\n"
            + "  -object '" + TdxObject + "' \\\n"
            + "  -machine 'type=q35,confidential-guest-support=tdx0,kernel_irqchip=split'\n",
            result.Out);
    }

    [Fact]
    public void Showcmd_warns_that_a_tdx_vms_efidisk_is_ignored()
    {
        using var host = new LauncherHarness();
        string config = host.Write("100.conf",
            "bios: ovmf\nefidisk0: local:100/vm-100-disk-0.raw,efitype=4m\nintel-tdx: tdx,attestation=0\n");

        var result = host.Run("showcmd", config, "--caps", TdxCaps);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("warning: " + ConfidentialVmPlanner.EfiDiskIgnoredForSnp + "\n", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("efidisk", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_runs_a_tdx_vm_with_its_bios_and_object()
    {
        var runner = new RecordingQemuRunner();
        using var host = new LauncherHarness(runner: runner);
        string firmware = host.Directory["firmware"];
        Directory.CreateDirectory(firmware);
        File.WriteAllText(Path.Combine(firmware, "OVMF_TDX_4M.ms.fd"), "tdx image");

        var result = host.Run("start", LauncherHarness.Example("tdx.conf"), "--caps", TdxCaps, "--firmware", firmware, "--qemu",
            "/usr/bin/kvm");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var (executable, arguments) = Assert.Single(runner.Runs);
        Assert.Equal("/usr/bin/kvm", executable);
        Assert.Contains(TdxObject, arguments);
        Assert.Contains("type=q35,accel=kvm,confidential-guest-support=tdx0,kernel_irqchip=split", arguments);
        Assert.Equal(firmware + "/OVMF_TDX_4M.ms.fd", arguments[arguments.ToList().IndexOf("-bios") + 1]);
    }

    [Fact]
    public void Start_of_a_tdx_vm_on_a_host_without_tdx_exits_3_and_runs_nothing()
    {
        var runner = new RecordingQemuRunner();
        using var host = new LauncherHarness(runner: runner);

        var result = host.Run("start", LauncherHarness.Example("tdx.conf"), "--caps", LauncherHarness.TurinCaps);

        Assert.Equal(ExitCodes.HostLacksCapability, result.ExitCode);
        Assert.Empty(runner.Runs);
    }

    [Theory]
    [InlineData("sev-std")]
    [InlineData("sev-es")]
    [InlineData("sev-snp")]
    public void Showcmd_on_qemu_10_prints_qemu_servers_confidential_lines_byte_for_byte(string name)
    {
        using var host = new LauncherHarness();

        var result = host.Run("showcmd", LauncherHarness.Cfg2Cmd(name + ".conf"), "--caps", LauncherHarness.TurinCaps, "--qemu-version",
            "10.0", "--machine", "pc+pve0", "--pretty");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var expected = ExpectedConfidentialLines(name);
        Assert.Equal(name == "sev-snp" ? 3 : 5, expected.Count);
        Assert.Equal(expected, result.Out.TrimEnd('\n').Split(" \\\n  "));
        if (name != "sev-snp")
        {
            Assert.Contains("note: firmware form for QEMU 10.0 (from --qemu-version)\n", result.Err, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_qemu_version_comes_from_the_binary_when_not_given_and_the_output_says_so()
    {
        using var host = new LauncherHarness();
        string? asked = null;
        host.Environment = host.Environment with
        {
            QemuVersionOutput = qemu =>
            {
                asked = qemu;
                return "QEMU emulator version 10.0.2 (pve-qemu-kvm_10.0.2-4)\nCopyright (c) 2003-2025\n";
            },
        };

        var result = host.Run("showcmd", LauncherHarness.Cfg2Cmd("sev-std.conf"), "--caps", LauncherHarness.TurinCaps, "--qemu",
            "/usr/bin/kvm", "--machine", "pc+pve0", "--pretty");

        Assert.Equal("/usr/bin/kvm", asked);
        Assert.Contains("note: firmware form for QEMU 10.0.2 (from '/usr/bin/kvm --version')\n", result.Err, StringComparison.Ordinal);
        Assert.Equal(ExpectedConfidentialLines("sev-std"), result.Out.TrimEnd('\n').Split(" \\\n  "));
    }

    [Fact]
    public void Without_a_qemu_version_the_firmware_stays_drive_if_pflash_and_the_output_says_why()
    {
        using var host = new LauncherHarness();

        var result = host.Run("showcmd", LauncherHarness.Cfg2Cmd("sev-std.conf"), "--caps", LauncherHarness.TurinCaps);

        Assert.StartsWith("-drive 'if=pflash,unit=0", result.Out, StringComparison.Ordinal);
        Assert.Contains("QEMU version unknown ('qemu-system-x86_64 --version' did not run)", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_machine_version_pinned_in_the_config_wins()
    {
        using var host = new LauncherHarness();
        string config = host.Write("100.conf", "bios: ovmf\nmachine: pc-q35-9.2+pve1\namd-sev: std\n");

        var result = host.Run("showcmd", config, "--caps", LauncherHarness.TurinCaps, "--qemu-version", "10.1");

        Assert.StartsWith("-drive ", result.Out, StringComparison.Ordinal);
        Assert.Contains("note: firmware form for machine version 9.2 (from the config's machine: pc-q35-9.2+pve1)", result.Err,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_qemu_version_is_a_usage_error()
    {
        using var host = new LauncherHarness();

        var result = host.Run("showcmd", LauncherHarness.Example("sev-std.conf"), "--qemu-version", "ten");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.StartsWith("error: --qemu-version: 'ten' is not a version like 10.0 or 9.2.0\n", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Policy_explains_an_intel_tdx_value_attestation_and_vsock()
    {
        using var host = new LauncherHarness();

        var result = host.Run("policy", "tdx,attestation=1,vsock-cid=2,vsock-port=4050");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.StartsWith(
            "intel-tdx tdx,attestation=1,vsock-cid=2,vsock-port=4050: Intel TDX guest, attestation through vsock CID 2 port 4050\n",
            result.Out,
            StringComparison.Ordinal);
        Assert.Contains("attributes   not set by Proxmox VE", result.Out, StringComparison.Ordinal);
        Assert.EndsWith("QEMU object: " + TdxObject + "\n", result.Out, StringComparison.Ordinal);
        Assert.Equal("", result.Err);
    }

    [Theory]
    [InlineData("tdx,attestation=1", "error: Missing cid for vsock.\n")]
    [InlineData("tdx", "error: 'tdx' is not a valid intel-tdx value: intel-tdx: attestation: property is missing and it is not optional\n")]
    public void Policy_refuses_what_qemu_server_refuses_for_tdx(string value, string error)
    {
        using var host = new LauncherHarness();

        var result = host.Run("policy", value);

        Assert.Equal(ExitCodes.InvalidConfiguration, result.ExitCode);
        Assert.Equal(error, result.Err);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("showcmd", "--help")]
    [InlineData("probe", "--help")]
    [InlineData("policy", "--help")]
    public void Help_mentions_tdx(params string[] args)
    {
        using var host = new LauncherHarness();

        var result = host.Run(args);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("TDX", result.Out, StringComparison.Ordinal);
    }

    private static List<string> ExpectedConfidentialLines(string name) =>
        [.. File.ReadLines(LauncherHarness.Cfg2Cmd(name + ".conf.cmd")).Skip(1)
            .Select(line => line.Trim().TrimEnd('\\').TrimEnd())
            .Where(line => line.StartsWith("-blockdev ", StringComparison.Ordinal)
                || line.StartsWith("-bios ", StringComparison.Ordinal)
                || line.StartsWith("-machine ", StringComparison.Ordinal)
                || line.StartsWith("-object 'sev", StringComparison.Ordinal)
                || line.Contains("efidisk", StringComparison.Ordinal))];
}
