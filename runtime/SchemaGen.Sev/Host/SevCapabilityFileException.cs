namespace SchemaGen.Sev;

/// <summary>
/// A host capability file could not be read or written. <see cref="Exception.Message"/> is a complete
/// sentence for the user: what is wrong, where, and how to fix it.
/// </summary>
public sealed class SevCapabilityFileException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problem">What is wrong.</param>
    /// <param name="path">The file, or null for JSON that did not come from a file.</param>
    /// <param name="message">The sentence for the user.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public SevCapabilityFileException(SevCapabilityFileProblem problem, string? path, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Problem = problem;
        Path = path;
    }

    /// <summary>What is wrong.</summary>
    public SevCapabilityFileProblem Problem { get; }

    /// <summary>The file, or null for JSON that did not come from a file.</summary>
    public string? Path { get; }
}
