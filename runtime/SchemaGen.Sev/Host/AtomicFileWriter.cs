namespace SchemaGen.Sev;

/// <summary>
/// Replaces a file so that a reader sees either the old content or the new one, never a mix: the bytes
/// go to a temporary file in the same directory, which is then renamed over the target.
/// </summary>
/// <remarks>
/// rename(2) within one file system is atomic, hence the temporary file sits beside the target. The
/// modes are set with chmod after creating, since the create mode passes through the umask. A target
/// that is a symbolic link is replaced by the file, not written through. The directory is not fsynced:
/// the capability file lives on /run, a tmpfs rewritten at every boot.
/// </remarks>
internal static class AtomicFileWriter
{
    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/>, creating missing directories.</summary>
    /// <param name="path">The file to replace or create.</param>
    /// <param name="content">The bytes.</param>
    /// <param name="fileMode">The file's mode (ignored on Windows).</param>
    /// <param name="directoryMode">The mode of each directory created (ignored on Windows).</param>
    /// <param name="wrapStream">Tests wrap the temporary file's stream to make a write fail midway.</param>
    /// <exception cref="IOException">Something failed; the target is unchanged and the temporary file removed.</exception>
    /// <exception cref="UnauthorizedAccessException">Permission was denied; the target is unchanged.</exception>
    public static void Write(string path, ReadOnlySpan<byte> content, UnixFileMode fileMode, UnixFileMode directoryMode,
        Func<Stream, Stream>? wrapStream = null)
    {
        string fullPath = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(fullPath) ?? throw new IOException($"'{fullPath}' has no directory.");
        CreateDirectories(directory, directoryMode);

        string temporary = Path.Combine(directory, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
        bool renamed = false;
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = fileMode;
            }

            using (var file = new FileStream(temporary, options))
            {
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(file.SafeFileHandle, fileMode);
                }

                var stream = wrapStream?.Invoke(file) ?? file;
                stream.Write(content);
                stream.Flush();
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, fullPath, overwrite: true);
            renamed = true;
        }
        finally
        {
            if (!renamed)
            {
                TryDelete(temporary);
            }
        }
    }

    // Creates the missing directories from the top down and gives each exactly the mode asked for.
    private static void CreateDirectories(string directory, UnixFileMode mode)
    {
        var missing = new Stack<string>();
        for (string? current = directory; current is not null && !Directory.Exists(current); current = Path.GetDirectoryName(current))
        {
            missing.Push(current);
        }

        while (missing.TryPop(out string? next))
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(next);
            }
            else
            {
                Directory.CreateDirectory(next, mode);
                File.SetUnixFileMode(next, mode);
            }
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The write already failed; that error is the one to report.
        }
    }
}
