namespace SchemaGen.Sev;

/// <summary>
/// An operation is refused for a confidential VM: saving or moving its encrypted memory, or giving
/// an SEV-SNP VM an EFI disk. The message is Proxmox VE's.
/// </summary>
public sealed class SevOperationRefusedException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public SevOperationRefusedException()
        : base("The operation is not possible for a confidential VM.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">PVE's message.</param>
    public SevOperationRefusedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">PVE's message.</param>
    /// <param name="innerException">The cause.</param>
    public SevOperationRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
