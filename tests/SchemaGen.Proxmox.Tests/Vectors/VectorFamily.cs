namespace SchemaGen.Proxmox.Tests.Vectors;

/// <summary>A family of the qemu-server vectors: its files, its size, the option the oracle used, and our record for it.</summary>
public sealed record VectorFamily(string Name, int Lines, string Option, Type Record, IFormatUnderTest Typed)
{
    public override string ToString() => Name;

    public static VectorFamily Of<T>(string name, string option, TryParseUtf16<T> utf16, TryParseUtf8<T> utf8, int lines = 250)
        where T : IUtf8SpanFormattable
        => new(name, lines, option, typeof(T), new TypedFormat<T>(utf16, utf8));
}
