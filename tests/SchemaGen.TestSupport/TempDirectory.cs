namespace SchemaGen.TestSupport;

/// <summary>A fresh directory under the system temp directory, removed with everything in it.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = Directory.CreateTempSubdirectory("schemagen-host-").FullName;
    }

    public string Path { get; }

    public string this[string relative] => System.IO.Path.Combine(Path, relative);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Leave it to the system's temp cleaning rather than fail a test over it.
        }
    }
}
