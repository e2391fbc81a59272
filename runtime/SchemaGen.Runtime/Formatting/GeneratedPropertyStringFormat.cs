using System.ComponentModel;

namespace SchemaGen.Runtime;

/// <summary>
/// The <see cref="PropertyStringFormat"/> of a generated type: one class for all of them, through the
/// type's static members, instead of a nested class generated into each.
/// </summary>
/// <typeparam name="TSelf">The schema type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class GeneratedPropertyStringFormat<TSelf> : PropertyStringFormat
    where TSelf : IPropertyString<TSelf>
{
    /// <inheritdoc/>
    public override string Synopsis => TSelf.Synopsis;

    /// <inheritdoc/>
    public override bool TryParse(ReadOnlySpan<char> text, out object? value, out PropertyStringError error)
    {
        bool ok = TSelf.TryParse(text, out var parsed, out error);
        value = ok ? parsed : null;
        return ok;
    }

    /// <inheritdoc/>
    public override string Print(object value) => value is TSelf typed
        ? typed.ToString() ?? ""
        : throw new ArgumentException("The value is not a " + typeof(TSelf).Name + ".", nameof(value));
}
