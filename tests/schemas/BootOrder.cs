using SchemaGen;

namespace SchemaGen.TestSchemas;

/// <summary>
/// qemu-server's <c>boot</c> format, to test a <c>-list</c> named format and an optional default key,
/// against tests/vectors/qemu/boot.cases.jsonl.
/// </summary>
[PropertyString("test-boot", Option = "boot")]
public readonly partial record struct BootOrder
{
    /// <summary>The deprecated boot letters.</summary>
    [Key("legacy", DefaultKey = true, Default = "cdn", FormatDescription = "[acdn]{1,4}", Pattern = "[acdn]{1,4}")]
    public partial string Legacy { get; init; }

    /// <summary>The boot devices, in order.</summary>
    [Key("order", Format = "pve-qm-bootdev-list", FormatDescription = "device[;device...]")]
    public partial string? Order { get; init; }
}
