using SchemaGen.Sev;

namespace SchemaGen.Tdx;

/// <summary>
/// What a host can do for Intel TDX guests: the <c>intel-tdx</c> object of the host capability file
/// (<c>{ "intel-tdx": { "tdx-support": true } }</c>), which Proxmox's helper writes on an Intel host.
/// </summary>
public readonly record struct TdxHostCapabilities
{
    /// <summary>Whether the host runs TDX guests (<c>tdx-support</c>).</summary>
    public bool TdxSupport { get; init; }

    /// <summary>The capability file's text for this host: the one-line <c>intel-tdx</c> object and a line feed.</summary>
    public string ToJson() => SevCapabilityFile.Format(this);

    /// <summary>
    /// Parses a capability file's content: its <c>intel-tdx</c> member, or null when there is none (the file
    /// of an AMD or ARM host, <c>{ }</c>, or an Intel host whose helper could not read the MSRs).
    /// </summary>
    /// <param name="utf8Json">The file's bytes (a UTF-8 byte order mark is allowed).</param>
    /// <exception cref="SevCapabilityFileException">The JSON is empty, truncated, invalid or has a wrong type.</exception>
    public static TdxHostCapabilities? ParseJson(ReadOnlySpan<byte> utf8Json)
        => CapabilityFileContent.ParseJson(utf8Json).IntelTdx;

    /// <summary>Reads a host capability file (usually <see cref="SevCapabilityFile.DefaultPath"/>) as <see
    /// cref="SevHostCapabilities.ReadJsonFile(string)"/> does, and returns its <c>intel-tdx</c> part.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="SevCapabilityFileException">The file is missing, a directory, a symbolic link, unreadable, empty, too large, or its
    /// JSON is wrong.</exception>
    public static TdxHostCapabilities? ReadJsonFile(string path) => CapabilityFileContent.ReadFile(path).IntelTdx;
}
