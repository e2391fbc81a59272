namespace SchemaGen.Sev;

// The capability file's JSON form of the node format; the property-string form is generated.
public readonly partial record struct SevHostCapabilities
{
    /// <summary>
    /// The capability file's text for this host: the one-line <c>amd-sev</c> object Proxmox's helper
    /// writes, with a trailing line feed, all five keys printed (absent ones at their defaults).
    /// </summary>
    /// <remarks>A host that is not AMD has no value of this type; its file is <see cref="SevCapabilityFile.NoAmdSevJson"/>.</remarks>
    public string ToJson() => SevCapabilityFile.Format(this);

    /// <summary>
    /// Parses a capability file's content: the <c>amd-sev</c> member of the top-level object, or null when
    /// there is none (<c>{ }</c>, the file of a host that is not AMD). Keys it holds are present, as if parsed
    /// from a property string; keys it lacks read as their defaults. Unknown members are skipped.
    /// </summary>
    /// <param name="utf8Json">The file's bytes (a UTF-8 byte order mark is allowed).</param>
    /// <exception cref="SevCapabilityFileException">The JSON is empty, truncated, invalid, has a wrong type or a value outside the
    /// schema.</exception>
    public static SevHostCapabilities? ParseJson(ReadOnlySpan<byte> utf8Json)
        => CapabilityFileContent.ParseJson(utf8Json).AmdSev;

    /// <summary>
    /// Reads a host capability file (usually <see cref="SevCapabilityFile.DefaultPath"/>): see
    /// <see cref="ParseJson(ReadOnlySpan{byte})"/> for what it returns. Every failure is a
    /// <see cref="SevCapabilityFileException"/> whose message says what is wrong and how to fix it.
    /// </summary>
    /// <remarks>
    /// A symbolic link is refused, not followed (the message says where it points): the file is a
    /// boot-time fact that root writes into /run, and following a link would let whoever controls its
    /// target decide which SEV features guests are launched with. Files over
    /// <see cref="SevCapabilityFile.MaxFileSize"/> bytes are refused unread; devices and pipes, which
    /// report no size, are refused as empty.
    /// </remarks>
    /// <param name="path">The file.</param>
    /// <exception cref="SevCapabilityFileException">The file is missing, a directory, a symbolic link, unreadable, empty, too large, or its
    /// JSON is wrong.</exception>
    public static SevHostCapabilities? ReadJsonFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return CapabilityFileContent.ReadFile(path).AmdSev;
    }
}
