using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SevLauncher.Qemu;

/// <summary>QEMU's version as <c>--version</c> prints it (<c>QEMU emulator version 7.2.22 (Debian ...)</c>), and running it.</summary>
internal static partial class QemuVersion
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary>Reads the version from <c>--version</c>'s output; null when there is none.</summary>
    public static Version? Parse(string? output)
    {
        var match = output is null ? Match.Empty : VersionLine().Match(output);
        return match.Success ? ParseNumber(match.Groups[1].Value) : null;
    }

    /// <summary>Reads a version given on the command line: <c>10</c>, <c>10.0</c> or <c>10.0.2</c>.</summary>
    public static Version? ParseNumber(string text)
    {
        if (!Number().IsMatch(text))
        {
            return null;
        }

        int[] parts = [.. text.Split('.').Select(part => int.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture))];
        return parts.Length switch
        {
            1 => new Version(parts[0], 0),
            2 => new Version(parts[0], parts[1]),
            _ => new Version(parts[0], parts[1], parts[2]),
        };
    }

    /// <summary>Runs <c>QEMU --version</c> (no shell) and returns its standard output; null when it cannot run or fails.</summary>
    public static string? RunVersion(string qemu)
    {
        var start = new ProcessStartInfo(qemu, ["--version"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill();
                return null;
            }

            return process.ExitCode == 0 ? output.GetAwaiter().GetResult() : null;
        }
        catch (Win32Exception)
        {
            return null;
        }
    }

    [GeneratedRegex(@"QEMU emulator version (\d+\.\d+(?:\.\d+)?)", RegexOptions.CultureInvariant)]
    private static partial Regex VersionLine();

    [GeneratedRegex(@"^\d{1,4}(\.\d{1,4}){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
