namespace SchemaGen.Sev;

/// <summary>The file system of the machine the process runs on.</summary>
public sealed class LocalHostFileSystem : IHostFileSystem
{
    private LocalHostFileSystem()
    {
    }

    /// <summary>The one instance.</summary>
    public static LocalHostFileSystem Instance { get; } = new();

    /// <inheritdoc/>
    public bool Exists(string path) => Path.Exists(path);

    /// <inheritdoc/>
    public string? ReadAllTextOrNull(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }
}
