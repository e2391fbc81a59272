using SevLauncher;

namespace SchemaGen.Launcher.Tests.Launcher;

/// <summary>Usage errors are exit 2 with the reason on standard error; --help works on every command.</summary>
public sealed class UsageTests
{
    [Fact]
    public void An_unknown_command_is_exit_2()
    {
        using var host = new LauncherHarness();

        var result = host.Run("launch", "vm.conf");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("error: Unrecognized command or argument 'launch'", result.Err, StringComparison.Ordinal);
        Assert.Contains("Run 'sev-launch --help' for usage.", result.Err, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void No_command_at_all_is_exit_2()
    {
        using var host = new LauncherHarness();

        Assert.Equal(ExitCodes.UsageError, host.Run().ExitCode);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("showcmd")]
    [InlineData("start")]
    [InlineData("policy")]
    public void A_missing_argument_is_exit_2(string command)
    {
        using var host = new LauncherHarness();

        var result = host.Run(command);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains($"Run 'sev-launch {command} --help' for usage.", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_is_exit_2()
    {
        using var host = new LauncherHarness();

        var result = host.Run("probe", "--jsn");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("'--jsn'", result.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("showcmd")]
    [InlineData("start")]
    public void A_missing_config_file_is_exit_2(string command)
    {
        using var host = new LauncherHarness();
        string path = host.Directory["missing.conf"];

        var result = host.Run(command, path, "--caps", LauncherHarness.TurinCaps);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Equal($"error: cannot read the VM config '{path}': no such file\n", result.Err);
    }

    [Fact]
    public void A_config_that_cannot_be_read_is_exit_2()
    {
        using var host = new LauncherHarness();
        string path = host.Directory["a-directory.conf"];
        Directory.CreateDirectory(path);

        var result = host.Run("check", path, "--caps", LauncherHarness.TurinCaps);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Equal($"error: cannot read the VM config '{path}': it is a directory\n", result.Err);
    }

    [SkippableFact]
    public void A_config_without_read_permission_is_exit_2()
    {
        using var host = new LauncherHarness();
        string path = UnreadableFile.Make(host.Write("100.conf", "amd-sev: snp\n"));

        var result = host.Run("check", path, "--caps", LauncherHarness.TurinCaps);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.StartsWith($"error: cannot read the VM config '{path}': ", result.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("probe")]
    [InlineData("check")]
    [InlineData("showcmd")]
    [InlineData("start")]
    [InlineData("policy")]
    public void Every_command_has_help_with_examples_and_exit_codes(params string[] command)
    {
        using var host = new LauncherHarness();

        var result = host.Run([.. command, "--help"]);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("Usage:", result.Out, StringComparison.Ordinal);
        Assert.Contains("Examples:\n  sev-launch " + (command.Length == 0 ? "probe" : command[0]), result.Out, StringComparison.Ordinal);
        Assert.Contains("  3  the host lacks a needed capability", result.Out, StringComparison.Ordinal);
        Assert.Equal("", result.Err);
    }

    [Fact]
    public void Start_help_explains_the_efi_vars_options()
    {
        using var host = new LauncherHarness();

        var result = host.Run("start", "--help");

        Assert.Contains("--efidisk", result.Out, StringComparison.Ordinal);
        Assert.Contains("--vars", result.Out, StringComparison.Ordinal);
        Assert.Contains("temporary copy", result.Out, StringComparison.Ordinal);
    }
}
