namespace SchemaGen.Sev;

/// <summary>
/// A firmware image the VM needs is not on this host. The message is qemu-server's:
/// <c>EFI base image '&lt;path&gt;' not found</c> or <c>EFI vars image '&lt;path&gt;' not found</c>.
/// </summary>
public sealed class FirmwareImageNotFoundException : FileNotFoundException
{
    /// <summary>Creates the exception.</summary>
    public FirmwareImageNotFoundException()
        : base("EFI image not found")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">qemu-server's message.</param>
    public FirmwareImageNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">qemu-server's message.</param>
    /// <param name="fileName">The missing file.</param>
    public FirmwareImageNotFoundException(string message, string fileName)
        : base(message, fileName)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">qemu-server's message.</param>
    /// <param name="innerException">The cause.</param>
    public FirmwareImageNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
