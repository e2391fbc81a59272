using System.Text;
using System.Text.Json;
using SchemaGen.Sev;
using SevLauncher;

namespace SchemaGen.Runtime.Tests.Launcher;

/// <summary><c>sev-launch probe</c> on fake hosts: the table, the JSON, and the capability file it writes.</summary>
public sealed class ProbeCommandTests
{
    private const string TurinFile = "{ \"amd-sev\": { \"cbitpos\": 51, \"reduced-phys-bits\": 6, \"sev-support\": true, " +
        "\"sev-support-es\": true, \"sev-support-snp\": true } }\n";

    [Fact]
    public void A_host_that_is_not_AMD_is_told_so_plainly_and_exits_0()
    {
        using var host = new LauncherHarness(LauncherHarness.IntelHost);

        var result = host.Run("probe");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.StartsWith("This host cannot run AMD SEV guests: The CPU vendor is 'GenuineIntel', not AuthenticAMD", result.Out,
            StringComparison.Ordinal);
        Assert.Contains("GenuineIntel, virtual machine (KVMKVMKVM)", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"SEV-SNP\s+no\s+kvm_amd not loaded\s+no", result.Out);
        Assert.Contains("  { }\n", result.Out, StringComparison.Ordinal);
        Assert.Equal("", result.Err);
    }

    [Fact]
    public void A_Turin_host_shows_every_type_usable_with_its_cbit_reduced_bits_vmpls_and_asids()
    {
        using var host = new LauncherHarness(LauncherHarness.TurinHost);

        var result = host.Run("probe");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.StartsWith("This host can run SEV, SEV-ES and SEV-SNP guests.", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"C-bit position:\s+51\n", result.Out);
        Assert.Matches(@"Reduced phys bits:\s+6\n", result.Out);
        Assert.Matches(@"VMPLs:\s+4\n", result.Out);
        Assert.Matches(@"Minimum SEV ASID:\s+100: ASIDs for 99 SEV-ES/SEV-SNP and 907 SEV guests\n", result.Out);
        Assert.Matches(@"SEV\s+yes\s+sev=Y\s+yes", result.Out);
        Assert.Matches(@"SEV-SNP\s+yes\s+sev_snp=Y\s+yes", result.Out);
        Assert.Matches(@"\s4\s+SEV-SNP\s+SEV Secure Nested Paging", result.Out);
        Assert.Contains("Nothing is missing.", result.Out, StringComparison.Ordinal);
        Assert.Contains("  " + TurinFile, result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_CPU_with_SNP_that_KVM_turned_off_is_reported_as_exactly_that()
    {
        using var host = new LauncherHarness(LauncherHarness.MilanHostWithoutSnp);

        var result = host.Run("probe");

        Assert.StartsWith("This host can run SEV and SEV-ES guests, not SEV-SNP.", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"SEV-SNP\s+yes\s+sev_snp=N\s+no", result.Out);
        Assert.Contains("  - SEV-SNP: the CPU supports it but KVM has it off (kvm_amd sev_snp=N).", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_holds_the_probe_and_the_capability_object()
    {
        using var host = new LauncherHarness(LauncherHarness.MilanHostWithoutSnp);

        var result = host.Run("probe", "--json");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("AuthenticAMD", root.GetProperty("cpu").GetProperty("vendor").GetString());
        Assert.Equal(51, root.GetProperty("cpu").GetProperty("encryptedMemory").GetProperty("cbitpos").GetInt32());
        Assert.Equal(1, root.GetProperty("cpu").GetProperty("encryptedMemory").GetProperty("reducedPhysBits").GetInt32());
        Assert.Equal("disabled", root.GetProperty("kvm").GetProperty("sev_snp").GetProperty("state").GetString());
        var snp = root.GetProperty("levels")[2];
        Assert.Equal(("snp", true, false), (snp.GetProperty("type").GetString(), snp.GetProperty("cpu").GetBoolean(),
            snp.GetProperty("usable").GetBoolean()));
        Assert.False(root.GetProperty("capabilities").GetProperty("sev-support-snp").GetBoolean());
        Assert.True(root.GetProperty("capabilities").GetProperty("sev-support-es").GetBoolean());
    }

    [Fact]
    public void Json_of_a_host_that_is_not_AMD_has_null_capabilities_and_the_reason()
    {
        using var host = new LauncherHarness(LauncherHarness.IntelHost);

        using var json = JsonDocument.Parse(host.Run("probe", "--json").Out);

        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("capabilities").ValueKind);
        Assert.Contains("GenuineIntel", json.RootElement.GetProperty("notSupported").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_writes_the_exact_Proxmox_bytes_for_a_Turin_host()
    {
        using var host = new LauncherHarness(LauncherHarness.TurinHost);
        string path = host.Directory["run/qemu-server/host-hw-capabilities.json"];

        var result = host.Run("probe", "--write", path);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(Encoding.UTF8.GetBytes(TurinFile), File.ReadAllBytes(path));
        Assert.Contains($"note: wrote {path}: {TurinFile.TrimEnd('\n')}", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_writes_an_empty_object_for_a_host_that_is_not_AMD()
    {
        using var host = new LauncherHarness(LauncherHarness.IntelHost);
        string path = host.Directory["caps.json"];

        Assert.Equal(ExitCodes.Ok, host.Run("probe", "--write", path, "--json").ExitCode);

        Assert.Equal("{ }\n"u8.ToArray(), File.ReadAllBytes(path));
    }

    [Fact]
    public void A_file_that_cannot_be_written_is_an_error_on_stderr_and_exit_1()
    {
        using var host = new LauncherHarness(LauncherHarness.TurinHost);
        string blocker = host.Write("not-a-directory", "a file where a directory should be");

        var result = host.Run("probe", "--write", Path.Combine(blocker, "caps.json"));

        Assert.Equal(ExitCodes.InvalidConfiguration, result.ExitCode);
        Assert.StartsWith("error: Could not write the host capability file", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void The_systemd_unit_runs_the_probe_with_flags_the_launcher_has()
    {
        string unit = File.ReadAllText(Path.Combine(RepositoryRoot(), "samples", "SevLauncher", "systemd", "sev-launch-probe.service"));
        string command = unit.Split('\n').Single(line => line.StartsWith("ExecStart=",
            StringComparison.Ordinal))["ExecStart=/usr/local/bin/sev-launch ".Length..];
        using var host = new LauncherHarness(LauncherHarness.TurinHost);
        string target = host.Directory["host-hw-capabilities.json"];

        // The unit's own arguments, with the path moved into the test's folder.
        string[] args = command.Replace(SevCapabilityFile.DefaultPath, target, StringComparison.Ordinal).Split(' ');
        Assert.Equal(["probe", "--write", target], args);
        Assert.Equal(ExitCodes.Ok, host.Run(args).ExitCode);
        Assert.Equal(TurinFile, File.ReadAllText(target));
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Directory.Build.props")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException(
            "The repository root was not found above " + AppContext.BaseDirectory);
    }
}
