namespace SchemaGen.Generator.Model;

/// <summary>One key of a format: the property that holds it and the rules its value follows.</summary>
/// <param name="PropertyName">The C# property.</param>
/// <param name="Name">The key as written in the property string.</param>
/// <param name="Kind">How the value is read and written.</param>
/// <param name="TypeName">The value type, fully qualified, without <c>?</c> (for example <c>int</c>, <c>global::Ns.SevType</c>).</param>
/// <param name="IsNullable">Whether the property is nullable (absent reads as null).</param>
/// <param name="Accessibility">The property's accessibility keywords.</param>
/// <param name="IsRequired">Whether the property is <c>required</c>: the key must be given.</param>
/// <param name="SetterKeyword"><c>init</c> or <c>set</c>.</param>
/// <param name="SetterAccessibility">The setter's own accessibility keywords, or null when it is the property's.</param>
/// <param name="IsDefaultKey">Whether a bare value belongs to this key.</param>
/// <param name="Aliases">The older names the key answers to (<c>Alias</c> first, then <c>Aliases</c>), none printed.</param>
/// <param name="DefaultValue">The value an absent key reads as, as a C# expression; null for none.</param>
/// <param name="Minimum">The smallest value, as C# literal and as message text.</param>
/// <param name="Maximum">The largest value, as C# literal and as message text.</param>
/// <param name="MinLength">The fewest characters, or null.</param>
/// <param name="MaxLength">The most characters, or null.</param>
/// <param name="Pattern">The regular expression the value must match, or null.</param>
/// <param name="FormatDescription">What the synopsis shows for the value, or null.</param>
/// <param name="FormatMethod">The name of the custom format's validator method, or null.</param>
/// <param name="EnumValues">The enum members and their texts, for an enum key.</param>
/// <param name="Description">The key's <c>[Description]</c>, or null.</param>
/// <param name="NamedFormat">One of PVE's named formats the value must have, by its PVE name (<c>mac-addr</c>,
/// <c>pve-qm-bootdev-list</c>), or null.</param>
/// <param name="ValuesAreKeysFor">For an enum key: the key each of its values is also a key for (PVE's <c>keyAlias</c>), or null.</param>
/// <param name="Requires">A key that must be given whenever this one is (PVE's <c>requires</c>), or null.</param>
/// <param name="TypeText">What the synopsis shows for the value, as written, when there is no format description.</param>
/// <param name="IsFromInterface">Whether an interface of the schema declares the key's property (a key set several schemas share): the
/// generated code then declares the whole property, not a partial property's body.</param>
internal sealed record KeyModel(
    string PropertyName,
    string Name,
    ValueKind Kind,
    string TypeName,
    bool IsNullable,
    string Accessibility,
    bool IsRequired,
    string SetterKeyword,
    string? SetterAccessibility,
    bool IsDefaultKey,
    EquatableArray<string> Aliases,
    string? DefaultValue,
    LimitModel? Minimum,
    LimitModel? Maximum,
    int? MinLength,
    int? MaxLength,
    string? Pattern,
    string? FormatDescription,
    string? FormatMethod,
    EquatableArray<EnumValueModel> EnumValues,
    string? Description,
    string? NamedFormat = null,
    string? ValuesAreKeysFor = null,
    string? Requires = null,
    string? TypeText = null,
    bool IsFromInterface = false)
{
    /// <summary>Whether the key may be absent.</summary>
    public bool IsOptional => !IsRequired;

    /// <summary>Whether the value is PVE's <c>disk-size</c> held as a number of bytes (an integer key with that format).</summary>
    public bool HoldsBytes => Kind == ValueKind.Integer && NamedFormat == DiskSizeFormat;

    /// <summary>PVE's name of the format whose values an integer key holds as bytes.</summary>
    public const string DiskSizeFormat = "disk-size";
}

/// <summary>A limit of a number: as a C# literal the generated code compares with, and as PVE prints it in a message.</summary>
internal sealed record LimitModel(string Literal, string Text);

/// <summary>An enum member and its text in a property string.</summary>
internal sealed record EnumValueModel(string MemberName, string Text);
