namespace SchemaGen.Tdx;

/// <summary>
/// An Intel TDX VM cannot start as configured: the host lacks TDX, the VM does not use OVMF, the
/// attestation socket lacks its CID or port, and so on. <see cref="Exception.Message"/> is the text
/// Proxmox VE gives for the same case, without its trailing line feed.
/// </summary>
public sealed class TdxConfigurationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TdxConfigurationException()
        : base("The Intel TDX VM configuration is not valid.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, as PVE words it.</param>
    public TdxConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, as PVE words it.</param>
    /// <param name="innerException">The cause.</param>
    public TdxConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
