using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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
    private readonly int _slotShift;

    /// <summary>Creates a pool of <paramref name="slotCount"/> slots (rounded up to a power of two, at least two).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="slotCount"/> is not positive or above 2^24.</exception>
    public StringPool(int slotCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(slotCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(slotCount, 1 << 24);
        int size = Math.Max(2, (int)BitOperations.RoundUpToPowerOf2((uint)slotCount));
        _slots = new string?[size];
        _slotShift = 32 - BitOperations.Log2((uint)size);
    }

    /// <summary>
    /// The process's pool, which generated parsers use; null when the <c>SchemaGen.Runtime.DisableStringPool</c>
    /// switch is set, and parsers then allocate every string.
    /// </summary>
    public static StringPool? Shared { get; } = SharedEnabled ? new StringPool(SharedSlotCount) : null;

    /// <summary>How many slots the pool has.</summary>
    public int SlotCount => _slots.Length;

    /// <summary>
    /// A string equal to <paramref name="text"/>: the pooled one when the pool has it, else a new one (pooled when short enough).
    /// </summary>
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

        ref string? first = ref SetOf(Hash(text));
        string? candidate = Volatile.Read(ref first);
        if (candidate is not null && ShortEquals(text, candidate))
        {
            return candidate;
        }

        string? older = Volatile.Read(ref Unsafe.Add(ref first, 1));
        if (older is not null && ShortEquals(text, older))
        {
            return older;
        }

        return Add(ref first, candidate, new string(text));
    }

    /// <summary>
    /// A string decoded from <paramref name="utf8Text"/> as <see cref="Encoding.UTF8"/> decodes it (invalid
    /// sequences become U+FFFD): the pooled one when the pool has it, else a new one (pooled when short enough).
    /// </summary>
    public string GetOrAdd(ReadOnlySpan<byte> utf8Text)
    {
        // A UTF-8 byte never decodes to more than one UTF-16 code unit.
        if (utf8Text.Length > MaxPooledLength)
        {
            return Encoding.UTF8.GetString(utf8Text);
        }

        if (utf8Text.IsEmpty)
        {
            return string.Empty;
        }

        // Hashed and compared as bytes, which hash as their characters do when they are ASCII. The comparison
        // holds a text equal only when it is ASCII, so a text found needs no check of its own; one that is
        // not found is checked before it is made and stored.
        ref string? first = ref SetOf(Hash(utf8Text));
        string? candidate = Volatile.Read(ref first);
        if (candidate is not null && ShortAsciiEquals(utf8Text, candidate))
        {
            return candidate;
        }

        string? older = Volatile.Read(ref Unsafe.Add(ref first, 1));
        if (older is not null && ShortAsciiEquals(utf8Text, older))
        {
            return older;
        }

        if (!Ascii.IsValid(utf8Text))
        {
            return GetOrAddDecoded(utf8Text);
        }

        return Add(ref first, candidate, Encoding.ASCII.GetString(utf8Text));
    }

    /// <summary>Empties every slot (the strings handed out stay valid).</summary>
    public void Clear() => Array.Clear(_slots);

    // Other than ASCII: decoded on the stack, out of line so that the ASCII path does not set up the buffer.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private string GetOrAddDecoded(ReadOnlySpan<byte> utf8Text)
    {
        Span<char> chars = stackalloc char[MaxPooledLength];
        return GetOrAdd(chars[..Utf16Scratch.Decode(utf8Text, chars)]);
    }

    // The new string goes first in its set; the former first moves second, dropping the string there.
    private static string Add(ref string? first, string? formerFirst, string made)
    {
        Volatile.Write(ref Unsafe.Add(ref first, 1), formerFirst);
        Volatile.Write(ref first, made);
        return made;
    }

    // Whether a text of 1 to MaxPooledLength characters equals a pooled string: by overlapping reads of the
    // widest size its length fills, always in line. (SequenceEqual's own expansion is left to the JIT's profile
    // of the call site, which kept it a call in some processes and not in others.)
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool ShortEquals(ReadOnlySpan<char> text, string pooled)
    {
        if (text.Length != pooled.Length)
        {
            return false;
        }

        ref byte a = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(text));
        ref byte b = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(pooled.AsSpan()));
        nuint length = (nuint)text.Length * sizeof(char);
        if (length >= 16)
        {
            nuint last = length - 16;
            for (nuint i = 0; i < last; i += 16)
            {
                if (Vector128.LoadUnsafe(ref a, i) != Vector128.LoadUnsafe(ref b, i))
                {
                    return false;
                }
            }

            return Vector128.LoadUnsafe(ref a, last) == Vector128.LoadUnsafe(ref b, last);
        }

        if (length >= 8)
        {
            ulong head = Unsafe.ReadUnaligned<ulong>(ref a) ^ Unsafe.ReadUnaligned<ulong>(ref b);
            ulong tail = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref a, length - 8))
                ^ Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref b, length - 8));
            return (head | tail) == 0;
        }

        if (length >= 4)
        {
            uint head = Unsafe.ReadUnaligned<uint>(ref a) ^ Unsafe.ReadUnaligned<uint>(ref b);
            uint tail = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref a, length - 4))
                ^ Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref b, length - 4));
            return (head | tail) == 0;
        }

        return Unsafe.ReadUnaligned<ushort>(ref a) == Unsafe.ReadUnaligned<ushort>(ref b);
    }

    // Whether 1 to MaxPooledLength bytes are ASCII and equal to a pooled string, as Ascii.Equals answers, in line:
    // sixteen bytes at a time (the last sixteen overlapping), or for a shorter text its first eight and last eight
    // (or four), each widened to characters; a byte beyond ASCII never equals, not even a Latin-1 character.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool ShortAsciiEquals(ReadOnlySpan<byte> utf8Text, string pooled)
    {
        int length = utf8Text.Length;
        if (length != pooled.Length)
        {
            return false;
        }

        ref byte bytes = ref MemoryMarshal.GetReference(utf8Text);
        ref ushort units = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(pooled.AsSpan()));
        if (length >= 16)
        {
            int last = length - 16;
            for (int i = 0; i < last; i += 16)
            {
                if (!SixteenEqual(Vector128.LoadUnsafe(ref bytes, (nuint)i), ref Unsafe.Add(ref units, i)))
                {
                    return false;
                }
            }

            return SixteenEqual(Vector128.LoadUnsafe(ref bytes, (nuint)last), ref Unsafe.Add(ref units, last));
        }

        if (length >= 8)
        {
            return EightEqual(Unsafe.ReadUnaligned<ulong>(ref bytes), ref units)
                && EightEqual(Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref bytes, length - 8)), ref Unsafe.Add(ref units, length - 8));
        }

        if (length >= 4)
        {
            return FourEqual(Unsafe.ReadUnaligned<uint>(ref bytes), ref units)
                && FourEqual(Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref bytes, length - 4)), ref Unsafe.Add(ref units, length - 4));
        }

        for (int i = 0; i < length; i++)
        {
            if (Unsafe.Add(ref bytes, i) >= 0x80 || Unsafe.Add(ref bytes, i) != Unsafe.Add(ref units, i))
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SixteenEqual(Vector128<byte> bytes, ref ushort units)
    {
        var (lower, upper) = Vector128.Widen(bytes);
        return bytes.ExtractMostSignificantBits() == 0
            && lower == Vector128.LoadUnsafe(ref units) && upper == Vector128.LoadUnsafe(ref units, 8);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool EightEqual(ulong bytes, ref ushort units)
        => (bytes & 0x8080808080808080) == 0
            && Vector128.WidenLower(Vector128.CreateScalarUnsafe(bytes).AsByte()) == Vector128.LoadUnsafe(ref units);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool FourEqual(uint bytes, ref ushort units)
        => (bytes & 0x80808080) == 0
            && Vector128.WidenLower(Vector128.CreateScalarUnsafe(bytes).AsByte()).AsUInt64().ToScalar()
                == Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<ushort, byte>(ref units));

    // A set is picked by the hash's top bits, which every bit of the text reaches (Finish); the index is even, a set's
    // first slot.
    private ref string? SetOf(uint hash)
        => ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_slots), (int)(hash >> _slotShift) & ~1);

    // A fast multiplicative hash of the code units narrowed to bytes (AsciiNarrowing: ASCII to itself),
    // so that ASCII hashes alike as UTF-16 and as UTF-8. Every length is read in a few overlapping words,
    // not unit by unit: up to three units, the first, middle and last; up to seven, the first four and
    // the last four; longer, eight at a time and the last eight. It only spreads values over the sets:
    // equality is always checked, so a collision costs an allocation, nothing more. The text is never
    // empty here.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(ReadOnlySpan<char> text)
    {
        ref ushort units = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        int length = text.Length;
        ulong hash = (ulong)length * 0x9E3779B97F4A7C15;
        ulong tail;
        if (length >= 8)
        {
            for (int i = 0; i + 8 < length; i += 8)
            {
                hash = Mix(hash, AsciiNarrowing.Eight(Vector128.LoadUnsafe(ref units, (nuint)i)));
            }

            tail = AsciiNarrowing.Eight(Vector128.LoadUnsafe(ref units, (nuint)(length - 8)));
        }
        else if (length >= 4)
        {
            // The first four characters and the last four, narrowed together.
            tail = AsciiNarrowing.Eight(Vector128.Create(
                Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<ushort, byte>(ref units)),
                Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref units, length - 4)))).AsUInt16());
        }
        else
        {
            tail = (byte)text[0] | ((ulong)(byte)text[length / 2] << 8) | ((ulong)(byte)text[length - 1] << 16);
        }

        return Finish(hash, tail);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(ReadOnlySpan<byte> ascii)
    {
        ref byte bytes = ref MemoryMarshal.GetReference(ascii);
        int length = ascii.Length;
        ulong hash = (ulong)length * 0x9E3779B97F4A7C15;
        ulong tail;
        if (length >= 8)
        {
            for (int i = 0; i + 8 < length; i += 8)
            {
                hash = Mix(hash, Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref bytes, i)));
            }

            tail = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref bytes, length - 8));
        }
        else if (length >= 4)
        {
            tail = Unsafe.ReadUnaligned<uint>(ref bytes)
                | ((ulong)Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref bytes, length - 4)) << 32);
        }
        else
        {
            tail = ascii[0] | ((ulong)ascii[length / 2] << 8) | ((ulong)ascii[length - 1] << 16);
        }

        return Finish(hash, tail);
    }

    private static ulong Mix(ulong hash, ulong word)
    {
        hash = (hash ^ word) * 0xFF51AFD7ED558CCD;
        return hash ^ (hash >> 29);
    }

    // The product's high half: its top bits, which pick the set, see every bit of the input (a product's bit depends
    // only on the bits below it, so its low bits, as the set was picked before, never saw the tail's last characters).
    private static uint Finish(ulong hash, ulong tail) => (uint)(((hash ^ tail) * 0xC4CEB9FE1A85EC53) >> 32);
}
