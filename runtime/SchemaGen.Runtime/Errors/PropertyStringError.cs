using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
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
    public const int MaxSubjectLength = PropertyStringMessages.MaxSubjectLength;

    /// <summary>
    /// The message for a disk size PVE accepts but a <see cref="long"/> number of bytes cannot hold
    /// (PVE's own disk-size message: the size is refused, docs/decisions/0014). Used by generated code.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static string DiskSizeOutOfRange => PropertyStringMessages.DiskSizeOutOfRange;

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
    public bool IsStructural => PropertyStringMessages.IsStructural(Kind);

    /// <summary>PVE's text for the error, without the key (see <see cref="ToString"/>).</summary>
    public string Message => PropertyStringMessages.Compose(Kind, _detail, Subject);

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

    /// <summary>
    /// An error of a schema's own rule, for <c>ValidateCrossFieldRules</c>: with a key it reads
    /// <c>key: message</c>, without one (a format's validator, as qemu-server's <c>validate_vm_cpu_conf</c>
    /// dies) the bare message.
    /// </summary>
    /// <param name="key">The key the rule speaks about, or <see langword="null"/> for the whole value.</param>
    /// <param name="message">The message: a constant, so that a refused value allocates nothing.</param>
    public static PropertyStringError ForRule(string? key, string message)
        => new(PropertyStringErrorKind.Rule, key, message, 0, 0);

    /// <summary>
    /// An error of a schema's own rule whose message quotes a text: <paramref name="template"/>'s
    /// <c>{0}</c> stands for <paramref name="subject"/>, which is kept inline (nothing is allocated
    /// until the message is read): <c>ForRule(null, "Custom cputype '{0}' not found", name)</c>.
    /// </summary>
    /// <param name="key">The key the rule speaks about, or <see langword="null"/> for the whole value.</param>
    /// <param name="template">The message, a constant, with <c>{0}</c> where the subject goes.</param>
    /// <param name="subject">The text the message quotes (up to <see cref="MaxSubjectLength"/> characters are kept).</param>
    public static PropertyStringError ForRule(string? key, string template, ReadOnlySpan<char> subject)
        => new(PropertyStringErrorKind.Rule, key, template, 0, 0, subject);

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
    /// A reference to no error, for readers whose errors nobody reads: the generated fast path's, which gives up at
    /// the first value refused and leaves the error to the exact path. <see cref="Report(ref PropertyStringError,
    /// PropertyStringErrorKind, string?, string?, int, int)"/> and its kin store nothing through it, and where they are
    /// in line in such a reader, the JIT drops their calls with their test: a call on any path of the fast path's loop
    /// had it save registers to its frame and load them back on every part. Called by generated code.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static ref PropertyStringError Discard => ref Unsafe.NullRef<PropertyStringError>();

    /// <summary>
    /// Stores an error with no offending text to quote in <paramref name="error"/> (nothing, for
    /// <see cref="Discard"/>). Called by generated code on its failure paths: writing through a reference, out of line,
    /// keeps the parser's own frame free of error-sized temporaries that the JIT would zero on every call.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Report(ref PropertyStringError error, PropertyStringErrorKind kind, string? key, string? detail, int offset,
        int length)
    {
        if (!Unsafe.IsNullRef(ref error))
        {
            Store(ref error, kind, key, detail, offset, length);
        }
    }

    /// <summary>Stores an error that quotes <paramref name="subject"/> in <paramref name="error"/>, out of line (see the other
    /// overload).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Report<TChar>(ref PropertyStringError error, PropertyStringErrorKind kind, string? key, string? detail, int offset,
        ReadOnlySpan<TChar> subject)
        where TChar : unmanaged
    {
        if (!Unsafe.IsNullRef(ref error))
        {
            Store(ref error, kind, key, detail, offset, subject);
        }
    }

    /// <summary>
    /// Stores a format's error in <paramref name="error"/> (nothing, for <see cref="Discard"/>): <paramref name="template"/>
    /// quotes <c>chars[subjectStart..+subjectLength]</c> (the part of the value the validator refused), and
    /// the error locates that part in the input, in the input's own units (bytes for UTF-8).
    /// Called by generated code.
    /// </summary>
    /// <param name="error">Where the error goes.</param>
    /// <param name="key">The key.</param>
    /// <param name="template">The validator's message, <c>{0}</c> standing for the subject.</param>
    /// <param name="offset">Where the value starts in the input.</param>
    /// <param name="raw">The value as the input holds it.</param>
    /// <param name="chars">The value as UTF-16 (the validator's view of it).</param>
    /// <param name="subjectStart">Where the refused part starts in <paramref name="chars"/>.</param>
    /// <param name="subjectLength">The refused part's length in <paramref name="chars"/>.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ReportFormat<TChar>(ref PropertyStringError error, string key, string template, int offset,
        ReadOnlySpan<TChar> raw, ReadOnlySpan<char> chars, int subjectStart, int subjectLength)
        where TChar : unmanaged
    {
        if (!Unsafe.IsNullRef(ref error))
        {
            StoreFormat(ref error, key, template, offset, raw, chars, subjectStart, subjectLength);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Store(ref PropertyStringError error, PropertyStringErrorKind kind, string? key, string? detail, int offset,
        int length)
        => error = new(kind, key, detail, offset, length);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Store<TChar>(ref PropertyStringError error, PropertyStringErrorKind kind, string? key, string? detail,
        int offset, ReadOnlySpan<TChar> subject)
        where TChar : unmanaged
        => error = Create(kind, key, detail, offset, subject);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void StoreFormat<TChar>(ref PropertyStringError error, string key, string template, int offset,
        ReadOnlySpan<TChar> raw, ReadOnlySpan<char> chars, int subjectStart, int subjectLength)
        where TChar : unmanaged
    {
        var subject = chars.Slice(subjectStart, subjectLength);
        int start = subjectStart, length = subjectLength;
        if (typeof(TChar) != typeof(char))
        {
            // UTF-8: count the bytes before and in the subject (the value decoded one to one when it was valid).
            start = Math.Min(Encoding.UTF8.GetByteCount(chars[..subjectStart]), raw.Length);
            length = Math.Min(Encoding.UTF8.GetByteCount(subject), raw.Length - start);
        }

        error = new(PropertyStringErrorKind.Format, key, template, offset + start, length, subject);
    }

    [InlineArray(MaxSubjectLength)]
    private struct SubjectBuffer
    {
        private char _element;
    }
}
