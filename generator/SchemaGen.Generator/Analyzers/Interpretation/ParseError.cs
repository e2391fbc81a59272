using SchemaGen.Generator.Shared;

namespace SchemaGen.Generator.Analyzers.Interpretation;

/// <summary>
/// The error the generated parser would give for a text: its kind, the key it belongs to, PVE's
/// message (from the runtime's own <see cref="PropertyStringMessages"/>), and where the offending
/// part is in the text (UTF-16 offsets).
/// </summary>
internal sealed class ParseError
{
    /// <summary>Creates the error; <paramref name="detail"/> and <paramref name="subject"/> are what <see
    /// cref="PropertyStringMessages.Compose"/> takes.</summary>
    public ParseError(PropertyStringErrorKind kind, string? key, string? detail, string subject, int offset, int length)
    {
        Kind = kind;
        Key = key;
        Message = PropertyStringMessages.Compose(kind, detail, PropertyStringMessages.Shorten(subject));
        Offset = offset;
        Length = length;
    }

    public PropertyStringErrorKind Kind { get; }

    /// <summary>The key, for a per-key error (an unknown key's own text for <see cref="PropertyStringErrorKind.UnknownProperty"/>); null
    /// for a structural one.</summary>
    public string? Key { get; }

    /// <summary>The message without the key.</summary>
    public string Message { get; }

    public int Offset { get; }

    /// <summary>0 for a key that is missing: it has no place in the text.</summary>
    public int Length { get; }

    /// <summary>For an unknown key: a known key it is probably a misspelling of, else null.</summary>
    public string? SuggestedKey { get; init; }

    /// <summary>Exactly <c>PropertyStringError.ToString()</c>: <c>key: message</c>, or the bare message.</summary>
    public string Text => Key is null ? Message : Key + ": " + Message;

    /// <summary><see cref="Text"/> for a diagnostic: without the line feed a PVE validator's message ends with.</summary>
    public string DisplayText => Text.TrimEnd('\n');

    public override string ToString() => Text;
}
