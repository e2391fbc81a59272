using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SchemaGen.Runtime;

/// <summary>
/// A key of up to <see cref="MaxLength"/> ASCII characters as three words, its bytes in order, little-endian,
/// zero beyond its end: byte <c>i</c> of the key is byte <c>i % 8</c> of word <c>i / 8</c>. A generated key
/// table packs the key once and compares it with each text of its length by one to three integer
/// comparisons with constants, in UTF-16 and UTF-8 alike. A comparison with a literal per text was inlined
/// by the JIT only until its budget ran out (a third of <c>scsi</c>'s 49 texts were calls, each making a
/// span of its <c>"..."u8</c> literal on the way).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct PackedKey
{
    /// <summary>The longest key that packs.</summary>
    public const int MaxLength = 24;

    private PackedKey(ulong first, ulong second, ulong third) => (First, Second, Third) = (first, second, third);

    /// <summary>Bytes 0-7 of the key.</summary>
    public ulong First { get; }

    /// <summary>Bytes 8-15 of the key; zero for a key of 8 characters or fewer.</summary>
    public ulong Second { get; }

    /// <summary>Bytes 16-23 of the key; zero for a key of 16 characters or fewer.</summary>
    public ulong Third { get; }

    /// <summary>
    /// Packs <paramref name="key"/>; false when it is empty or longer than <see cref="MaxLength"/>. The texts a
    /// table compares packed are ASCII without NUL; a key that holds anything else packs to words no such text
    /// has (a UTF-16 key of one to three characters is refused instead).
    /// </summary>
    /// <typeparam name="TChar"><see cref="char"/> for UTF-16, <see cref="byte"/> for UTF-8.</typeparam>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryPack<TChar>(ReadOnlySpan<TChar> key, out PackedKey packed)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        if (typeof(TChar) == typeof(byte))
        {
            // A byte beyond ASCII needs no check: it matches no ASCII text's constant.
            return TryPackUtf8(MemoryMarshal.Cast<TChar, byte>(key), out packed);
        }

        return TryPackUtf16(MemoryMarshal.Cast<TChar, char>(key), out packed);
    }

    // Every length is read in whole words that may overlap (the last word ends at the key's end and is
    // shifted down), never past the key.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryPackUtf8(ReadOnlySpan<byte> key, out PackedKey packed)
    {
        int length = key.Length;
        if ((uint)(length - 1) >= MaxLength)
        {
            packed = default;
            return false;
        }

        ref byte bytes = ref MemoryMarshal.GetReference(key);
        ulong second = 0, third = 0;
        if (length < 8)
        {
            packed = new PackedKey(ShortUtf8(ref bytes, length), 0, 0);
            return true;
        }

        ulong first = Read<ulong>(ref bytes, 0);
        if (length > 16)
        {
            second = Read<ulong>(ref bytes, 8);
            third = Read<ulong>(ref bytes, length - 8) >> (8 * (24 - length));
        }
        else if (length > 8)
        {
            second = Read<ulong>(ref bytes, length - 8) >> (8 * (16 - length));
        }

        packed = new PackedKey(first, second, third);
        return true;
    }

    // One to seven bytes: two overlapping reads of four or two bytes, or the one byte.
    private static ulong ShortUtf8(ref byte bytes, int length)
    {
        if (length >= 4)
        {
            return Read<uint>(ref bytes, 0) | ((ulong)Read<uint>(ref bytes, length - 4) << (8 * (length - 4)));
        }

        if (length >= 2)
        {
            return Read<ushort>(ref bytes, 0) | ((ulong)Read<ushort>(ref bytes, length - 2) << (8 * (length - 2)));
        }

        return bytes;
    }

    // As UTF-8, each character narrowed to a byte by AsciiNarrowing, which turns a character beyond
    // ASCII into a byte no text holds (texts are ASCII without NUL): no separate check is needed.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryPackUtf16(ReadOnlySpan<char> key, out PackedKey packed)
    {
        int length = key.Length;
        if ((uint)(length - 1) >= MaxLength)
        {
            packed = default;
            return false;
        }

        ref ushort units = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(key));
        ulong first, second = 0, third = 0;
        if (length >= 8)
        {
            first = AsciiNarrowing.Eight(Vector128.LoadUnsafe(ref units));
            if (length > 16)
            {
                second = AsciiNarrowing.Eight(Vector128.LoadUnsafe(ref units, 8));
                third = AsciiNarrowing.Eight(Vector128.LoadUnsafe(ref units, (nuint)(length - 8))) >> (8 * (24 - length));
            }
            else if (length > 8)
            {
                second = AsciiNarrowing.Eight(Vector128.LoadUnsafe(ref units, (nuint)(length - 8))) >> (8 * (16 - length));
            }
        }
        else if (length >= 4)
        {
            // The first four characters and the last four, narrowed together, then laid over each other.
            var firstAndLast = Vector128.Create(Read<ulong>(ref units, 0), Read<ulong>(ref units, length - 4));
            ulong both = AsciiNarrowing.Eight(firstAndLast.AsUInt16());
            first = (uint)both | ((both >> 32) << (8 * (length - 4)));
        }
        else
        {
            // One to three characters, each read (the first, the middle and the last).
            uint a = units, b = Unsafe.Add(ref units, length / 2), c = Unsafe.Add(ref units, length - 1);
            if (((a | b | c) & 0xFF80) != 0)
            {
                packed = default;
                return false;
            }

            first = length switch
            {
                1 => a,
                2 => a | (b << 8),
                _ => a | (b << 8) | (c << 16),
            };
        }

        packed = new PackedKey(first, second, third);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T Read<T>(ref byte bytes, int offset)
        where T : unmanaged
        => Unsafe.ReadUnaligned<T>(ref Unsafe.Add(ref bytes, offset));

    // At a character's index.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T Read<T>(ref ushort units, int index)
        where T : unmanaged
        => Unsafe.ReadUnaligned<T>(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref units, index)));
}
