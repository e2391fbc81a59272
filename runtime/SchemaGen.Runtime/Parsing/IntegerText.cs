using System.ComponentModel;

namespace SchemaGen.Runtime;

/// <summary>What <see cref="TextPrimitives.ParseInteger{TChar}"/> found.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public enum IntegerText : byte
{
    /// <summary>Not of the form <c>^[+-]?[0-9]+$</c>.</summary>
    Invalid,

    /// <summary>An integer, exactly.</summary>
    Valid,

    /// <summary>An integer too large to hold; the value saturated with its sign.</summary>
    Overflow,
}
