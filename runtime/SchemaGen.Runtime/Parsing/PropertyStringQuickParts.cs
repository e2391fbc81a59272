using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SchemaGen.Runtime;

/// <summary>
/// The split of a generated parser's fast path: the parts of a property string in its common form
/// (every part a <c>key=value</c> or a bare value, each starting with a printable ASCII character,
/// no line feed, no part longer than 63 elements), as <see cref="PropertyStringParts{TChar}"/> finds
/// them. At the first part not in that form, blank and empty ones included (with a line feed, already
/// the first part of the 63-element window that holds it), <see cref="MoveNext"/> stops and says so in
/// <see cref="GaveUp"/>: the fast path then gives up, and the exact path splits the text again with
/// <see cref="PropertyStringParts{TChar}"/>, which knows PVE's every rule.
/// </summary>
/// <remarks>
/// A part is its place in the text (<see cref="Start"/>, <see cref="KeyLength"/>, <see cref="ValueStart"/>,
/// <see cref="ValueLength"/>), not a <see cref="PropertyStringPart"/>, and a bare part is one whose key length is 0,
/// so that the fast path's switch over the key's length takes bare parts too: a part's kind, made here and tested
/// there, cost a copy of the typical <c>amd-sev</c> value's fast path some 6% of its time (decision 44).
/// </remarks>
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

    /// <summary>Where the part <see cref="MoveNext"/> found starts in the input.</summary>
    public int Start { readonly get; private set; }

    /// <summary>The length of its key, which starts at <see cref="Start"/>: 0 for a bare part, which has none.</summary>
    public int KeyLength { readonly get; private set; }

    /// <summary>Where its value starts: after the <c>=</c>, or at <see cref="Start"/> for a bare part.</summary>
    public int ValueStart { readonly get; private set; }

    /// <summary>The length of its value.</summary>
    public int ValueLength { readonly get; private set; }

    /// <summary>
    /// Whether <see cref="MoveNext"/> stopped at a part not in the common form, rather than at the end of the input.
    /// </summary>
    public bool GaveUp { readonly get; private set; }

    /// <summary>
    /// The key of the current part. Taken from the text without a bounds check, which the split
    /// has made: a slice in the caller would check again on every part.
    /// </summary>
    public readonly ReadOnlySpan<TChar> CurrentKey
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref MemoryMarshal.GetReference(_text), Start), KeyLength);
    }

    /// <summary>The value of the current part (see <see cref="CurrentKey"/>).</summary>
    public readonly ReadOnlySpan<TChar> CurrentValue
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref MemoryMarshal.GetReference(_text), ValueStart), ValueLength);
    }

    /// <summary>
    /// Moves to the next part; false at the end of the input, and at a part not in the common form (with
    /// <see cref="GaveUp"/> set).
    /// </summary>
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
            if (commas == 0)
            {
                // A part longer than a window, or a window with a line feed (Perl's `.+$` has its own rule for those).
                return GiveUp();
            }
        }

        int length = BitOperations.TrailingZeroCount(commas);
        _next = start + length + 1;
        ulong equalSigns = (_equalSigns >> shift) & ((1UL << length) - 1);
        Start = start;
        if (equalSigns == 0)
        {
            // A bare part. An empty one is skipped by PVE, and one that starts with white space may be blank.
            if (length == 0 || !StartsPlain(start))
            {
                return GiveUp();
            }

            KeyLength = 0;
            ValueStart = start;
            ValueLength = length;
            return true;
        }

        // A key and a value, neither empty: 1 <= keyLength <= length - 2, in one unsigned comparison.
        int keyLength = BitOperations.TrailingZeroCount(equalSigns);
        if ((uint)(keyLength - 1) >= (uint)(length - 2) || !StartsPlain(start))
        {
            return GiveUp();
        }

        KeyLength = keyLength;
        ValueStart = start + keyLength + 1;
        ValueLength = length - keyLength - 1;
        return true;
    }

    // Whether the element at `start` (inside a part of at least one element) is printable ASCII, neither blank nor a
    // control character.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly bool StartsPlain(int start)
        => uint.CreateTruncating(Unsafe.Add(ref MemoryMarshal.GetReference(_text), start)) - 0x21 < 0x7F - 0x21;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool GiveUp()
    {
        _next = int.MaxValue;
        GaveUp = true;
        return false;
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
