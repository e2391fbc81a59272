using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Unicode;

namespace SchemaGen;

/// <summary>
/// Why a property string was rejected: the key it belongs to, where it is in the input, its kind,
/// and PVE's text for it. Creating one allocates nothing; <see cref="Message"/> and
/// <see cref="ToString"/> build their text when they are read.
/// </summary>
/// <remarks>
/// The offending text (an unknown key, a bad value) is kept inline, up to
/// <see cref="MaxSubjectLength"/> characters; a longer one is shortened with <c>...</c> in the
/// message, while <see cref="Offset"/> and <see cref="Length"/> still locate all of it.
/// Offsets count UTF-16 code units for a <see cref="ReadOnlySpan{T}"/> of <see cref="char"/>
/// input and bytes for UTF-8 input.
/// </remarks>
public readonly struct PropertyStringError
{
    /// <summary>How many characters of the offending text an error keeps for its message.</summary>
    public const int MaxSubjectLength = 64;

    private readonly string? _key;
    private readonly string? _detail;
    private readonly int _subjectLength;
    private readonly SubjectBuffer _subject;

    private PropertyStringError(PropertyStringErrorKind kind, string? key, string? detail, int offset, int length)
    {
        Kind = kind;
        _key = key;
        _detail = detail;
        Offset = offset;
        Length = length;
    }

    private PropertyStringError(PropertyStringErrorKind kind, string? key, string? detail, int offset, int length,
        ReadOnlySpan<char> subject)
        : this(kind, key, detail, offset, length)
    {
        _subjectLength = subject.Length;
        subject[..Math.Min(subject.Length, MaxSubjectLength)].CopyTo(_subject);
    }

    /// <summary>What went wrong; <see cref="PropertyStringErrorKind.None"/> for no error (the default value).</summary>
    public PropertyStringErrorKind Kind { get; }

    /// <summary>
    /// The key the error belongs to (<c>"type"</c> in <c>type: value may only be 3 characters long</c>),
    /// or <see langword="null"/> for a structural error, which belongs to the whole string.
    /// </summary>
    public string? Key => Kind == PropertyStringErrorKind.UnknownProperty ? Subject : _key;

    /// <summary>Where the offending text starts in the input.</summary>
    public int Offset { get; }

    /// <summary>How long the offending text is (0 for a key that is missing).</summary>
    public int Length { get; }

    /// <summary>Whether this error came from splitting the string into keys (PVE's <c>die</c>), rather than from checking a key.</summary>
    public bool IsStructural => Kind is >= PropertyStringErrorKind.MissingKey and <= PropertyStringErrorKind.ValueWithoutKey;

    /// <summary>PVE's text for the error, without the key (see <see cref="ToString"/>).</summary>
    public string Message => Kind switch
    {
        PropertyStringErrorKind.None => "no error",
        PropertyStringErrorKind.MissingKey => "missing key in comma-separated list property",
        PropertyStringErrorKind.DuplicateKey => "duplicate key in comma-separated list property: " + (_detail ?? Subject),
        PropertyStringErrorKind.DuplicateAliasTarget => $"key '{_detail}' is already defined (via alias)",
        PropertyStringErrorKind.ValueWithoutKey => "value without key, but schema does not define a default key",
        PropertyStringErrorKind.TypeCheck => $"type check ('{_detail}') failed - got '{Subject}'",
        PropertyStringErrorKind.Format or PropertyStringErrorKind.Rule => _detail ?? "value is not valid",
        PropertyStringErrorKind.Pattern => "value does not match the regex pattern",
        PropertyStringErrorKind.MaxLength => $"value may only be {_detail} characters long",
        PropertyStringErrorKind.MinLength => $"value must be at least {_detail} characters long",
        PropertyStringErrorKind.Maximum => $"value must have a maximum value of {_detail}",
        PropertyStringErrorKind.Minimum => $"value must have a minimum value of {_detail}",
        PropertyStringErrorKind.Enumeration => $"value '{Subject}' does not have a value in the enumeration '{_detail}'",
        PropertyStringErrorKind.MissingProperty => "property is missing and it is not optional",
        PropertyStringErrorKind.UnknownProperty => "property is not defined in schema and the schema does not allow additional properties",
        PropertyStringErrorKind.NotRepresentable => "value cannot be written in a property string: "
            + (_detail ?? "it contains ',' or a line feed, or is empty"),
        _ => Kind.ToString(),
    };

    /// <summary>The offending text as the message quotes it (shortened past <see cref="MaxSubjectLength"/> characters).</summary>
    private string Subject
    {
        get
        {
            ReadOnlySpan<char> kept = _subject;
            if (_subjectLength <= MaxSubjectLength)
            {
                return new string(kept[.._subjectLength]);
            }

            return string.Concat(kept[..(MaxSubjectLength - 3)], "...");
        }
    }

    /// <summary><c>"&lt;key&gt;: &lt;message&gt;"</c> for a key's error, the bare message otherwise: PVE's texts.</summary>
    public override string ToString()
    {
        var key = Key;
        return key is null ? Message : key + ": " + Message;
    }

    /// <summary>Creates an error with no offending text to quote. Called by generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static PropertyStringError Create(PropertyStringErrorKind kind, string? key, string? detail, int offset, int length)
        => new(kind, key, detail, offset, length);

    /// <summary>Creates an error that quotes <paramref name="subject"/>. Called by generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static PropertyStringError Create<TChar>(PropertyStringErrorKind kind, string? key, string? detail, int offset,
        ReadOnlySpan<TChar> subject)
        where TChar : unmanaged
    {
        if (typeof(TChar) == typeof(char))
        {
            return new(kind, key, detail, offset, subject.Length, MemoryMarshal.Cast<TChar, char>(subject));
        }

        // UTF-8: the message quotes characters, so decode (invalid bytes become U+FFFD). One
        // character more than we keep tells the message that the text was shortened.
        Span<char> decoded = stackalloc char[MaxSubjectLength + 1];
        Utf8.ToUtf16(MemoryMarshal.Cast<TChar, byte>(subject), decoded, out _, out int written, replaceInvalidSequences: true,
            isFinalBlock: true);
        return new(kind, key, detail, offset, subject.Length, decoded[..written]);
    }

    /// <summary>
    /// Stores an error with no offending text to quote in <paramref name="error"/>. Called by
    /// generated code on its failure paths: writing through a reference, out of line, keeps the
    /// parser's own frame free of error-sized temporaries that the JIT would zero on every call.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Report(ref PropertyStringError error, PropertyStringErrorKind kind, string? key, string? detail, int offset,
        int length)
        => error = new(kind, key, detail, offset, length);

    /// <summary>Stores an error that quotes <paramref name="subject"/> in <paramref name="error"/>, out of line (see the other
    /// overload).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Report<TChar>(ref PropertyStringError error, PropertyStringErrorKind kind, string? key, string? detail, int offset,
        ReadOnlySpan<TChar> subject)
        where TChar : unmanaged
        => error = Create(kind, key, detail, offset, subject);

    [InlineArray(MaxSubjectLength)]
    private struct SubjectBuffer
    {
        private char _element;
    }
}
