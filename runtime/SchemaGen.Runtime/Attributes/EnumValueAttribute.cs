namespace SchemaGen;

/// <summary>
/// The text of an enum member in a property string, as <c>[EnumValue("snp")] Snp</c>.
/// Enum values are matched case-sensitively, as PVE does.
/// </summary>
[AttributeUsage(AttributeTargets.Field, Inherited = false, AllowMultiple = false)]
public sealed class EnumValueAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="value">The member's text in a property string.</param>
    public EnumValueAttribute(string value) => Value = value;

    /// <summary>The member's text in a property string.</summary>
    public string Value { get; }
}
