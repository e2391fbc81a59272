namespace SevLauncher.Qemu;

/// <summary>
/// The EFI variable store of an SEV or SEV-ES VM without an efidisk: a fresh copy of the firmware's
/// VARS template, as qemu-server makes one, removed again when QEMU has exited.
/// </summary>
internal sealed class TemporaryVarsFile : IDisposable
{
    private TemporaryVarsFile(string path)
    {
        Path = path;
    }

    public string Path { get; }

    /// <summary>Copies <paramref name="template"/> to <paramref name="path"/>, replacing a previous copy.</summary>
    /// <exception cref="IOException">The copy failed.</exception>
    /// <exception cref="UnauthorizedAccessException">The copy may not be written.</exception>
    public static TemporaryVarsFile Create(string template, string path)
    {
        // The default path is a predictable name in the temporary folder: remove whatever is there
        // (a link is removed, not followed) and create the file exclusively, so that nobody can
        // slip in a link that makes the copy overwrite another file.
        File.Delete(path);
        var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            // The guest's UEFI variables are its own business: readable by the owner only.
            create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var source = new FileStream(template, FileMode.Open, FileAccess.Read))
        using (var target = new FileStream(path, create))
        {
            source.CopyTo(target);
        }

        return new TemporaryVarsFile(path);
    }

    public void Dispose()
    {
        try
        {
            File.Delete(Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Leave it: the next start replaces it anyway.
        }
    }
}
