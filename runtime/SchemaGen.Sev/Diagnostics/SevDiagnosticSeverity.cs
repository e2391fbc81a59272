namespace SchemaGen.Sev;

/// <summary>How serious a <see cref="SevDiagnostic"/> is.</summary>
public enum SevDiagnosticSeverity
{
    /// <summary>The VM can start, but something will not behave as configured.</summary>
    Warning,

    /// <summary>The VM cannot start (or the operation cannot run) this way.</summary>
    Error,
}
