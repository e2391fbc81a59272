namespace SchemaGen;

/// <summary>
/// Declares that a property is one key of a <see cref="PropertyStringAttribute"/> format, and
/// the rules its value follows. The property must be <c>partial</c> (C# 13): the generator
/// writes its body, which also records whether the key was given.
/// </summary>
/// <remarks>
/// A key is required when its property is <c>required</c>. Any other key is optional: when it is
/// absent it reads as <see cref="Default"/>, or as <see langword="null"/> for a nullable property.
/// Supported property types: <see cref="bool"/>, every integer type, <see cref="double"/>,
/// <see cref="string"/>, enums whose members carry <see cref="EnumValueAttribute"/>, and their
/// nullable forms.
/// </remarks>
[AttributeUsage(AttributeTargets.Property, Inherited = false, AllowMultiple = false)]
public sealed class KeyAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="name">The key as written in the property string (for example <c>allow-smt</c>).</param>
    public KeyAttribute(string name) => Name = name;

    /// <summary>The key as written in the property string (for example <c>allow-smt</c>).</summary>
    public string Name { get; }

    /// <summary>
    /// The key a bare value (a part without <c>=</c>) belongs to, as <c>std</c> means <c>type=std</c>.
    /// At most one key of a format may be the default key.
    /// </summary>
    public bool DefaultKey { get; set; }

    /// <summary>An older name this key still answers to when parsing; it is never printed.</summary>
    public string? Alias { get; set; }

    /// <summary>
    /// The value an absent key reads as. Its type must be the property's type (an enum member for
    /// an enum property). Giving a default makes the key optional.
    /// </summary>
    public object? Default { get; set; }

    /// <summary>Whether the key may be absent. Implied by <see cref="Default"/> or a nullable property.</summary>
    public bool Optional { get; set; }

    /// <summary>The smallest value a number may have (inclusive).</summary>
    public object? Minimum { get; set; }

    /// <summary>The largest value a number may have (inclusive).</summary>
    public object? Maximum { get; set; }

    /// <summary>The fewest characters the value may have.</summary>
    public int MinLength { get; set; }

    /// <summary>The most characters the value may have.</summary>
    public int MaxLength { get; set; }

    /// <summary>A regular expression the whole value must match (it is anchored at both ends).</summary>
    public string? Pattern { get; set; }

    /// <summary>What the synopsis shows for the value, as in <c>[type=]&lt;sev-type&gt;</c>.</summary>
    public string? FormatDescription { get; set; }

    /// <summary>
    /// The name of a static method of the schema type that checks a string value in a custom format:
    /// <c>static string? Method(ReadOnlySpan&lt;char&gt; value)</c>, returning <see langword="null"/>
    /// when the value is valid and otherwise the error message (a constant, so that a failed parse
    /// does not allocate). Use <c>nameof</c>.
    /// </summary>
    public string? Format { get; set; }
}
