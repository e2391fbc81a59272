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
/// elements at a time (a few vector compares) into one bit mask for each of them, and each part
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
        _commas = _equals = _lineFeeds = 0;
        ref TChar start = ref Unsafe.Add(ref MemoryMarshal.GetReference(_text), from);
        if (typeof(TChar) == typeof(byte))
        {
            Classify(ref Unsafe.As<TChar, byte>(ref start), count);
        }
        else if (typeof(TChar) == typeof(char))
        {
            Classify(ref Unsafe.As<TChar, ushort>(ref start), count);
        }
        else
        {
            ClassifyScalar(ref start, count);
        }
    }

    private void Classify<T>(ref T start, int count)
        where T : unmanaged, IBinaryInteger<T>
    {
        if (Vector256.IsHardwareAccelerated && count >= Vector256<T>.Count)
        {
            // Whole vectors, then one more that ends at the last element and overlaps the one before.
            int i = 0;
            for (; i + Vector256<T>.Count <= count; i += Vector256<T>.Count)
            {
                Add(Vector256.LoadUnsafe(ref start, (nuint)i), 0, i);
            }

            if (i < count)
            {
                int last = count - Vector256<T>.Count;
                Add(Vector256.LoadUnsafe(ref start, (nuint)last), i - last, i);
            }
        }
        else if (Vector128.IsHardwareAccelerated && count >= Vector128<T>.Count)
        {
            int i = 0;
            for (; i + Vector128<T>.Count <= count; i += Vector128<T>.Count)
            {
                Add(Vector128.LoadUnsafe(ref start, (nuint)i), 0, i);
            }

            if (i < count)
            {
                int last = count - Vector128<T>.Count;
                Add(Vector128.LoadUnsafe(ref start, (nuint)last), i - last, i);
            }
        }
        else
        {
            ClassifyScalar(ref start, count);
        }
    }

    // Adds the separators of a vector, without its first `skip` elements, at bit `at`.
    private void Add<T>(Vector256<T> values, int skip, int at)
        where T : unmanaged, IBinaryInteger<T>
    {
        _commas |= (ulong)(Vector256.Equals(values, Vector256.Create(T.CreateTruncating(','))).ExtractMostSignificantBits() >> skip) << at;
        _equals |= (ulong)(Vector256.Equals(values, Vector256.Create(T.CreateTruncating('='))).ExtractMostSignificantBits() >> skip) << at;
        _lineFeeds |= (ulong)(Vector256.Equals(values, Vector256.Create(
            T.CreateTruncating('\n'))).ExtractMostSignificantBits() >> skip) << at;
    }

    private void Add<T>(Vector128<T> values, int skip, int at)
        where T : unmanaged, IBinaryInteger<T>
    {
        _commas |= (ulong)(Vector128.Equals(values, Vector128.Create(T.CreateTruncating(','))).ExtractMostSignificantBits() >> skip) << at;
        _equals |= (ulong)(Vector128.Equals(values, Vector128.Create(T.CreateTruncating('='))).ExtractMostSignificantBits() >> skip) << at;
        _lineFeeds |= (ulong)(Vector128.Equals(values, Vector128.Create(
            T.CreateTruncating('\n'))).ExtractMostSignificantBits() >> skip) << at;
    }

    private void ClassifyScalar<T>(ref T start, int count)
        where T : unmanaged, IBinaryInteger<T>
    {
        for (int i = 0; i < count; i++)
        {
            uint c = uint.CreateTruncating(Unsafe.Add(ref start, i));
            _commas |= (c == ',' ? 1UL : 0) << i;
            _equals |= (c == '=' ? 1UL : 0) << i;
            _lineFeeds |= (c == '\n' ? 1UL : 0) << i;
        }
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
