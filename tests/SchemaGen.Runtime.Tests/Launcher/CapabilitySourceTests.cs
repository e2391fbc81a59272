using SchemaGen.Sev;
using SevLauncher;

namespace SchemaGen.Runtime.Tests.Launcher;

/// <summary>Capabilities come from --caps, else the capability file, else a live probe, and the output says which.</summary>
public sealed class CapabilitySourceTests
{
    [Fact]
    public void Caps_option_wins_over_the_file_and_the_probe()
    {
        using var host = new LauncherHarness(LauncherHarness.IntelHost);
        host.Write("run/host-hw-capabilities.json", "{ }\n");

        var result = host.Run("showcmd", LauncherHarness.Example("sev-snp.conf"), "--caps", LauncherHarness.TurinCaps);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains(
            $"note: host capabilities from --caps {LauncherHarness.TurinCaps}: cbitpos 51, reduced-phys-bits 6, SEV yes, SEV-ES yes, " +
                "SEV-SNP yes\n", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void The_capability_file_is_used_when_there_is_no_caps_option()
    {
        using var host = new LauncherHarness(() => throw new InvalidOperationException("The probe must not run when the file exists."));
        string file = host.Write("run/host-hw-capabilities.json", File.ReadAllText(LauncherHarness.TurinCaps));

        var result = host.Run("check", LauncherHarness.Example("sev-es.conf"));

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains($"Host:         from the capability file {file}: cbitpos 51", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_live_probe_is_used_when_there_is_no_file_and_its_reasons_are_printed()
    {
        using var host = new LauncherHarness(LauncherHarness.MilanHostWithoutSnp);

        var result = host.Run("check", LauncherHarness.Example("sev-snp.conf"));

        Assert.Equal(ExitCodes.HostLacksCapability, result.ExitCode);
        Assert.Contains(
            $"from a live probe of this host (no capability file at {host.Environment.CapabilityFilePath}): cbitpos 51, " +
                "reduced-phys-bits 1, SEV yes, SEV-ES yes, SEV-SNP no", result.Out, StringComparison.Ordinal);
        Assert.Contains("error: " + SevHostChecks.NoSevSnp + "\nnote: SEV-SNP: the CPU supports it but KVM has it off (kvm_amd sev_snp=N).",
            result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_live_probe_of_a_host_that_is_not_AMD_says_so()
    {
        using var host = new LauncherHarness(LauncherHarness.IntelHost);

        var result = host.Run("check", LauncherHarness.Example("sev-std.conf"));

        Assert.Equal(ExitCodes.HostLacksCapability, result.ExitCode);
        Assert.Contains("from a live probe of this host", result.Out, StringComparison.Ordinal);
        Assert.Contains("not an AMD host (no amd-sev capabilities)", result.Out, StringComparison.Ordinal);
        Assert.Contains("note: The CPU vendor is 'GenuineIntel', not AuthenticAMD", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_caps_file_of_a_host_that_is_not_AMD_refuses_every_type()
    {
        using var host = new LauncherHarness();
        string caps = host.Write("intel.json", "{ }\n");

        var result = host.Run("check", LauncherHarness.Example("sev-std.conf"), "--caps", caps);

        Assert.Equal(ExitCodes.HostLacksCapability, result.ExitCode);
        Assert.Contains("error: " + SevHostChecks.NoSev, result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_caps_file_given_on_the_command_line_is_a_usage_error()
    {
        using var host = new LauncherHarness();
        string caps = host.Write("broken.json", "{ \"amd-sev\": { \"cbitpos\": \"51\" } }");

        var result = host.Run("check", LauncherHarness.Example("sev-std.conf"), "--caps", caps);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.StartsWith($"error: The host capability file '{caps}'", result.Err, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void A_missing_caps_file_says_how_to_create_it()
    {
        using var host = new LauncherHarness();
        string caps = host.Directory["nowhere.json"];

        var result = host.Run("showcmd", LauncherHarness.Example("sev-std.conf"), "--caps", caps);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Equal($"error: The host capability file '{caps}' does not exist. Create it with: sev-launch probe --write {caps}\n",
            result.Err);
    }

    [Fact]
    public void A_broken_host_capability_file_is_exit_3_not_a_silent_probe()
    {
        using var host = new LauncherHarness(() => throw new InvalidOperationException("The probe must not replace a broken file."));
        host.Write("run/host-hw-capabilities.json", "{ \"amd-sev\": ");

        var result = host.Run("check", LauncherHarness.Example("sev-std.conf"));

        Assert.Equal(ExitCodes.HostLacksCapability, result.ExitCode);
        Assert.StartsWith($"error: The host capability file '{host.Environment.CapabilityFilePath}'", result.Err, StringComparison.Ordinal);
    }
}
