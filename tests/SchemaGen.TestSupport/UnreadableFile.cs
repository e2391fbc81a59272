namespace SchemaGen.TestSupport;

/// <summary>A file the user running the tests cannot read, for the tests of "cannot read" errors.</summary>
public static class UnreadableFile
{
    /// <summary>A write-only sysfs attribute: the kernel refuses to read it even for root.</summary>
    public const string WriteOnlySysfsAttribute = "/sys/bus/pci/rescan";

    /// <summary>
    /// A file the current user cannot read: <paramref name="path"/> made mode 000 for an ordinary
    /// user; for root, who reads any file whatever its mode, the write-only sysfs attribute instead.
    /// Skips (fails in CI) where neither exists: on Windows, or without sysfs.
    /// </summary>
    /// <param name="path">A file the test wrote; used for an ordinary user.</param>
    public static string Make(string path)
    {
        SkipOutsideCi.If(OperatingSystem.IsWindows(), "Unix file modes only");
        if (!OperatingSystem.IsWindows() && Environment.UserName != "root")
        {
            File.SetUnixFileMode(path, UnixFileMode.None);
            return path;
        }

        SkipOutsideCi.IfNot(File.Exists(WriteOnlySysfsAttribute),
            $"running as root without {WriteOnlySysfsAttribute}: no file here that root cannot read");
        return WriteOnlySysfsAttribute;
    }
}
