using System.Diagnostics.CodeAnalysis;

namespace SchemaGen.Sev;

/// <summary>
/// The firmware images of one firmware folder: resolves <see cref="OvmfImageTable"/> rows to paths
/// and checks that they exist.
/// </summary>
/// <remarks>
/// Paths are built as qemu-server builds them, <c>&lt;root&gt;/&lt;file&gt;</c>, so the default root
/// (with its trailing slash) gives <c>/usr/share/pve-edk2-firmware//OVMF_SEV_4M.fd</c>, exactly the
/// text of qemu-server's expected commands. The file-exists function is injectable so that tests and
/// dry runs need no firmware on disk.
/// </remarks>
public sealed class OvmfCatalog
{
    /// <summary>Where Proxmox VE's <c>pve-edk2-firmware</c> installs the images.</summary>
    public const string DefaultRoot = "/usr/share/pve-edk2-firmware/";

    private readonly Func<string, bool> _fileExists;

    /// <summary>Creates a catalog.</summary>
    /// <param name="root">The firmware folder (Debian's <c>ovmf</c> package uses <c>/usr/share/OVMF</c>, without the SEV images).</param>
    /// <param name="fileExists">Tells whether a path is an existing file; <see cref="File.Exists(string)"/> when not given.</param>
    public OvmfCatalog(string root = DefaultRoot, Func<string, bool>? fileExists = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        Root = root;
        _fileExists = fileExists ?? File.Exists;
    }

    /// <summary>The catalog of <see cref="DefaultRoot"/> on this machine's file system.</summary>
    public static OvmfCatalog Default { get; } = new();

    /// <summary>The firmware folder.</summary>
    public string Root { get; }

    /// <summary>The path of a file in the folder, joined as qemu-server joins it.</summary>
    /// <param name="fileName">The file's name, for example <c>OVMF_SEV_4M.fd</c>.</param>
    public string PathOf(string fileName) => Root + "/" + fileName;

    /// <summary>
    /// Picks the images for a VM (<see cref="OvmfImageTable.Choose"/>) and checks they exist, code
    /// image first.
    /// </summary>
    /// <param name="selection">What the VM is.</param>
    /// <exception cref="FirmwareImageNotFoundException">An image is missing; the message is qemu-server's.</exception>
    public OvmfFirmware Select(OvmfSelection selection) =>
        TrySelect(selection, out var firmware, out string? error, out string? missing)
            ? firmware
            : throw new FirmwareImageNotFoundException(error, missing);

    /// <summary>Like <see cref="Select"/>, but returns qemu-server's message instead of throwing.</summary>
    /// <param name="selection">What the VM is.</param>
    /// <param name="firmware">The images, when they exist.</param>
    /// <param name="error"><c>EFI base image '&lt;p&gt;' not found</c> or <c>EFI vars image '&lt;p&gt;' not found</c>; otherwise <see
    /// langword="null"/>.</param>
    /// <returns>Whether every image exists.</returns>
    public bool TrySelect(OvmfSelection selection, [NotNullWhen(true)] out OvmfFirmware? firmware, [NotNullWhen(false)] out string? error)
        =>
        TrySelect(selection, out firmware, out error, out _);

    // A file the catalog may not see (a dry run with fileExists: _ => true) has no size to measure.
    private static long? MeasuredSize(string? path)
    {
        if (path is null)
        {
            return null;
        }

        try
        {
            var info = new FileInfo(path);
            return info.Exists ? info.Length : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private bool TrySelect(OvmfSelection selection, [NotNullWhen(true)] out OvmfFirmware? firmware, [NotNullWhen(false)] out string? error,
        [NotNullWhen(false)] out string? missing)
    {
        var set = OvmfImageTable.Choose(selection);
        string code = PathOf(set.CodeFile);
        string? vars = set.VarsFile is null ? null : PathOf(set.VarsFile);
        firmware = null;
        if (!_fileExists(code))
        {
            missing = code;
            error = $"EFI base image '{code}' not found";
            return false;
        }

        if (vars is not null && !_fileExists(vars))
        {
            missing = vars;
            error = $"EFI vars image '{vars}' not found";
            return false;
        }

        firmware = new OvmfFirmware(set, code, vars) { VarsTemplateSize = MeasuredSize(vars) ?? set.NominalVarsSize };
        error = null;
        missing = null;
        return true;
    }
}
