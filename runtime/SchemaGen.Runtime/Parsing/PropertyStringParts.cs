using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SchemaGen.Runtime;

/// <summary>
/// Splits a property string into its parts the way pve-common's <c>parse_property_string</c> does:
/// on every <c>,</c>, with no quoting and no trimming; parts that are empty or only white space
/// are skipped; a part with <c>=</c> must match Perl's <c>^([^=]+)=(.+)$</c>.
/// </summary>
/// <remarks>
/// Only <c>,</c>, <c>=</c> and line feeds matter to the split. The text is classified up to 64
/// elements at a time (<see cref="SeparatorMasks"/>) into one bit mask for each of them, and each part
/// is then found with bit arithmetic: no search per part and per separator, and no branch on
/// which separator came next.
/// </remarks>
/// <typeparam name="TChar"><see cref="char"/> for UTF-16 input, <see cref="byte"/> for UTF-8.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct PropertyStringParts<TChar>
    where TChar : unmanaged, IBinaryInteger<TChar>
{
    private const int WindowLength = 64;

    private readonly ReadOnlySpan<TChar> _text;
    private int _next;

    // The window is _text[_windowStart.._windowEnd], at most 64 elements; bit i of each mask says
    // whether _text[_windowStart + i] is that separator.
    private int _windowStart;
    private int _windowEnd;
    private ulong _commas;
    private ulong _equals;
    private ulong _lineFeeds;

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
            int end = NextComma(start);
            _next = end + 1;
            if (IsBlank(_text[start..end]))
            {
                continue;
            }

            Current = Classify(start, end);
            return true;
        }

        return false;
    }

    /// <summary>Where the first comma at or after <paramref name="start"/> is; the text's length when there is none.</summary>
    private int NextComma(int start)
    {
        if (_text.Length < 16 / Unsafe.SizeOf<TChar>())
        {
            // A text shorter than one vector (a bare 'std') is searched directly; Classify then
            // finds the part outside the (empty) window and searches it too.
            int comma = _text[start..].IndexOf(TChar.CreateTruncating(','));
            return comma < 0 ? _text.Length : start + comma;
        }

        int from = start;
        while (from < _text.Length)
        {
            if (from < _windowStart || from >= _windowEnd)
            {
                LoadWindow(from);
            }

            ulong bits = _commas >> (from - _windowStart);
            if (bits != 0)
            {
                return from + BitOperations.TrailingZeroCount(bits);
            }

            if (start > _windowStart && _windowEnd < _text.Length)
            {
                // The part runs past the window: move the window to the part, so that a part of up
                // to 64 elements is classified in one piece.
                LoadWindow(start);
                from = start;
                continue;
            }

            from = _windowEnd;
        }

        return _text.Length;
    }

    /// <summary>Classifies the non-blank part <c>_text[start..end]</c>.</summary>
    private readonly PropertyStringPart Classify(int start, int end)
    {
        int equals, lineFeed;
        if (start >= _windowStart && end <= _windowEnd)
        {
            // The whole part is in the window: its first '=', and the first line feed after it, from the masks.
            int shift = start - _windowStart;
            int width = end - start;
            ulong inPart = width >= WindowLength ? ulong.MaxValue : (1UL << width) - 1;
            ulong equalsBits = (_equals >> shift) & inPart;
            equals = equalsBits == 0 ? -1 : start + BitOperations.TrailingZeroCount(equalsBits);
            ulong lineFeedBits = (_lineFeeds >> shift) & inPart;
            int afterEquals = equals - start + 1;
            lineFeedBits = equals < 0 || afterEquals >= WindowLength ? 0 : lineFeedBits >> afterEquals;
            lineFeed = lineFeedBits == 0 ? -1 : equals + 1 + BitOperations.TrailingZeroCount(lineFeedBits);
        }
        else
        {
            // A part longer than a window, or across two: search it.
            var part = _text[start..end];
            equals = part.IndexOf(TChar.CreateTruncating('='));
            equals = equals < 0 ? -1 : start + equals;
            int found = equals < 0 ? -1 : _text[(equals + 1)..end].IndexOf(TChar.CreateTruncating('\n'));
            lineFeed = found < 0 ? -1 : equals + 1 + found;
        }

        if (equals < 0)
        {
            return new PropertyStringPart(PropertyStringPartKind.Bare, start, end - start, 0, start, end - start);
        }

        // Perl's `.+$`: the value is one line; `$` lets one trailing line feed stand outside it.
        int valueStart = equals + 1;
        int valueLength = end - valueStart;
        if (valueLength > 0 && uint.CreateTruncating(_text[end - 1]) == '\n')
        {
            valueLength--;
        }

        bool oneLine = lineFeed < 0 || lineFeed >= valueStart + valueLength;
        var kind = equals > start && valueLength > 0 && oneLine
            ? PropertyStringPartKind.KeyValue
            : PropertyStringPartKind.Malformed;
        return new PropertyStringPart(kind, start, end - start, equals - start, valueStart, valueLength);
    }

    /// <summary>Classifies up to 64 elements from <paramref name="from"/>.</summary>
    private void LoadWindow(int from)
    {
        int count = Math.Min(WindowLength, _text.Length - from);
        _windowStart = from;
        _windowEnd = from + count;
        var masks = SeparatorMasks.Of(_text.Slice(from, count));
        _commas = masks.Commas;
        _equals = masks.EqualSigns;
        _lineFeeds = masks.LineFeeds;
    }

    /// <summary>Whether a part is empty or only white space; most start with a printable ASCII character and are not.</summary>
    private static bool IsBlank(ReadOnlySpan<TChar> part)
    {
        if (!part.IsEmpty && uint.CreateTruncating(part[0]) - 0x21 < 0x7F - 0x21)
        {
            return false;
        }

        return TextPrimitives.IsWhiteSpace(part);
    }
}
