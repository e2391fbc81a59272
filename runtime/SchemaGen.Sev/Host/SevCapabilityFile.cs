using System.Globalization;
using System.Text;
using System.Text.Json;
using SchemaGen.Tdx;

namespace SchemaGen.Sev;

/// <summary>
/// The host capability file qemu-server reads, <c>/run/qemu-server/host-hw-capabilities.json</c>:
/// written byte for byte as Proxmox's boot-time helper writes it, and replaced atomically.
/// </summary>
/// <remarks>
/// <para>The format is one line. On an AMD host:
/// <c>{ "amd-sev": { "cbitpos": 51, "reduced-phys-bits": 6, "sev-support": true, "sev-support-es": true, "sev-support-snp": true } }</c>
/// and a line feed; on an Intel host <c>{ "intel-tdx": { "tdx-support": true } }</c> (or <c>{ }</c> when the helper
/// could not read the MSRs); on an aarch64 host <c>{ "arm-caps": { "vendor": "ARM Limited", "aes": true, "sha2": true } }</c>;
/// on any other host <c>{ }</c>; each with a line feed. In C# the second is a null
/// <see cref="SevHostCapabilities"/>?: <see cref="SevHostCapabilities.ReadJsonFile(string)"/> returns null for it and
/// <see cref="Write(string, SevHostCapabilities?)"/> writes it for null.</para>
/// <para>Reading: see <see cref="SevHostCapabilities.ReadJsonFile(string)"/>.</para>
/// </remarks>
public static class SevCapabilityFile
{
    /// <summary>Where qemu-server looks for the file.</summary>
    public const string DefaultPath = "/run/qemu-server/host-hw-capabilities.json";

    /// <summary>The largest file the reader reads, in bytes (the real file is about 130).</summary>
    public const int MaxFileSize = 64 * 1024;

    /// <summary>The file of a host that is not AMD.</summary>
    public const string NoAmdSevJson = "{ }\n";

    /// <summary>The file's mode: <c>0644</c>, readable by everyone, as the helper leaves it.</summary>
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    /// <summary>The mode of a directory the writer creates: <c>0755</c>.</summary>
    public const UnixFileMode DirectoryMode = FileMode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    /// <summary>
    /// The file's exact text for <paramref name="capabilities"/>: <see cref="NoAmdSevJson"/> for null, else the
    /// <c>amd-sev</c> line with all five keys (absent ones at their schema defaults), line feed included.
    /// </summary>
    /// <param name="capabilities">The host's capabilities, or null for a host that is not AMD.</param>
    public static string Format(SevHostCapabilities? capabilities)
    {
        if (capabilities is not { } value)
        {
            return NoAmdSevJson;
        }

        // Written by hand, not with Utf8JsonWriter: the helper's spacing ("{ " and " }" on one line) is
        // part of the byte-for-byte contract, and no writer option produces it.
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{{ \"amd-sev\": {{ \"cbitpos\": {value.Cbitpos}, \"reduced-phys-bits\": {value.ReducedPhysBits}, " +
                $"\"sev-support\": {Json(value.SevSupport)}, \"sev-support-es\": {Json(value.SevSupportEs)}, " +
                $"\"sev-support-snp\": {Json(value.SevSupportSnp)} }} }}\n");
    }

    /// <summary>
    /// Writes the file for <paramref name="capabilities"/> atomically: a temporary file in the same
    /// directory, mode 0644, renamed over <paramref name="path"/>; missing directories are created 0755.
    /// If anything fails, the previous file is left as it was.
    /// </summary>
    /// <param name="path">Where to write; usually <see cref="DefaultPath"/>.</param>
    /// <param name="capabilities">The host's capabilities, or null for a host that is not AMD.</param>
    /// <exception cref="ArgumentException"><paramref name="capabilities"/> breaks the schema (a <c>cbitpos</c> above 100, ...).</exception>
    /// <exception cref="SevCapabilityFileException">Writing failed (<see cref="SevCapabilityFileProblem.WriteFailed"/>).</exception>
    public static void Write(string path, SevHostCapabilities? capabilities) => Write(path, capabilities, wrapStream: null);

    /// <summary>The same, with the temporary file's stream wrapped (tests use it to fail a write midway).</summary>
    internal static void Write(string path, SevHostCapabilities? capabilities, Func<Stream, Stream>? wrapStream)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (capabilities is { } value && !value.TryValidate(out var error))
        {
            throw new ArgumentException($"The capabilities break the node format: {error}", nameof(capabilities));
        }

        WriteText(path, Format(capabilities), wrapStream);
    }

    /// <summary>The file's exact text for an Intel host: the <c>intel-tdx</c> line, line feed included.</summary>
    /// <param name="capabilities">The host's TDX capabilities.</param>
    public static string Format(TdxHostCapabilities capabilities) =>
        $"{{ \"intel-tdx\": {{ \"tdx-support\": {Json(capabilities.TdxSupport)} }} }}\n";

    /// <summary>The file's exact text for an aarch64 host: the <c>arm-caps</c> line, line feed included.</summary>
    /// <param name="capabilities">The host's ARM CPU capabilities.</param>
    public static string FormatArm(ArmCpuCapabilities capabilities)
    {
        ArgumentNullException.ThrowIfNull(capabilities);
        string vendor = JsonSerializer.Serialize(capabilities.Vendor);
        return $"{{ \"arm-caps\": {{ \"vendor\": {vendor}, \"aes\": {Json(capabilities.Aes)}, \"sha2\": {Json(capabilities.Sha2)} }} }}\n";
    }

    /// <summary>Writes the file of an Intel host atomically, as <see cref="Write(string, SevHostCapabilities?)"/> does.</summary>
    /// <param name="path">Where to write; usually <see cref="DefaultPath"/>.</param>
    /// <param name="capabilities">The host's TDX capabilities.</param>
    /// <exception cref="SevCapabilityFileException">Writing failed (<see cref="SevCapabilityFileProblem.WriteFailed"/>).</exception>
    public static void Write(string path, TdxHostCapabilities capabilities) => WriteText(path, Format(capabilities), wrapStream: null);

    /// <summary>Writes the file of an aarch64 host atomically, as <see cref="Write(string, SevHostCapabilities?)"/> does.</summary>
    /// <param name="path">Where to write; usually <see cref="DefaultPath"/>.</param>
    /// <param name="capabilities">The host's ARM CPU capabilities.</param>
    /// <exception cref="SevCapabilityFileException">Writing failed (<see cref="SevCapabilityFileProblem.WriteFailed"/>).</exception>
    public static void WriteArm(string path, ArmCpuCapabilities capabilities) => WriteText(path, FormatArm(capabilities), wrapStream: null);

    private static void WriteText(string path, string text, Func<Stream, Stream>? wrapStream)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        try
        {
            AtomicFileWriter.Write(path, bytes, FileMode, DirectoryMode, wrapStream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SevCapabilityFileException(
                SevCapabilityFileProblem.WriteFailed,
                path,
                $"Could not write the host capability file '{path}': {e.Message} Any previous file there is unchanged.",
                e);
        }
    }

    private static string Json(bool value) => value ? "true" : "false";
}
