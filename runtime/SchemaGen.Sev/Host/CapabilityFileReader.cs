namespace SchemaGen.Sev;

/// <summary>Reads a capability file's bytes, turning every way that can fail into a <see cref="SevCapabilityFileException"/>.</summary>
internal static class CapabilityFileReader
{
    public static byte[] ReadBytes(string path, string what)
    {
        string hint = CapabilityJsonParser.RewriteHint(path);
        FileInfo info;
        try
        {
            // FileInfo looks at the path itself (lstat): a link is seen as a link.
            info = new FileInfo(path);
            if (info.LinkTarget is { } target)
            {
                throw new SevCapabilityFileException(
                    SevCapabilityFileProblem.SymbolicLink,
                    path,
                    $"{what} is a symbolic link to '{target}'; links are not followed, the file must be a regular file. Remove the link " +
                        $"and run: sev-launch probe --write {path}");
            }

            if (Directory.Exists(path))
            {
                throw new SevCapabilityFileException(SevCapabilityFileProblem.NotAFile, path, $"{what} is a directory, not a file.");
            }

            if (!info.Exists)
            {
                throw Missing(path, what, null);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unreadable(path, what, e);
        }

        if (info.Length == 0)
        {
            throw new SevCapabilityFileException(SevCapabilityFileProblem.Empty, path,
                $"{what} is empty (0 bytes), or not a regular file.{hint}");
        }

        if (info.Length > SevCapabilityFile.MaxFileSize)
        {
            throw TooLarge(path, what, info.Length);
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

            // One byte more than allowed tells a file that grew since it was measured.
            var buffer = new byte[SevCapabilityFile.MaxFileSize + 1];
            int length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            if (length > SevCapabilityFile.MaxFileSize)
            {
                throw TooLarge(path, what, stream.Length);
            }

            return buffer[..length];
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw Missing(path, what, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Unreadable(path, what, e);
        }
    }

    private static SevCapabilityFileException Missing(string path, string what, Exception? inner) => new(
        SevCapabilityFileProblem.Missing,
        path,
        $"{what} does not exist. Create it with: sev-launch probe --write {path}",
        inner);

    private static SevCapabilityFileException Unreadable(string path, string what, Exception inner) => new(
        SevCapabilityFileProblem.Unreadable,
        path,
        $"{what} cannot be read: {inner.Message}",
        inner);

    private static SevCapabilityFileException TooLarge(string path, string what, long length) => new(
        SevCapabilityFileProblem.TooLarge,
        path,
        $"{what} is {length} bytes, more than the {SevCapabilityFile.MaxFileSize} bytes a capability file may have (it is one line); it " +
            $"was not read.{CapabilityJsonParser.RewriteHint(path)}");
}
