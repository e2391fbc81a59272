namespace SchemaGen;

/// <summary>
/// Marks a <c>partial</c> class, struct or record as the schema of a comma-separated
/// <c>key=value</c> property string (the format Proxmox VE uses for its VM options).
/// SchemaGen's source generator then adds a parser, a printer and a validator to it.
/// </summary>
/// <remarks>
/// Every property of the type that carries a <see cref="KeyAttribute"/> is one key of the format.
/// The generated members are <c>TryParse</c>/<c>Parse</c> (UTF-16 and UTF-8), <c>TryFormat</c>,
/// <c>ToString</c>, <c>Synopsis</c> and <c>TryValidate</c>, plus the .NET parsing and formatting
/// interfaces (<see cref="ISpanParsable{TSelf}"/>, <see cref="IUtf8SpanParsable{TSelf}"/>,
/// <see cref="ISpanFormattable"/>, <see cref="IUtf8SpanFormattable"/>).
/// </remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false, AllowMultiple = false)]
public sealed class PropertyStringAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="formatName">The format's name, as PVE registers it (for example <c>pve-qemu-sev-fmt</c>).</param>
    public PropertyStringAttribute(string formatName) => FormatName = formatName;

    /// <summary>The format's name, as PVE registers it (for example <c>pve-qemu-sev-fmt</c>).</summary>
    public string FormatName { get; }

    /// <summary>
    /// The configuration option this format describes (for example <c>amd-sev</c>), if any.
    /// SchemaGen's analyzer uses it to check <c>option: value</c> lines of Proxmox-style
    /// configuration files that the project lists as <c>AdditionalFiles</c>.
    /// </summary>
    public string? Option { get; set; }
}
