using SchemaGen;

namespace SchemaGen.TestSchemas;

/// <summary>
/// A default key whose words are the whole text in the commonest form (<c>serial</c>), beside a key
/// that must be given: the parser's whole-word shortcut must still see that one missing.
/// </summary>
[PropertyString("test-console")]
public readonly partial record struct ConsoleDevice
{
    /// <summary>The kind of console.</summary>
    [Key("kind", DefaultKey = true, MaxLength = 6)]
    public required partial ConsoleKind Kind { get; init; }

    /// <summary>The console's port.</summary>
    [Key("port", Minimum = 0, Maximum = 3)]
    public required partial int Port { get; init; }
}

/// <summary>The kinds of <see cref="ConsoleDevice"/>; one word is longer than the key's limit.</summary>
public enum ConsoleKind
{
    /// <summary>A serial port.</summary>
    [EnumValue("serial")] Serial,

    /// <summary>A virtio console.</summary>
    [EnumValue("virtio")] Virtio,

    /// <summary>A word the key's MaxLength refuses, so it never parses.</summary>
    [EnumValue("spice-port")] SpicePort,
}
