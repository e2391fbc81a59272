namespace SchemaGen.Generator.Analyzers.Interpretation;

/// <summary>What went wrong, named as the runtime's <c>PropertyStringErrorKind</c> names it.</summary>
internal enum ParseErrorKind
{
    MissingKey,
    DuplicateKey,
    DuplicateAliasTarget,
    ValueWithoutKey,
    TypeCheck,
    Format,
    Pattern,
    MaxLength,
    MinLength,
    Maximum,
    Minimum,
    Enumeration,
    MissingProperty,
    UnknownProperty,
}

/// <summary>
/// The error the generated parser would give for a text: its kind, the key it belongs to, PVE's
/// message, and where the offending part is in the text (UTF-16 offsets).
/// </summary>
internal sealed class ParseError
{
    public ParseError(ParseErrorKind kind, string? key, string message, int offset, int length)
    {
        Kind = kind;
        Key = key;
        Message = message;
        Offset = offset;
        Length = length;
    }

    public ParseErrorKind Kind { get; }

    /// <summary>The key, for a per-key error (an unknown key's own text for <see cref="ParseErrorKind.UnknownProperty"/>); null for a
    /// structural one.</summary>
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

    public override string ToString() => Text;
}
