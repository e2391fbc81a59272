using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace SchemaGen.Runtime;

/// <summary>
/// Where the separators that matter to a property string's split (<c>,</c>, <c>=</c>, line feed)
/// are in up to 64 elements of text: bit i of each mask says whether element i is that separator.
/// A few vector compares classify the whole window, so the parts are then found with bit arithmetic.
/// </summary>
internal readonly struct SeparatorMasks
{
    /// <summary>The longest window one set of masks covers.</summary>
    public const int WindowLength = 64;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private SeparatorMasks(ulong commas, ulong equalSigns, ulong lineFeeds)
    {
        Commas = commas;
        EqualSigns = equalSigns;
        LineFeeds = lineFeeds;
    }

    /// <summary>The commas.</summary>
    public ulong Commas { get; }

    /// <summary>The equal signs.</summary>
    public ulong EqualSigns { get; }

    /// <summary>The line feeds.</summary>
    public ulong LineFeeds { get; }

    /// <summary>Classifies <paramref name="window"/>, at most <see cref="WindowLength"/> elements.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SeparatorMasks Of<TChar>(ReadOnlySpan<TChar> window)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        ref TChar start = ref MemoryMarshal.GetReference(window);
        if (typeof(TChar) == typeof(byte))
        {
            return Classify(ref Unsafe.As<TChar, byte>(ref start), window.Length);
        }

        if (typeof(TChar) == typeof(char))
        {
            return Classify(ref Unsafe.As<TChar, ushort>(ref start), window.Length);
        }

        return ClassifyScalar(ref start, window.Length);
    }

    /// <summary>
    /// The commas and the equal signs of <paramref name="window"/> (at most <see cref="WindowLength"/> elements) as the
    /// fast path's split takes them: <paramref name="end"/> added to the commas (the bit that marks the text's end, if
    /// the window reaches it), and no commas where the window holds a line feed, at which the split gives up. The JIT
    /// puts the whole classification in line in the fast path through it (see <see cref="ClassifyInLine"/>); where it
    /// does not, the two masks come back in registers, where three go through memory.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (ulong Commas, ulong EqualSigns) QuickOf<TChar>(ReadOnlySpan<TChar> window, ulong end)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        ref TChar start = ref MemoryMarshal.GetReference(window);
        if (typeof(TChar) == typeof(byte))
        {
            return ClassifyQuick(ref Unsafe.As<TChar, byte>(ref start), window.Length, end);
        }

        if (typeof(TChar) == typeof(char))
        {
            return ClassifyQuick(ref Unsafe.As<TChar, ushort>(ref start), window.Length, end);
        }

        return Quick(ClassifyScalar(ref start, window.Length), end);
    }

    private static SeparatorMasks Classify<T>(ref T start, int count)
        where T : unmanaged, IBinaryInteger<T>
        => ClassifyInLine(ref start, count);

    private static (ulong Commas, ulong EqualSigns) ClassifyQuick<T>(ref T start, int count, ulong end)
        where T : unmanaged, IBinaryInteger<T>
        => Quick(ClassifyInLine(ref start, count), end);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (ulong Commas, ulong EqualSigns) Quick(SeparatorMasks masks, ulong end)
        => (masks.LineFeeds != 0 ? 0 : masks.Commas | end, masks.EqualSigns);

    // In line in both calls above. Classify, the exact path's, is a call of its own; ClassifyQuick, the fast path's, is a
    // few instructions of IL, which the JIT puts in line in the fast path, and this with it (the call, and its three
    // masks through memory, took a few percent of amd-sev's parse).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static SeparatorMasks ClassifyInLine<T>(ref T start, int count)
        where T : unmanaged, IBinaryInteger<T>
    {
        ulong commas = 0, equalSigns = 0, lineFeeds = 0;
        if (Vector512.IsHardwareAccelerated && count >= Vector512<T>.Count)
        {
            // A whole window in one or two 512-bit vectors (the second overlapping the first).
            Add(Vector512.LoadUnsafe(ref start), 0, 0, ref commas, ref equalSigns, ref lineFeeds);
            if (count > Vector512<T>.Count)
            {
                int last = count - Vector512<T>.Count;
                Add(Vector512.LoadUnsafe(ref start, (nuint)last), Vector512<T>.Count - last, Vector512<T>.Count,
                    ref commas, ref equalSigns, ref lineFeeds);
            }
        }
        else if (typeof(T) == typeof(ushort) && Avx2.IsSupported && count >= Vector256<ushort>.Count)
        {
            return ClassifyNarrowed(ref Unsafe.As<T, ushort>(ref start), count);
        }
        else if (Vector256.IsHardwareAccelerated && count >= Vector256<T>.Count && count <= 2 * Vector256<T>.Count)
        {
            // The first vector and the last, overlapping: a window of UTF-8 takes two compares a separator and no loop
            // (a loop of a vector and a tail cost more than the compares). A longer window, which only UTF-16 without
            // AVX2 could have, takes the loop below.
            int last = count - Vector256<T>.Count;
            Add(Vector256.LoadUnsafe(ref start), 0, 0, ref commas, ref equalSigns, ref lineFeeds);
            Add(Vector256.LoadUnsafe(ref start, (nuint)last), 0, last, ref commas, ref equalSigns, ref lineFeeds);
        }
        else if (typeof(T) == typeof(ushort) && Sse2.IsSupported && count >= Vector128<ushort>.Count
            && count < 2 * Vector128<ushort>.Count)
        {
            // UTF-16 of 8-15 characters: the first 8 and the last 8, overlapping, narrowed (saturating, as in
            // ClassifyNarrowed) into one vector of 16 bytes, so that each separator costs one compare and no loop, where
            // the loop below took one for each of two vectors (`snp,no-debug=1` parses in 0.94-0.97 of its time).
            int endLength = Vector128<ushort>.Count;
            var ends = Sse2.PackUnsignedSaturate(Vector128.LoadUnsafe(ref start).AsInt16(),
                Vector128.LoadUnsafe(ref start, (nuint)(count - endLength)).AsInt16());
            return new SeparatorMasks(
                Ends(Vector128.Equals(ends, Vector128.Create((byte)',')).ExtractMostSignificantBits(), endLength, count),
                Ends(Vector128.Equals(ends, Vector128.Create((byte)'=')).ExtractMostSignificantBits(), endLength, count),
                Ends(Vector128.Equals(ends, Vector128.Create((byte)'\n')).ExtractMostSignificantBits(), endLength, count));
        }
        else if (Vector128.IsHardwareAccelerated && count >= Vector128<T>.Count)
        {
            int i = 0;
            for (; i + Vector128<T>.Count <= count; i += Vector128<T>.Count)
            {
                Add(Vector128.LoadUnsafe(ref start, (nuint)i), 0, i, ref commas, ref equalSigns, ref lineFeeds);
            }

            if (i < count)
            {
                int last = count - Vector128<T>.Count;
                Add(Vector128.LoadUnsafe(ref start, (nuint)last), i - last, i, ref commas, ref equalSigns, ref lineFeeds);
            }
        }
        else if (Vector128.IsHardwareAccelerated && count >= Vector128<T>.Count / 4)
        {
            // Shorter than a vector (`pc-q35-9.0+pve0` in UTF-8, `host` in UTF-16): its first and its last half
            // (or quarter) of a vector's elements, overlapping, read as two words into one vector.
            int endLength = Vector128<T>.Count / 2;
            Vector128<T> ends;
            if (count >= endLength)
            {
                ends = Vector128.Create(ReadWord<T, ulong>(ref start, 0), ReadWord<T, ulong>(ref start, count - endLength)).As<ulong, T>();
            }
            else
            {
                endLength /= 2;
                ends = Vector128.Create(ReadWord<T, uint>(ref start, 0), ReadWord<T, uint>(ref start, count - endLength), 0, 0)
                    .As<uint, T>();
            }

            commas = Ends(Vector128.Equals(ends, Vector128.Create(T.CreateTruncating(','))).ExtractMostSignificantBits(),
                endLength, count);
            equalSigns = Ends(Vector128.Equals(ends, Vector128.Create(T.CreateTruncating('='))).ExtractMostSignificantBits(),
                endLength, count);
            lineFeeds = Ends(Vector128.Equals(ends, Vector128.Create(T.CreateTruncating('\n'))).ExtractMostSignificantBits(),
                endLength, count);
        }
        else
        {
            return ClassifyScalar(ref start, count);
        }

        return new SeparatorMasks(commas, equalSigns, lineFeeds);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TWord ReadWord<T, TWord>(ref T start, int at)
        where T : unmanaged
        where TWord : unmanaged
        => Unsafe.ReadUnaligned<TWord>(ref Unsafe.As<T, byte>(ref Unsafe.Add(ref start, at)));

    // The mask of a text from the match bits of a vector that holds its first `endLength` elements, then its last
    // `endLength` (which start at `count - endLength`), then nothing that can match.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Ends(ulong bits, int endLength, int count)
    {
        ulong first = bits & ((1UL << endLength) - 1);
        return first | ((bits >> endLength) << (count - endLength));
    }

    // UTF-16 with AVX2 where no 512-bit compare takes the window (a machine without AVX-512, or fewer than 32
    // characters): 32 characters narrowed into one vector of bytes, so that each separator costs one compare and one
    // mask for them. Compared as characters, each 16 of them cost a compare, and
    // a shuffle and a permute to bring the compare's bytes into a mask, for each separator. The narrowing saturates:
    // 0x100-0x7FFF become 0xFF and 0x8000 and above 0, so no character but a separator becomes one. In line in
    // Classify, which is a call already.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static SeparatorMasks ClassifyNarrowed(ref ushort start, int count)
    {
        if (count < 2 * Vector256<ushort>.Count)
        {
            // The first 16 characters and the last 16, overlapping.
            int endLength = Vector256<ushort>.Count;
            var ends = Narrow(ref start, 0, count - endLength);
            return new SeparatorMasks(
                Ends(Vector256.Equals(ends, Vector256.Create((byte)',')).ExtractMostSignificantBits(), endLength, count),
                Ends(Vector256.Equals(ends, Vector256.Create((byte)'=')).ExtractMostSignificantBits(), endLength, count),
                Ends(Vector256.Equals(ends, Vector256.Create((byte)'\n')).ExtractMostSignificantBits(), endLength, count));
        }

        // The first 32 characters and the last 32, overlapping (a window is at most 64): no loop.
        ulong commas = 0, equalSigns = 0, lineFeeds = 0;
        int last = count - Vector256<byte>.Count;
        Add(Narrow(ref start, 0, Vector256<ushort>.Count), 0, 0, ref commas, ref equalSigns, ref lineFeeds);
        Add(Narrow(ref start, last, last + Vector256<ushort>.Count), 0, last, ref commas, ref equalSigns, ref lineFeeds);
        return new SeparatorMasks(commas, equalSigns, lineFeeds);
    }

    // The 16 characters at `lower`, then the 16 at `upper`, as 32 bytes in that order. The pack works within each
    // 128-bit lane (lower's first 8, upper's first 8, lower's last 8, upper's last 8): the permute puts them in order.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<byte> Narrow(ref ushort start, int lower, int upper)
    {
        var packed = Avx2.PackUnsignedSaturate(
            Vector256.LoadUnsafe(ref start, (nuint)lower).AsInt16(), Vector256.LoadUnsafe(ref start, (nuint)upper).AsInt16());
        return Avx2.Permute4x64(packed.AsUInt64(), 0b11_01_10_00).AsByte();
    }

    // Adds the separators of a vector, without its first `skip` elements, at bit `at`.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add<T>(Vector512<T> values, int skip, int at, ref ulong commas, ref ulong equalSigns, ref ulong lineFeeds)
        where T : unmanaged, IBinaryInteger<T>
    {
        commas |= Vector512.Equals(values, Vector512.Create(T.CreateTruncating(','))).ExtractMostSignificantBits() >> skip << at;
        equalSigns |= Vector512.Equals(values, Vector512.Create(T.CreateTruncating('='))).ExtractMostSignificantBits() >> skip << at;
        lineFeeds |= Vector512.Equals(values, Vector512.Create(T.CreateTruncating('\n'))).ExtractMostSignificantBits() >> skip << at;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add<T>(Vector256<T> values, int skip, int at, ref ulong commas, ref ulong equalSigns, ref ulong lineFeeds)
        where T : unmanaged, IBinaryInteger<T>
    {
        commas |= (ulong)(Vector256.Equals(values, Vector256.Create(T.CreateTruncating(','))).ExtractMostSignificantBits() >> skip) << at;
        equalSigns |= (ulong)(Vector256.Equals(values, Vector256.Create(T.CreateTruncating('='))).ExtractMostSignificantBits() >> skip)
            << at;
        lineFeeds |= (ulong)(Vector256.Equals(values, Vector256.Create(T.CreateTruncating('\n'))).ExtractMostSignificantBits() >> skip)
            << at;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add<T>(Vector128<T> values, int skip, int at, ref ulong commas, ref ulong equalSigns, ref ulong lineFeeds)
        where T : unmanaged, IBinaryInteger<T>
    {
        commas |= (ulong)(Vector128.Equals(values, Vector128.Create(T.CreateTruncating(','))).ExtractMostSignificantBits() >> skip) << at;
        equalSigns |= (ulong)(Vector128.Equals(values, Vector128.Create(T.CreateTruncating('='))).ExtractMostSignificantBits() >> skip)
            << at;
        lineFeeds |= (ulong)(Vector128.Equals(values, Vector128.Create(T.CreateTruncating('\n'))).ExtractMostSignificantBits() >> skip)
            << at;
    }

    private static SeparatorMasks ClassifyScalar<T>(ref T start, int count)
        where T : unmanaged, IBinaryInteger<T>
    {
        ulong commas = 0, equalSigns = 0, lineFeeds = 0;
        for (int i = 0; i < count; i++)
        {
            uint c = uint.CreateTruncating(Unsafe.Add(ref start, i));
            commas |= (c == ',' ? 1UL : 0) << i;
            equalSigns |= (c == '=' ? 1UL : 0) << i;
            lineFeeds |= (c == '\n' ? 1UL : 0) << i;
        }

        return new SeparatorMasks(commas, equalSigns, lineFeeds);
    }
}
