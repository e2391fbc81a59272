using System.Diagnostics.CodeAnalysis;
using SchemaGen.Sev;

namespace SevLauncher.Host;

/// <summary>
/// Finds the host capabilities the way the launcher promises: <c>--caps FILE</c> when given, else the
/// capability file (what qemu-server itself reads), else a live probe of this machine.
/// </summary>
internal static class CapabilitySource
{
    /// <summary>Resolves the capabilities, or prints why not and gives the exit code.</summary>
    /// <param name="capsPath">The <c>--caps</c> option, if given.</param>
    /// <param name="environment">The machine.</param>
    /// <param name="output">Where errors go.</param>
    /// <param name="capabilities">The capabilities, when found.</param>
    /// <param name="exitCode">The exit code when not found.</param>
    public static bool TryResolve(
        string? capsPath,
        LauncherEnvironment environment,
        LauncherOutput output,
        [NotNullWhen(true)] out ResolvedCapabilities? capabilities,
        out int exitCode)
    {
        capabilities = null;
        if (capsPath is not null)
        {
            // A file the user named: anything wrong with it is a usage error.
            return TryRead(capsPath, $"--caps {capsPath}", ExitCodes.UsageError, output, out capabilities, out exitCode);
        }

        string path = environment.CapabilityFilePath;
        try
        {
            capabilities = FromFile(CapabilityFileContent.ReadFile(path), $"the capability file {path}");
            exitCode = ExitCodes.Ok;
            return true;
        }
        catch (SevCapabilityFileException e) when (e.Problem == SevCapabilityFileProblem.Missing)
        {
            // No file (not a Proxmox host, or the probe unit never ran): ask the hardware.
        }
        catch (SevCapabilityFileException e)
        {
            // The host's own file is broken: qemu-server would refuse too, so say so rather than guess.
            output.Error(e.Message);
            exitCode = ExitCodes.HostLacksCapability;
            return false;
        }

        var probed = ProbedHost.Probe(environment);
        var probe = probed.Sev;
        capabilities = new ResolvedCapabilities(
            probe.Capabilities ?? new SevHostCapabilities(),
            probe.Capabilities is not null,
            $"a live probe of this host (no capability file at {path})",
            probe,
            probed.Tdx?.Capabilities,
            probed.Tdx);
        exitCode = ExitCodes.Ok;
        return true;
    }

    private static bool TryRead(string path, string source, int failureCode, LauncherOutput output,
        [NotNullWhen(true)] out ResolvedCapabilities? capabilities, out int exitCode)
    {
        try
        {
            capabilities = FromFile(CapabilityFileContent.ReadFile(path), source);
            exitCode = ExitCodes.Ok;
            return true;
        }
        catch (SevCapabilityFileException e)
        {
            output.Error(e.Message);
            capabilities = null;
            exitCode = failureCode;
            return false;
        }
    }

    // A file without amd-sev is a host that is not AMD: every SEV type is unsupported; likewise TDX without intel-tdx.
    private static ResolvedCapabilities FromFile(CapabilityFileContent file, string source) =>
        new(file.AmdSev ?? new SevHostCapabilities(), file.AmdSev is not null, source, null, file.IntelTdx);
}
