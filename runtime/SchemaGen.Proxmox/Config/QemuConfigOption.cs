namespace SchemaGen.Proxmox;

/// <summary>One <c>key: value</c> line of a VM config, and what its format made of the value.</summary>
/// <param name="Key">The option as written (<c>net0</c>; the old <c>cdrom</c> stays <c>cdrom</c>, checked as an IDE drive).</param>
/// <param name="Value">The text after the colon, without the white space around it.</param>
/// <param name="Line">The line's number in the file, from 1.</param>
/// <param name="Format">The option's property-string format, or null for an option that is not one (<c>cores</c>, checked by its
/// type alone) or is not checked (<c>[special:cloudinit]</c>).</param>
/// <param name="Parsed">The value as <paramref name="Format"/> parsed it (a boxed record), or null when it has no format or is not
/// valid.</param>
/// <param name="Error">Why the value is not valid, or null.</param>
public sealed record QemuConfigOption(
    string Key, string Value, int Line, PropertyStringFormat? Format, object? Parsed, PropertyStringError? Error)
{
    /// <summary>Whether the value passed its checks: its format's, or for an option without one, qemu-server's <c>check_type</c>
    /// (a known option, of its type).</summary>
    public bool IsValid => Error is null;

    /// <summary>
    /// The value in its canonical form: a valid property string as PVE's <c>print_property_string</c> prints it, a valid plain
    /// option as <c>check_type</c> returns it (a boolean as <c>1</c> or <c>0</c>, an integer without leading zeros, a string
    /// without a format without the double quotes around it); anything else as written. <see cref="QemuVmConfig.ToString"/> writes
    /// what qemu-server writes, which keeps most property strings as written.
    /// </summary>
    public string CanonicalValue => Format is not null && Parsed is not null ? Format.Print(Parsed) : PlainCanonicalValue ?? Value;

    /// <summary>What qemu-server's <c>check_type</c> made of a valid option that is not a property string.</summary>
    internal string? PlainCanonicalValue { get; init; }

    /// <summary>
    /// What qemu-server's <c>write_vm_config</c> writes of the option after <c>parse_vm_config</c> read it (a bus drive printed
    /// anew, another property string as written, a plain option through <c>check_type</c> once more); null for an option it
    /// refused, which it drops.
    /// </summary>
    internal string? WrittenValue { get; init; }
}
