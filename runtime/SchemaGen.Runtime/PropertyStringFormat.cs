namespace SchemaGen;

/// <summary>
/// A property-string format as a value: what other tools hold when they handle many formats by
/// name (a VM configuration has one format per option) without knowing their C# types. Every
/// <c>[PropertyString]</c> type <c>T</c> has one, as <c>T.PropertyStringFormat</c>; a format that
/// is not a hash of keys (PVE's <c>pve-startup-order</c>) can be written by hand as a subclass.
/// </summary>
/// <remarks>
/// The property is named after the type rather than <c>Format</c> so that it cannot clash with a
/// key property (drives have a key <c>format</c>).
/// </remarks>
public abstract class PropertyStringFormat
{
    /// <summary>The format line, as pve-common's <c>schema_get_type_text</c> prints it.</summary>
    public abstract string Synopsis { get; }

    /// <summary>
    /// Parses a property string, as pve-common's <c>parse_property_string</c> followed by the
    /// format's validator. Never throws.
    /// </summary>
    /// <param name="text">The property string.</param>
    /// <param name="value">The parsed value (boxed: a <c>T</c> for a generated format), or null when the text is not valid.</param>
    /// <param name="error">Why the text is not valid, in PVE's words; the default when it is.</param>
    public abstract bool TryParse(ReadOnlySpan<char> text, out object? value, out PropertyStringError error);

    /// <summary>The canonical property string of a value this format parsed or that was built in code, as pve-common's
    /// <c>print_property_string</c>.</summary>
    /// <param name="value">A value of the format's type.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not of the format's type.</exception>
    public abstract string Print(object value);
}
