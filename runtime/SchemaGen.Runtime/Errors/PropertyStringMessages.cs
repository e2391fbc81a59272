#if SCHEMAGEN_GENERATOR
namespace SchemaGen.Generator.Shared;
#else
namespace SchemaGen;
#endif

/// <summary>
/// PVE's text for every <see cref="PropertyStringErrorKind"/>, in one place. The runtime compiles
/// this file (its <c>PropertyStringError.Message</c> reads it) and the netstandard2.0 generator
/// links it (its analyzers' interpreter quotes the same texts at compile time), so a text changes
/// in one place only.
/// </summary>
internal static class PropertyStringMessages
{
    /// <summary>How many characters of the offending text a message quotes; a longer one is cut to 61 and <c>...</c>.</summary>
    public const int MaxSubjectLength = 64;

    /// <summary>
    /// The message for a disk size PVE accepts but a <see cref="long"/> number of bytes cannot hold
    /// (2^63 bytes or more): PVE's own disk-size text, asked of the validator so that it lives in one
    /// place (docs/decisions/0014).
    /// </summary>
    public static readonly string DiskSizeOutOfRange = PveFormats.Check(PveFormat.DiskSize, "?".AsSpan(), out _, out _)!;

    /// <summary>What a template's placeholder is: the offending text, as a message quotes it.</summary>
    public const string SubjectPlaceholder = "{0}";

    /// <summary>
    /// The message of an error without its key.
    /// </summary>
    /// <param name="kind">What went wrong.</param>
    /// <param name="detail">What the kind needs beyond the subject: a key name, a limit, a type name, an enumeration, or a format's
    /// message template.</param>
    /// <param name="subject">The offending text, already shortened (see <see cref="Shorten"/>).</param>
    public static string Compose(PropertyStringErrorKind kind, string? detail, string subject) => kind switch
    {
        PropertyStringErrorKind.None => "no error",
        PropertyStringErrorKind.MissingKey => "missing key in comma-separated list property",
        PropertyStringErrorKind.DuplicateKey => "duplicate key in comma-separated list property: " + (detail ?? subject),
        PropertyStringErrorKind.DuplicateAliasTarget => "key '" + detail + "' is already defined (via alias)",
        PropertyStringErrorKind.KeyAliasDefined => "key alias '" + detail + "' is already defined",
        PropertyStringErrorKind.ValueWithoutKey => "value without key, but schema does not define a default key",
        PropertyStringErrorKind.TypeCheck => "type check ('" + detail + "') failed - got '" + subject + "'",
        PropertyStringErrorKind.Format or PropertyStringErrorKind.Rule => detail is null ? "value is not valid" : Fill(detail, subject),
        PropertyStringErrorKind.Pattern => "value does not match the regex pattern",
        PropertyStringErrorKind.MaxLength => "value may only be " + detail + " characters long",
        PropertyStringErrorKind.MinLength => "value must be at least " + detail + " characters long",
        PropertyStringErrorKind.Maximum => "value must have a maximum value of " + detail,
        PropertyStringErrorKind.Minimum => "value must have a minimum value of " + detail,
        PropertyStringErrorKind.Enumeration => "value '" + subject + "' does not have a value in the enumeration '" + detail + "'",
        PropertyStringErrorKind.MissingProperty => "property is missing and it is not optional",
        PropertyStringErrorKind.MissingRequiredProperty => "missing property required by '" + detail + "'",
        PropertyStringErrorKind.UnknownProperty => "property is not defined in schema and the schema does not allow additional properties",
        PropertyStringErrorKind.NotRepresentable => "value cannot be written in a property string: "
            + (detail ?? "it contains ',' or a line feed, or is empty"),
        _ => kind.ToString(),
    };

    /// <summary>Whether an error of this kind comes from PVE's split loop (a <c>die</c>), which stops parsing at once.</summary>
    public static bool IsStructural(PropertyStringErrorKind kind)
        => kind is PropertyStringErrorKind.MissingKey or PropertyStringErrorKind.DuplicateKey
            or PropertyStringErrorKind.DuplicateAliasTarget
            or PropertyStringErrorKind.ValueWithoutKey or PropertyStringErrorKind.KeyAliasDefined;

    /// <summary>A message template with <c>{0}</c> replaced by the subject (a format's <c>invalid boot device '{0}'</c>).</summary>
    public static string Fill(string template, string subject)
        => template.IndexOf(SubjectPlaceholder, System.StringComparison.Ordinal) < 0 ? template : template.Replace(SubjectPlaceholder,
            subject);

    /// <summary>The offending text as a message quotes it: at most <see cref="MaxSubjectLength"/> characters, else 61 and
    /// <c>...</c>.</summary>
    public static string Shorten(string subject)
        => subject.Length <= MaxSubjectLength ? subject : subject.Substring(0, MaxSubjectLength - 3) + "...";
}
