using System.Diagnostics.CodeAnalysis;

namespace SchemaGen;

/// <summary>
/// What every <c>[PropertyString]</c> type is: parsed from and printed to PVE's property-string
/// format, in UTF-16 and UTF-8, and validated. The generator implements it on each schema type;
/// generic code can take any of them (<c>where T : IPropertyString&lt;T&gt;</c>). The members'
/// documentation lives here, once; the generated members inherit it.
/// </summary>
/// <typeparam name="TSelf">The schema type.</typeparam>
public interface IPropertyString<TSelf> : ISpanParsable<TSelf>, IUtf8SpanParsable<TSelf>, ISpanFormattable, IUtf8SpanFormattable
    where TSelf : IPropertyString<TSelf>
{
    /// <summary>The format line, as pve-common's <c>schema_get_type_text</c> prints it for the documentation.</summary>
    static abstract string Synopsis { get; }

    /// <summary>This format as a value, for tools that handle many formats without knowing their types.</summary>
    static abstract PropertyStringFormat PropertyStringFormat { get; }

    /// <summary>
    /// Parses a property string as pve-common's <c>parse_property_string</c> does. Never throws; allocates
    /// nothing but the value's strings that the string pool does not hold yet.
    /// </summary>
    /// <param name="text">The property string, for example the value of a configuration option.</param>
    /// <param name="value">The parsed value, or the default when the text is not valid.</param>
    /// <param name="error">Why the text is not valid, in PVE's words; the default when it is.</param>
    static abstract bool TryParse(ReadOnlySpan<char> text, [MaybeNullWhen(false)] out TSelf value, out PropertyStringError error);

    /// <summary>Parses a property string given as UTF-8. Never throws; the error's offsets count bytes.</summary>
    /// <param name="utf8Text">The property string as UTF-8.</param>
    /// <param name="value">The parsed value, or the default when the text is not valid.</param>
    /// <param name="error">Why the text is not valid, in PVE's words; the default when it is.</param>
    static abstract bool TryParse(ReadOnlySpan<byte> utf8Text, [MaybeNullWhen(false)] out TSelf value, out PropertyStringError error);

    /// <summary>Parses a property string.</summary>
    /// <param name="text">The property string.</param>
    /// <exception cref="PropertyStringException">The text is not valid; the message says why, in PVE's words.</exception>
    static abstract TSelf Parse(ReadOnlySpan<char> text);

    /// <summary>Parses a property string given as UTF-8.</summary>
    /// <param name="utf8Text">The property string as UTF-8.</param>
    /// <exception cref="PropertyStringException">The text is not valid; the message says why, in PVE's words.</exception>
    static abstract TSelf Parse(ReadOnlySpan<byte> utf8Text);

    /// <summary>
    /// Writes the canonical property string, as pve-common's <c>print_property_string</c>: the default key
    /// bare, then the required keys, then the rest, each by name. Allocates nothing.
    /// </summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written; 0 when it returns false.</param>
    /// <returns>False when <paramref name="destination"/> is too small.</returns>
    bool TryFormat(Span<char> destination, out int charsWritten);

    /// <summary>Writes the canonical property string as UTF-8. Allocates nothing.</summary>
    /// <param name="utf8Destination">Where to write.</param>
    /// <param name="bytesWritten">How many bytes were written; 0 when it returns false.</param>
    /// <returns>False when <paramref name="utf8Destination"/> is too small.</returns>
    bool TryFormat(Span<byte> utf8Destination, out int bytesWritten);

    /// <summary>
    /// Checks a value built in code against the schema (required keys, limits, patterns, enum members, values
    /// a property string can hold) and the schema's cross-field rules. Everything <c>TryParse</c> returns
    /// passes; everything that passes prints to a string that parses back to it.
    /// </summary>
    /// <param name="error">The first problem found, in the parser's words; the default when there is none.</param>
    bool TryValidate(out PropertyStringError error);
}
