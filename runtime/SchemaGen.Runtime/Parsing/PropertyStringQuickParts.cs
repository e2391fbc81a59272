using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SchemaGen.Runtime;

/// <summary>
/// The split of a generated parser's fast path: the parts of a property string in its common form
/// (every part a <c>key=value</c> or a bare value, each starting with a printable ASCII character,
/// no line feed, no part longer than 63 elements), as <see cref="PropertyStringParts{TChar}"/> finds
/// them. Any part not in that form, blank and empty ones included, comes back as
/// <see cref="PropertyStringPartKind.Malformed"/> (with a line feed, already the first part of the
/// 63-element window that holds it): the fast path then gives up, and the exact path
/// splits the text again with <see cref="PropertyStringParts{TChar}"/>, which knows PVE's every rule.
/// </summary>
/// <typeparam name="TChar"><see cref="char"/> for UTF-16 input, <see cref="byte"/> for UTF-8.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct PropertyStringQuickParts<TChar>
    where TChar : unmanaged, IBinaryInteger<TChar>
{
    // One bit fewer than the masks hold: the bit after the window's last element can then mark the
    // end of the text, which ends the last part as a comma would.
    private const int WindowLength = SeparatorMasks.WindowLength - 1;

    private readonly ReadOnlySpan<TChar> _text;
    private int _next;
    private int _windowStart;
    private ulong _commas;
    private ulong _equalSigns;

    /// <summary>Starts splitting <paramref name="text"/>.</summary>
    public PropertyStringQuickParts(ReadOnlySpan<TChar> text)
    {
        _text = text;
    }

    /// <summary>The part <see cref="MoveNext"/> found.</summary>
    public PropertyStringPart Current { get; private set; }

    /// <summary>
    /// The key of <see cref="Current"/>. Taken from the text without a bounds check, which the split
    /// has made: a slice in the caller would check again on every part.
    /// </summary>
    public readonly ReadOnlySpan<TChar> CurrentKey
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref MemoryMarshal.GetReference(_text), Current.Start),
            Current.KeyLength);
    }

    /// <summary>The value of <see cref="Current"/> (see <see cref="CurrentKey"/>).</summary>
    public readonly ReadOnlySpan<TChar> CurrentValue
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref MemoryMarshal.GetReference(_text), Current.ValueStart),
            Current.ValueLength);
    }

    /// <summary>Moves to the next part; false at the end of the input.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MoveNext()
    {
        int start = _next;
        if (start > _text.Length)
        {
            return false;
        }

        int shift = start - _windowStart; // at most WindowLength: a part starts inside the window or right after it
        ulong commas = _commas >> shift;
        if (commas == 0)
        {
            // The first part, or one past the window: classify the window it starts.
            LoadWindow(start);
            shift = 0;
            commas = _commas;
        }

        if (commas == 0)
        {
            // A part longer than a window, or a window with a line feed (Perl's `.+$` has its own rule for those).
            _next = int.MaxValue;
            Current = new PropertyStringPart(PropertyStringPartKind.Malformed, start, 0, 0, start, 0);
            return true;
        }

        int length = BitOperations.TrailingZeroCount(commas);
        _next = start + length + 1;
        ulong equalSigns = (_equalSigns >> shift) & ((1UL << length) - 1);

        // A part that starts with white space may be blank, which PVE skips; an empty one is skipped too.
        bool plain = length > 0 && uint.CreateTruncating(Unsafe.Add(ref MemoryMarshal.GetReference(_text), start)) - 0x21 < 0x7F - 0x21;
        if (equalSigns == 0)
        {
            var kind = plain ? PropertyStringPartKind.Bare : PropertyStringPartKind.Malformed;
            Current = new PropertyStringPart(kind, start, length, 0, start, length);
            return true;
        }

        int keyLength = BitOperations.TrailingZeroCount(equalSigns);
        int valueLength = length - keyLength - 1;
        var keyValue = plain && keyLength > 0 && valueLength > 0 ? PropertyStringPartKind.KeyValue : PropertyStringPartKind.Malformed;
        Current = new PropertyStringPart(keyValue, start, length, keyLength, start + keyLength + 1, valueLength);
        return true;
    }

    /// <summary>Classifies up to <see cref="WindowLength"/> elements from <paramref name="from"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void LoadWindow(int from)
    {
        int count = Math.Min(WindowLength, _text.Length - from);

        // A line feed anywhere in the window leaves it no commas, which ends the split at the window's first part, as
        // a part longer than the window does: the fast path gives up either way, so one test serves both.
        (_commas, _equalSigns) = SeparatorMasks.QuickOf(_text.Slice(from, count), from + count == _text.Length ? 1UL << count : 0);
        _windowStart = from;
    }
}
