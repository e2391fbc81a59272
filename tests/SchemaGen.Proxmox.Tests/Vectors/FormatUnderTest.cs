namespace SchemaGen.Proxmox.Tests.Vectors;

/// <summary>A way to parse and print a family's values: a typed record, or a format object looked up by option.</summary>
public interface IFormatUnderTest
{
    /// <summary>The C# type that holds a key, or null when the format has no such key.</summary>
    Type? ClrTypeOf(string key);

    /// <summary>Parses <paramref name="input"/>: its canonical print when accepted, else the error text.</summary>
    ExpectedAnswer Answer(string input);
}
