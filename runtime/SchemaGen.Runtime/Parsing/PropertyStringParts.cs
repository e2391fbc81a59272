using System.ComponentModel;

namespace SchemaGen.Runtime;

/// <summary>
/// Splits a property string into its parts the way pve-common's <c>parse_property_string</c> does:
/// on every <c>,</c>, with no quoting and no trimming; parts that are empty or only white space
/// are skipped; a part with <c>=</c> must match Perl's <c>^([^=]+)=(.+)$</c>.
/// </summary>
/// <typeparam name="TChar"><see cref="char"/> for UTF-16 input, <see cref="byte"/> for UTF-8.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct PropertyStringParts<TChar>
    where TChar : unmanaged, IBinaryInteger<TChar>
{
    private static readonly TChar Comma = TChar.CreateTruncating(',');
    private static readonly TChar EqualsSign = TChar.CreateTruncating('=');
    private static readonly TChar LineFeed = TChar.CreateTruncating('\n');

    private readonly ReadOnlySpan<TChar> _text;
    private int _next;

    /// <summary>Starts splitting <paramref name="text"/>.</summary>
    public PropertyStringParts(ReadOnlySpan<TChar> text) => _text = text;

    /// <summary>The part <see cref="MoveNext"/> found.</summary>
    public PropertyStringPart Current { get; private set; }

    /// <summary>Moves to the next part that is not blank; false at the end of the input.</summary>
    public bool MoveNext()
    {
        while (_next <= _text.Length)
        {
            int start = _next;
            var rest = _text[start..];
            int comma = rest.IndexOf(Comma);
            int length = comma < 0 ? rest.Length : comma;
            _next = start + length + 1;

            var part = rest[..length];
            if (TextPrimitives.IsWhiteSpace(part))
            {
                continue;
            }

            Current = Classify(part, start);
            return true;
        }

        return false;
    }

    private static PropertyStringPart Classify(ReadOnlySpan<TChar> part, int start)
    {
        int equals = part.IndexOf(EqualsSign);
        if (equals < 0)
        {
            return new PropertyStringPart(PropertyStringPartKind.Bare, start, part.Length, 0, start, part.Length);
        }

        // Perl's `.+$`: the value is one line; `$` lets one trailing line feed stand outside it.
        var value = part[(equals + 1)..];
        if (!value.IsEmpty && value[^1] == LineFeed)
        {
            value = value[..^1];
        }

        var kind = equals > 0 && !value.IsEmpty && !value.Contains(LineFeed)
            ? PropertyStringPartKind.KeyValue
            : PropertyStringPartKind.Malformed;
        return new PropertyStringPart(kind, start, part.Length, equals, start + equals + 1, value.Length);
    }
}
