namespace SevLauncher;

/// <summary>
/// Where a command writes: results to standard output; errors, warnings and notes to standard error,
/// so that what a command prints on standard output (a QEMU command, JSON) can be piped as it is.
/// </summary>
internal sealed class LauncherOutput(TextWriter output, TextWriter error)
{
    public TextWriter Out { get; } = output;

    public TextWriter Err { get; } = error;

    public void Error(string message) => Err.WriteLine("error: " + message);

    public void Warning(string message) => Err.WriteLine("warning: " + message);

    public void Note(string message) => Err.WriteLine("note: " + message);
}
