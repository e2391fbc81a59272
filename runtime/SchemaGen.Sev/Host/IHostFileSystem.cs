namespace SchemaGen.Sev;

/// <summary>
/// The few file-system questions the probe asks about the kernel (<c>/sys/module/kvm_amd/parameters</c>,
/// <c>/dev/sev</c>): the live system (<see cref="LocalHostFileSystem"/>), or a table in tests.
/// </summary>
public interface IHostFileSystem
{
    /// <summary>Whether anything (file, directory, device) exists at <paramref name="path"/>.</summary>
    /// <param name="path">An absolute path.</param>
    bool Exists(string path);

    /// <summary>The text of a small file, or null when nothing exists at <paramref name="path"/>.</summary>
    /// <param name="path">An absolute path.</param>
    /// <exception cref="IOException">The file exists but could not be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file exists but may not be read.</exception>
    string? ReadAllTextOrNull(string path);
}
