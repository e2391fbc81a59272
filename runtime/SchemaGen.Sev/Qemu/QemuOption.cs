namespace SchemaGen.Sev;

/// <summary>One QEMU command-line option and its value, for example <c>-object</c> <c>sev-guest,id=sev0,...</c>.</summary>
/// <param name="Name">The option with its dash, for example <c>-bios</c>.</param>
/// <param name="Value">The value exactly as QEMU receives it (already comma-escaped where QEMU reads an option string).</param>
public sealed record QemuOption(string Name, string Value)
{
    /// <summary>The two arguments of the option.</summary>
    public IReadOnlyList<string> ToArguments() => [Name, Value];

    /// <summary>The option as qemu-server prints it: <c>-object 'sev-guest,...'</c>, <c>-bios /usr/share/...</c>.</summary>
    public override string ToString() => ShellQuote.Quote(Name) + " " + ShellQuote.Quote(Value);
}
