namespace SchemaGen.Sev;

/// <summary>
/// A confidential VM cannot start as configured: the host lacks the SEV variant, the VM does not
/// use OVMF, a firmware image is missing, and so on. <see cref="Exception.Message"/> is the text
/// Proxmox VE gives for the same case, without its trailing line feed.
/// </summary>
public sealed class SevConfigurationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SevConfigurationException()
        : base("The confidential VM configuration is not valid.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, as PVE words it.</param>
    public SevConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, as PVE words it.</param>
    /// <param name="innerException">The cause.</param>
    public SevConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
