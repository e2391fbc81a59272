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
/// nullable forms. Each of PVE's per-key schema words has one named argument here:
/// <c>default_key</c> <see cref="DefaultKey"/>, <c>alias</c> <see cref="Alias"/> (or several: <see cref="Aliases"/>), <c>keyAlias</c>
/// <see cref="ValuesAreKeysFor"/>, <c>requires</c> <see cref="Requires"/>, <c>format</c>
/// <see cref="Format"/>, <c>format_description</c> <see cref="FormatDescription"/>, <c>typetext</c>
/// <see cref="TypeText"/>, <c>verbose_description</c> <see cref="VerboseDescription"/>, the limits, and
/// <c>optional</c> (implied, or <see cref="Optional"/>).
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
    /// <remarks>For a key with several older names use <see cref="Aliases"/>; both may be given, and the key
    /// answers to every name in either.</remarks>
    public string? Alias { get; set; }

    /// <summary>
    /// Older names this key still answers to when parsing, as PVE's <c>agent</c> format keeps both
    /// <c>guest-fsfreeze</c> and <c>freeze-fs-on-backup</c> for <c>freeze-fs</c>:
    /// <c>Aliases = ["guest-fsfreeze", "freeze-fs-on-backup"]</c>. None is ever printed.
    /// </summary>
    /// <remarks>
    /// Each alias acts as <see cref="Alias"/> does: giving the key under two of its names is an error,
    /// and an alias may not be any other name of the format (SG0011), nor be listed twice.
    /// </remarks>
    public string[]? Aliases { get; set; }

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

    /// <summary>
    /// A regular expression (.NET's syntax, culture invariant) the whole value must match: it is anchored at both
    /// ends. The generator compiles it into an automaton when it uses nothing beyond ASCII literals and classes,
    /// <c>\d \D \s \S</c>, <c>.</c>, groups, alternation, quantifiers and anchors at the ends; any other pattern is
    /// checked by a <see cref="System.Text.RegularExpressions.Regex"/>, with the same answer.
    /// </summary>
    public string? Pattern { get; set; }

    /// <summary>What the synopsis shows for the value, as in <c>[type=]&lt;sev-type&gt;</c> (PVE's <c>format_description</c>).</summary>
    public string? FormatDescription { get; set; }

    /// <summary>
    /// What the synopsis shows for the value, as written, when there is no
    /// <see cref="FormatDescription"/> (PVE's per-key <c>typetext</c>; no angle brackets are added).
    /// </summary>
    public string? TypeText { get; set; }

    /// <summary>
    /// A longer description for documentation (PVE's <c>verbose_description</c>); the short one is
    /// <c>[Description]</c>. Kept for tools that read the schema by reflection; parsing does not use it.
    /// </summary>
    public string? VerboseDescription { get; set; }

    /// <summary>
    /// The format a string value must have, checked after its type and before <see cref="Pattern"/>. Either:
    /// <list type="bullet">
    /// <item>the name of a static method of the schema type, <c>static string? Method(ReadOnlySpan&lt;char&gt; value)</c>,
    /// returning <see langword="null"/> when the value is valid and otherwise the error message (a
    /// constant, so that a failed parse does not allocate; <c>{0}</c> in it stands for the value).
    /// Use <c>nameof</c>. A method of that name wins over a PVE format of the same name; or</item>
    /// <item>one of PVE's named formats, by its PVE name, with PVE's validator and messages:
    /// <c>"mac-addr"</c>, <c>"pve-bridge-id"</c>, <c>"ipv4"</c>, <c>"pve-volume-id-or-qm-path"</c>, ...
    /// A name ending in <c>-list</c> (<c>"pve-qm-bootdev-list"</c>) takes a list, split as PVE's
    /// <c>split_list</c> does, each item in the named format. <c>"disk-size"</c> on a <see cref="long"/>
    /// or <see cref="ulong"/> property holds the size in bytes (<c>528K</c> reads as 540672) and prints
    /// it as PVE's <c>format_size</c> does (<c>528K</c>); on a string property it only checks the text.</item>
    /// </list>
    /// </summary>
    public string? Format { get; set; }

    /// <summary>
    /// Makes every value of this enum key also a key of its own whose value goes to the key named
    /// here (PVE's <c>keyAlias</c>): with <c>ValuesAreKeysFor = "macaddr"</c> on the enum key
    /// <c>model</c>, <c>virtio=BC:24:11:2D:3E:4F</c> sets <c>model</c> to <c>virtio</c> and
    /// <c>macaddr</c> to <c>BC:24:11:2D:3E:4F</c>, and a value with both is printed back that way.
    /// Giving <c>model</c> twice this way is <c>key alias 'model' is already defined</c>.
    /// </summary>
    public string? ValuesAreKeysFor { get; set; }

    /// <summary>
    /// A key that must be given whenever this one is (PVE's <c>requires</c>): with
    /// <c>Requires = "ip"</c> on <c>gw</c>, <c>gw=10.0.0.1</c> alone is
    /// <c>ip: missing property required by 'gw'</c>.
    /// </summary>
    public string? Requires { get; set; }
}
