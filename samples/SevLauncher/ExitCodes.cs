namespace SevLauncher;

/// <summary>What <c>sev-launch</c> returns. Scripts and systemd units test these, so they never change meaning.</summary>
internal static class ExitCodes
{
    /// <summary>Everything asked for was done; warnings may have been printed.</summary>
    public const int Ok = 0;

    /// <summary>The VM configuration (or an amd-sev or intel-tdx value, or a policy) is invalid, or a file could not be written.</summary>
    public const int InvalidConfiguration = 1;

    /// <summary>The command line is wrong: unknown command or option, missing argument, a file argument that cannot be read.</summary>
    public const int UsageError = 2;

    /// <summary>The host lacks something the VM needs: an SEV type or TDX, firmware images, QEMU, or a valid capability file.</summary>
    public const int HostLacksCapability = 3;
}
