using System.Diagnostics;

namespace SchemaGen.Runtime.Tests.Launcher;

/// <summary>The real, built sev-launch (not the in-process entry point) starts and prints its help.</summary>
public sealed class BuiltBinaryTests
{
    [Fact]
    public async Task The_built_launcher_prints_help_and_exits_0()
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "sev-launch.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing: the test project references the launcher, which copies it here.");
        var startInfo = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false
        };
        foreach (string argument in new[] { "exec", dll, "--help" })
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}: {await stderr}");
        Assert.Contains("Usage:\n  sev-launch [command] [options]", stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("probe", stdout, StringComparison.Ordinal);
        Assert.Contains("Exit codes:", stdout, StringComparison.Ordinal);
    }

    // The dotnet that runs the tests; DOTNET_HOST_PATH is set by the SDK when tests run under it.
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
