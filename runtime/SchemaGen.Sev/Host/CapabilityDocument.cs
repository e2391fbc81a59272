using SchemaGen.Tdx;

namespace SchemaGen.Sev;

/// <summary>The parts of a capability file this library reads: the <c>amd-sev</c> and <c>intel-tdx</c> objects, each absent when the file has none.</summary>
internal readonly record struct CapabilityDocument(SevHostCapabilities? AmdSev, TdxHostCapabilities? IntelTdx)
{
    /// <summary>Reads and parses a capability file; every failure is a <see cref="SevCapabilityFileException"/>.</summary>
    public static CapabilityDocument ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string what = $"The host capability file '{path}'";
        byte[] bytes = CapabilityFileReader.ReadBytes(path, what);
        return CapabilityJsonParser.Parse(bytes, what, path);
    }
}
