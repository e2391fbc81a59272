using System.CommandLine;

namespace SevLauncher.Help;

/// <summary>Text printed after System.CommandLine's own help for a command: examples and exit codes.</summary>
internal sealed class HelpExtras
{
    public const string ExitCodeText =
        """
        Exit codes:
          0  ok (warnings may have been printed)
          1  invalid configuration: a bad amd-sev or intel-tdx value or policy, BIOS not OVMF, both options,
              ...; or a file could not be written
          2  usage error: unknown command or option, missing argument, a file argument that cannot be read
          3  the host lacks a needed capability: the SEV type or TDX, firmware images, QEMU, a valid capability file
        """;

    private readonly Dictionary<Command, string> _text = [];

    /// <summary>Sets the examples of a command; each is a command line, optionally followed by <c>#</c> and what it does.</summary>
    public void Add(Command command, params string[] examples)
    {
        var text = new StringWriter();
        text.WriteLine("Examples:");
        foreach (string example in examples)
        {
            text.WriteLine("  " + example);
        }

        text.WriteLine();
        text.Write(ExitCodeText);
        _text[command] = text.ToString();
    }

    public bool TryGet(Command command, out string text) => _text.TryGetValue(command, out text!);
}
