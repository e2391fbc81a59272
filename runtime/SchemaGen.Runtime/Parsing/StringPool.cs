using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace SchemaGen.Runtime;

/// <summary>
/// A bounded, thread-safe, lock-free cache of short strings, so that a parser that reads the same
/// value again (<c>vmbr0</c>, a MAC address, a volume ID) returns the string it made before instead
/// of allocating a new one. Generated parsers take their string members from <see cref="Shared"/>.
/// </summary>
/// <remarks>
/// <para>
/// A fixed number of slots, in sets of two: a value's hash picks its set; a value found in either
/// slot is returned as it is; a new one is made once, stored in the set's first slot, and the first
/// slot's former string moves to the second, whose string is dropped. Strings longer than
/// <see cref="MaxPooledLength"/> characters are never stored, so the memory the pool holds is
/// bounded by its slot count times that length. Slots are read and written with single reference
/// stores and no lock: two threads that add at once may drop each other's string, which costs an
/// allocation later, never a wrong answer, because a string is only returned when it equals the
/// text asked for. Strings are immutable, so sharing one between callers is safe.
/// </para>
/// <para>
/// The same idea as CommunityToolkit.HighPerformance's <c>StringPool</c>, without its locks.
/// Turned off for the whole process with the <c>AppContext</c> switch
/// <c>SchemaGen.Runtime.DisableStringPool</c> (see docs/decisions/0024-a-string-pool-for-parsed-values.md).
/// </para>
/// </remarks>
public sealed class StringPool
{
    /// <summary>The longest string, in UTF-16 code units, that the pool keeps.</summary>
    public const int MaxPooledLength = 64;

    /// <summary>The slot count of <see cref="Shared"/>: with strings of at most 64 characters, it holds under 400 KB.</summary>
    public const int SharedSlotCount = 2048;

    private const string DisableSwitch = "SchemaGen.Runtime.DisableStringPool";

    // Read once: a static readonly bool is a constant to the tiered JIT, so the test costs nothing.
    private static readonly bool SharedEnabled =
        !(AppContext.TryGetSwitch(DisableSwitch, out bool disabled) && disabled);

    private readonly string?[] _slots;
    private readonly int _setMask;

    /// <summary>Creates a pool of <paramref name="slotCount"/> slots (rounded up to a power of two, at least two).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="slotCount"/> is not positive or above 2^24.</exception>
    public StringPool(int slotCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(slotCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(slotCount, 1 << 24);
        int size = Math.Max(2, (int)BitOperations.RoundUpToPowerOf2((uint)slotCount));
        _slots = new string?[size];
        _setMask = size - 2; // even indexes: a set's first slot
    }

    /// <summary>
    /// The process's pool, which generated parsers use; null when the <c>SchemaGen.Runtime.DisableStringPool</c>
    /// switch is set, and parsers then allocate every string.
    /// </summary>
    public static StringPool? Shared { get; } = SharedEnabled ? new StringPool(SharedSlotCount) : null;

    /// <summary>How many slots the pool has.</summary>
    public int SlotCount => _slots.Length;

    /// <summary>A string equal to <paramref name="text"/>: the pooled one when the pool has it, else a new one (pooled when short enough).</summary>
    public string GetOrAdd(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        if (text.Length > MaxPooledLength)
        {
            return new string(text);
        }

        ref string? first = ref SetOf(text);
        ref string? second = ref Unsafe.Add(ref first, 1);
        string? candidate = Volatile.Read(ref first);
        if (candidate is not null && text.SequenceEqual(candidate))
        {
            return candidate;
        }

        string? older = Volatile.Read(ref second);
        if (older is not null && text.SequenceEqual(older))
        {
            return older;
        }

        var made = new string(text);
        Volatile.Write(ref second, candidate);
        Volatile.Write(ref first, made);
        return made;
    }

    /// <summary>
    /// A string decoded from <paramref name="utf8Text"/> as <see cref="Encoding.UTF8"/> decodes it (invalid
    /// sequences become U+FFFD): short text is decoded on the stack and looked up, long text is decoded into a new string.
    /// </summary>
    public string GetOrAdd(ReadOnlySpan<byte> utf8Text)
    {
        // A UTF-8 byte never decodes to more than one UTF-16 code unit.
        if (utf8Text.Length > MaxPooledLength)
        {
            return Encoding.UTF8.GetString(utf8Text);
        }

        Span<char> chars = stackalloc char[MaxPooledLength];
        return GetOrAdd(chars[..Utf16Scratch.Decode(utf8Text, chars)]);
    }

    /// <summary>Empties every slot (the strings handed out stay valid).</summary>
    public void Clear() => Array.Clear(_slots);

    private ref string? SetOf(ReadOnlySpan<char> text)
    {
        int index = (int)Hash(text) & _setMask;
        return ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_slots), index);
    }

    // A fast multiplicative hash of the text's bytes, eight at a time: it only spreads values over
    // the sets, and equality is always checked, so a collision costs an allocation, nothing more.
    private static uint Hash(ReadOnlySpan<char> text)
    {
        var bytes = MemoryMarshal.AsBytes(text);
        ulong hash = (ulong)bytes.Length * 0x9E3779B97F4A7C15;
        ulong tail = 0;
        if (bytes.Length >= 8)
        {
            // The last eight bytes, read once, overlap the words before them when the length is no multiple of eight.
            tail = MemoryMarshal.Read<ulong>(bytes[^8..]);
            for (int i = 0; i + 8 < bytes.Length; i += 8)
            {
                hash = (hash ^ MemoryMarshal.Read<ulong>(bytes[i..])) * 0xFF51AFD7ED558CCD;
                hash ^= hash >> 29;
            }
        }
        else
        {
            for (int i = 0; i < bytes.Length; i++)
            {
                tail |= (ulong)bytes[i] << (8 * i);
            }
        }

        hash = (hash ^ tail) * 0xC4CEB9FE1A85EC53;
        return (uint)(hash >> 32);
    }
}
