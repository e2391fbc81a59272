using SchemaGen.Tdx;

namespace SchemaGen.Sev;

/// <summary>
/// What a host capability file says, read once: its <c>amd-sev</c> and <c>intel-tdx</c> objects, each
/// <see langword="null"/> when the file has none (<c>{ }</c>, an <c>arm-caps</c> file, or the other vendor's).
/// </summary>
/// <param name="AmdSev">The <c>amd-sev</c> object.</param>
/// <param name="IntelTdx">The <c>intel-tdx</c> object.</param>
public readonly record struct CapabilityFileContent(SevHostCapabilities? AmdSev, TdxHostCapabilities? IntelTdx)
{
    /// <summary>Parses a capability file's content (see <see cref="SevHostCapabilities.ParseJson(ReadOnlySpan{byte})"/>).</summary>
    /// <param name="utf8Json">The file's bytes.</param>
    /// <exception cref="SevCapabilityFileException">The JSON is empty, truncated, invalid, has a wrong type or a value outside the
    /// schema.</exception>
    public static CapabilityFileContent ParseJson(ReadOnlySpan<byte> utf8Json)
        => CapabilityJsonParser.Parse(utf8Json, "The capability JSON", path: null);

    /// <summary>Reads a host capability file, with the checks of <see cref="SevHostCapabilities.ReadJsonFile(string)"/>.</summary>
    /// <param name="path">The file, usually <see cref="SevCapabilityFile.DefaultPath"/>.</param>
    /// <exception cref="SevCapabilityFileException">The file is missing, a directory, a symbolic link, unreadable, empty, too large, or its
    /// JSON is wrong.</exception>
    public static CapabilityFileContent ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string what = $"The host capability file '{path}'";
        byte[] bytes = CapabilityFileReader.ReadBytes(path, what);
        return CapabilityJsonParser.Parse(bytes, what, path);
    }
}
