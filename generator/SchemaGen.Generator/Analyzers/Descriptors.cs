using Microsoft.CodeAnalysis;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// Every diagnostic SchemaGen reports, in one place (as CommunityToolkit.Mvvm keeps them), each with
/// a help link to its page under docs/diagnostics/. The messages name the type, the member and the
/// key; the XML comments quote them.
/// </summary>
/// <remarks>
/// SG0001-SG0099 are schema mistakes (the generator then stays silent, or its output would not
/// compile), SG0100-SG0199 property strings in code, SG0200-SG0299 configuration files.
/// </remarks>
internal static class Descriptors
{
    /// <summary>Where the diagnostic pages live; one constant, so that a fork changes one line.</summary>
    public const string HelpLinkBase = "https://github.com/schemagen/schemagen/blob/main/docs/diagnostics/";

    private const string SchemaCategory = "SchemaGen.Schema";
    private const string UsageCategory = "SchemaGen.Usage";
    private const string ConfigurationCategory = "SchemaGen.Configuration";

    /// <summary>SG0001: <c>The [PropertyString] type '{0}' must be partial, and so must every type containing it: '{1}' is
    /// not</c>.</summary>
    public static readonly DiagnosticDescriptor TypeNotPartial = new(
        id: "SG0001",
        title: "A [PropertyString] type must be partial",
        messageFormat: "The [PropertyString] type '{0}' must be partial, and so must every type containing it: '{1}' is not",
        category: SchemaCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SG0001.md");

    /// <summary>SG0002: <c>The [PropertyString] type '{0}' cannot have a generated parser: {1}</c>.</summary>
    public static readonly DiagnosticDescriptor UnsupportedSchemaType = new(
        id: "SG0002",
        title: "This kind of type cannot be a [PropertyString] schema",
        messageFormat: "The [PropertyString] type '{0}' cannot have a generated parser: {1}",
        category: SchemaCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SG0002.md");

    /// <summary>SG0003: <c>The [PropertyString] type '{0}' has a primary constructor, which the constructor SchemaGen generates would have
    /// to call</c>.</summary>
    public static readonly DiagnosticDescriptor PrimaryConstructor = new(
        id: "SG0003",
        title: "A [PropertyString] type cannot have a primary constructor",
        messageFormat: "The [PropertyString] type '{0}' has a primary constructor, which the constructor SchemaGen generates would have " +
            "to call",
        category: SchemaCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SG0003.md");

    /// <summary>SG0004: <c>The [PropertyString] type '{0}' has {1} keys; at most {2} fit the generated presence mask</c>.</summary>
    public static readonly DiagnosticDescriptor TooManyKeys = new(
        id: "SG0004",
        title: "A [PropertyString] type has too many keys",
        messageFormat: "The [PropertyString] type '{0}' has {1} keys; at most {2} fit the generated presence mask",
        category: SchemaCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SG0004.md");

    /// <summary>SG0005: <c>The [PropertyString] type '{0}' has no property with a [Key] attribute</c>.</summary>
    public static readonly DiagnosticDescriptor NoKeys = new(
        id: "SG0005",
        title: "A [PropertyString] type has no keys",
        messageFormat: "The [PropertyString] type '{0}' has no property with a [Key] attribute",
        category: SchemaCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SG0005.md");

    /// <summary>SG0006: <c>The parser of '{0}' needs C# {1} (partial properties), but the project compiles with C# {2}; set
    /// &lt;LangVersion&gt; to {1} or later</c>.</summary>
    public static readonly DiagnosticDescriptor LanguageVersionTooOld = new(
        id: "SG0006",
        title: "SchemaGen needs a newer C# version",
        messageFormat: "The parser of '{0}' needs C# {1} (partial properties), but the project compiles with C# {2}; set <LangVersion> " +
            "to {1} or later",
        category: SchemaCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SG0006.md");

    /// <summary>SG0007: <c>'{0}.{1}' (key '{2}') must be declared partial, without a body: SchemaGen implements it</c>.</summary>
    public static readonly DiagnosticDescriptor KeyPropertyNotPartial = new(
        id: "SG0007",
        title: "A key property must be partial",
        messageFormat: "'{0}.{1}' (key '{2}') must be declared partial, without a body: SchemaGen implements it",
        category: SchemaCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SG0007.md");

    /// <summary>SG0008: <c>SchemaGen cannot implement '{0}.{1}' (key '{2}'): {3}</c>.</summary>
    public static readonly DiagnosticDescriptor KeyPropertyNotImplementable = new(
        id: "SG0008",
        title: "SchemaGen cannot implement this key property",
        messageFormat: "SchemaGen cannot implement '{0}.{1}' (key '{2}'): {3}",
        category: SchemaCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SG0008.md");

    /// <summary>SG0009: <c>'{0}.{1}' (key '{2}') has type '{3}'; a key holds bool, an integer type, double, string or an enum, or their
    /// nullable forms</c>.</summary>
    public static readonly DiagnosticDescriptor UnsupportedKeyType = new(
        id: "SG0009",
        title: "A key property has a type SchemaGen cannot read",
        messageFormat: "'{0}.{1}' (key '{2}') has type '{3}'; a key holds bool, an integer type, double, string or an enum, or their " +
            "nullable forms",
        category: SchemaCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SG0009.md");

    /// <summary>SG0010: <c>The {3} '{2}' of '{0}.{1}' cannot be written in a property string: {4}</c>.</summary>
    public static readonly DiagnosticDescriptor InvalidKeyName = new(
        id: "SG0010",
        title: "A key name or alias cannot be written in a property string",
        messageFormat: "The {3} '{2}' of '{0}.{1}' cannot be written in a property string: {4}",
        category: SchemaCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SG0010.md");

    /// <summary>SG0011: <c>'{2}' names two keys of '{0}': '{1}' and '{3}' (as key name or alias)</c>.</summary>
    public static readonly DiagnosticDescriptor DuplicateKeyName = new(
        id: "SG0011",
        title: "Two keys share a name or alias",
        messageFormat: "'{2}' names two keys of '{0}': '{1}' and '{3}' (as key name or alias)",
        category: SchemaCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SG0011.md");

    /// <summary>SG0012: <c>'{0}' has two default keys: '{3}' and '{2}' ('{1}'); a bare value can belong to one key only</c>.</summary>
    public static readonly DiagnosticDescriptor TwoDefaultKeys = new(
        id: "SG0012",
        title: "A schema has more than one default key",
        messageFormat: "'{0}' has two default keys: '{3}' and '{2}' ('{1}'); a bare value can belong to one key only",
        category: SchemaCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SG0012.md");

    /// <summary>SG0013: <c>'{0}.{1}' (key '{2}'): Minimum {3} is above Maximum {4}, so no value is valid</c>.</summary>
    public static readonly DiagnosticDescriptor MinimumAboveMaximum = new(
        id: "SG0013",
        title: "Minimum is above Maximum",
        messageFormat: "'{0}.{1}' (key '{2}'): Minimum {3} is above Maximum {4}, so no value is valid",
        category: SchemaCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SG0013.md");

    /// <summary>SG0014: <c>'{0}.{1}' (key '{2}'): MinLength {3} is above MaxLength {4}, so no value is valid</c>.</summary>
    public static readonly DiagnosticDescriptor MinLengthAboveMaxLength = new(
        id: "SG0014",
        title: "MinLength is above MaxLength",
        messageFormat: "'{0}.{1}' (key '{2}'): MinLength {3} is above MaxLength {4}, so no value is valid",
        category: SchemaCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SG0014.md");

    /// <summary>SG0015: <c>'{0}.{1}' (key '{2}'): {3} {4} cannot be used: {5}</c>.</summary>
    public static readonly DiagnosticDescriptor InvalidLimit = new(
        id: "SG0015",
        title: "A Minimum or Maximum does not fit the key",
        messageFormat: "'{0}.{1}' (key '{2}'): {3} {4} cannot be used: {5}",
        category: SchemaCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SG0015.md");

    /// <summary>SG0016: <c>'{0}.{1}' (key '{2}'): Default {3} is not a value of type '{4}'</c>.</summary>
    public static readonly DiagnosticDescriptor DefaultOfWrongType = new(
        id: "SG0016",
        title: "A Default is not of the key's type",
        messageFormat: "'{0}.{1}' (key '{2}'): Default {3} is not a value of type '{4}'",
        category: SchemaCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SG0016.md");

    /// <summary>SG0017: <c>'{0}.{1}' (key '{2}'): Default {3} breaks the key's own rules: {4}</c>.</summary>
    public static readonly DiagnosticDescriptor DefaultOutsideLimits = new(
        id: "SG0017",
        title: "A Default breaks the key's own rules",
        messageFormat: "'{0}.{1}' (key '{2}'): Default {3} breaks the key's own rules: {4}",
        category: SchemaCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SG0017.md");

    /// <summary>SG0018: <c>'{0}.{1}' (key '{2}'): Pattern is not a valid regular expression: {3}</c>.</summary>
    public static readonly DiagnosticDescriptor InvalidPattern = new(
        id: "SG0018",
        title: "A Pattern is not a valid regular expression",
        messageFormat: "'{0}.{1}' (key '{2}'): Pattern is not a valid regular expression: {3}",
        category: SchemaCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SG0018.md");

    /// <summary>SG0019: <c>'{0}.{1}' (key '{2}'): Format '{3}' is neither a method 'static string? {3}(ReadOnlySpan&lt;char&gt; value)'
    /// of '{0}' nor one of PVE's named formats{4}</c>.</summary>
    public static readonly DiagnosticDescriptor InvalidFormatMethod = new(
        id: "SG0019",
        title: "A Format names neither a validator method nor a PVE format",
        messageFormat: "'{0}.{1}' (key '{2}'): Format '{3}' is neither a method 'static string? {3}(ReadOnlySpan<char> value)' of '{0}' "
            + "nor one of PVE's named formats{4}",
        category: SchemaCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SG0019.md");

    /// <summary>SG0020: <c>'{0}.{1}' (key '{2}') is optional but has no value for an absent key: make it required, nullable ('{3}?'), or
    /// give it a Default</c>.</summary>
    public static readonly DiagnosticDescriptor OptionalKeyWithoutDefault = new(
        id: "SG0020",
        title: "An optional key has no value for when it is absent",
        messageFormat: "'{0}.{1}' (key '{2}') is optional but has no value for an absent key: make it required, nullable ('{3}?'), or " +
            "give it a Default",
        category: SchemaCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SG0020.md");

    /// <summary>SG0021: <c>'{0}.{1}' (key '{2}') is required, so its Default is never used</c>.</summary>
    public static readonly DiagnosticDescriptor RequiredKeyWithDefault = new(
        id: "SG0021",
        title: "A required key has a Default",
        messageFormat: "'{0}.{1}' (key '{2}') is required, so its Default is never used",
        category: SchemaCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SG0021.md");

    /// <summary>SG0022: <c>'{0}.{1}' (key '{2}') is both required and Optional = true</c>.</summary>
    public static readonly DiagnosticDescriptor RequiredKeyMarkedOptional = new(
        id: "SG0022",
        title: "A required key is marked Optional",
        messageFormat: "'{0}.{1}' (key '{2}') is both required and Optional = true",
        category: SchemaCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SG0022.md");

    /// <summary>SG0023: <c>Enum member '{0}.{1}' has no [EnumValue], so a property string can neither name nor print it</c>.</summary>
    public static readonly DiagnosticDescriptor EnumMemberWithoutValue = new(
        id: "SG0023",
        title: "An enum member has no [EnumValue]",
        messageFormat: "Enum member '{0}.{1}' has no [EnumValue], so a property string can neither name nor print it",
        category: SchemaCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SG0023.md");

    /// <summary>SG0024: <c>Enum members '{0}.{1}' and '{0}.{2}' share the value '{3}'</c>.</summary>
    public static readonly DiagnosticDescriptor DuplicateEnumValue = new(
        id: "SG0024",
        title: "Two enum members share an [EnumValue]",
        messageFormat: "Enum members '{0}.{1}' and '{0}.{2}' share the value '{3}'",
        category: SchemaCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SG0024.md");

    /// <summary>SG0025: <c>The [EnumValue] '{2}' of '{0}.{1}' cannot be written in a property string: {3}</c>.</summary>
    public static readonly DiagnosticDescriptor InvalidEnumValue = new(
        id: "SG0025",
        title: "An [EnumValue] cannot be written in a property string",
        messageFormat: "The [EnumValue] '{2}' of '{0}.{1}' cannot be written in a property string: {3}",
        category: SchemaCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SG0025.md");

    /// <summary>SG0026: <c>'{0}.{1}' (key '{2}') has enum type '{3}', which SchemaGen cannot use: {4}</c>.</summary>
    public static readonly DiagnosticDescriptor UnusableKeyEnum = new(
        id: "SG0026",
        title: "A key's enum type has no usable [EnumValue]s",
        messageFormat: "'{0}.{1}' (key '{2}') has enum type '{3}', which SchemaGen cannot use: {4}",
        category: SchemaCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SG0026.md");

    /// <summary>SG0027: <c>'{0}.{1}' (key '{2}'): the PVE format '{3}' cannot stand on a property of type '{4}': {5}</c>.</summary>
    public static readonly DiagnosticDescriptor NamedFormatOnWrongType = new(
        id: "SG0027",
        title: "A PVE named format stands on a property that cannot hold it",
        messageFormat: "'{0}.{1}' (key '{2}'): the PVE format '{3}' cannot stand on a property of type '{4}': {5}",
        category: SchemaCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SG0027.md");

    /// <summary>SG0028: <c>'{0}.{1}' (key '{2}'): ValuesAreKeysFor = '{3}' cannot be used: {4}</c>.</summary>
    public static readonly DiagnosticDescriptor InvalidValuesAreKeysFor = new(
        id: "SG0028",
        title: "ValuesAreKeysFor cannot be used on this key",
        messageFormat: "'{0}.{1}' (key '{2}'): ValuesAreKeysFor = '{3}' cannot be used: {4}",
        category: SchemaCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SG0028.md");

    /// <summary>SG0029: <c>'{0}.{1}' (key '{2}'): Requires = '{3}' cannot be used: {4}</c>.</summary>
    public static readonly DiagnosticDescriptor InvalidRequires = new(
        id: "SG0029",
        title: "Requires names no other key",
        messageFormat: "'{0}.{1}' (key '{2}'): Requires = '{3}' cannot be used: {4}",
        category: SchemaCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SG0029.md");

    /// <summary>SG0100: <c>This property string is not a valid '{0}': {1}</c> (the second part is the parser's own text).</summary>
    public static readonly DiagnosticDescriptor InvalidPropertyString = new(
        id: "SG0100",
        title: "A constant property string cannot be parsed",
        messageFormat: "This property string is not a valid '{0}': {1}",
        category: UsageCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SG0100.md");

    /// <summary>SG0101: <c>This property string is not a valid '{0}': {1}; did you mean '{2}'?</c>.</summary>
    public static readonly DiagnosticDescriptor MisspelledKey = new(
        id: "SG0101",
        title: "A constant property string has a misspelled key",
        messageFormat: "This property string is not a valid '{0}': {1}; did you mean '{2}'?",
        category: UsageCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SG0101.md");

    /// <summary>SG0102: <c>TryParse always fails on this property string: it is not a valid '{0}': {1}</c> (informational: a test or a demo
    /// does this on purpose).</summary>
    public static readonly DiagnosticDescriptor TryParseAlwaysFails = new(
        id: "SG0102",
        title: "TryParse always fails on a constant property string",
        messageFormat: "TryParse always fails on this property string: it is not a valid '{0}': {1}",
        category: UsageCategory,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SG0102.md");

    /// <summary>SG0200: <c>The value of '{0}' is not a valid '{1}': {2}</c>.</summary>
    public static readonly DiagnosticDescriptor InvalidConfigurationValue = new(
        id: "SG0200",
        title: "A configuration file holds a value its schema rejects",
        messageFormat: "The value of '{0}' is not a valid '{1}': {2}",
        category: ConfigurationCategory,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "SG0200.md");

    /// <summary>The name of the property that carries the key a misspelled key should be (SG0101, SG0200).</summary>
    public const string SuggestedKeyProperty = "SuggestedKey";

    /// <summary>The name of the property that carries the misspelled key as written (SG0101, SG0200).</summary>
    public const string UnknownKeyProperty = "UnknownKey";
}
