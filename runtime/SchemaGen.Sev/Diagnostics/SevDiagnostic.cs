namespace SchemaGen.Sev;

/// <summary>
/// One finding about a confidential VM's configuration: an error that stops it, or a warning
/// about a setting that is ignored or that the host will refuse. A launcher prints these as
/// <c>error: ...</c> / <c>warning: ...</c> lines.
/// </summary>
/// <param name="Severity">Whether this stops the VM.</param>
/// <param name="Message">The text; for checks Proxmox VE also makes, exactly PVE's message.</param>
public sealed record SevDiagnostic(SevDiagnosticSeverity Severity, string Message)
{
    /// <summary>Whether this is an error.</summary>
    public bool IsError => Severity == SevDiagnosticSeverity.Error;

    /// <summary>Creates an error.</summary>
    /// <param name="message">The text.</param>
    public static SevDiagnostic Error(string message) => new(SevDiagnosticSeverity.Error, message);

    /// <summary>Creates a warning.</summary>
    /// <param name="message">The text.</param>
    public static SevDiagnostic Warning(string message) => new(SevDiagnosticSeverity.Warning, message);

    /// <summary>The diagnostic as a launcher prints it: <c>error: &lt;message&gt;</c> or <c>warning: &lt;message&gt;</c>.</summary>
    public override string ToString() => (IsError ? "error: " : "warning: ") + Message;
}
