namespace SevLauncher.Vm;

/// <summary>Whose problem a finding is, which decides the exit code.</summary>
internal enum FindingKind
{
    /// <summary>The VM configuration is wrong (exit 1).</summary>
    Configuration,

    /// <summary>The launcher needs more from its command line (exit 2), e.g. <c>--efidisk</c>.</summary>
    Usage,

    /// <summary>The host lacks something the VM asks for (exit 3).</summary>
    Host,
}

/// <summary>One error or warning about a VM, printed as <c>error: ...</c> or <c>warning: ...</c>.</summary>
internal sealed record Finding(bool IsError, FindingKind Kind, string Message)
{
    public static Finding ConfigError(string message) => new(true, FindingKind.Configuration, message);

    public static Finding Warning(string message) => new(false, FindingKind.Configuration, message);

    public override string ToString() => (IsError ? "error: " : "warning: ") + Message;
}
