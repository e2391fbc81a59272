using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using SchemaGen.Sev;

using static SchemaGen.Benchmarks.Alternatives.PackedWords;

namespace SchemaGen.Benchmarks.Alternatives;

/// <summary>
/// The fastest <c>amd-sev</c> parser we know how to write by hand with PVE's checks: the speed limit
/// that the generated parser, which must serve any schema, is measured against. It makes every check
/// the generated fast path makes (no key unknown or given twice, PVE's type words and boolean words,
/// no blank, empty or line-feed part), laid out for this one format: the text classified by vector
/// compares, the keys compared as a word or two vectors, every value read in line, no error
/// reported. It gives up (false) on any text outside that common form, valid or not, where a real
/// parser would go on to PVE's exact rules; the benchmark inputs are all in it.
/// tests/SchemaGen.Runtime.Tests holds it to PVE's answers on every vector line.
/// </summary>
public static class HandWrittenSevParser
{
    // The longest window one classification covers: 63 elements, so that the text's end fits in its
    // masks as one more comma. A valid part is at most 20 elements long, so a part that does not fit
    // in a window of its own gives up.
    internal const int Window = 63;

    private const int TypeBit = 1, AllowSmtBit = 2, NoDebugBit = 4, NoKeySharingBit = 8, KernelHashesBit = 16;

    // Words as the 64-bit integers their UTF-16 units make: a read of up to four characters compares at once.
    private static readonly ulong TypeKey = Word("type"), Std = Word("std"), Snp = Word("snp"), Es = Word("es");

    /// <summary>Reads <paramref name="text"/> when it is in the common form; false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out QuickSev value)
    {
        value = default;
        ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        int length = text.Length;
        var type = SevType.Std;
        bool allowSmt = true, noDebug = false, noKeySharing = false, kernelHashes = false;

        // A type's word alone, without a split.
        if (length <= 3)
        {
            if (!ReadType(ref first, length, out type))
            {
                return false;
            }

            value = new QuickSev(type, allowSmt, noDebug, noKeySharing, kernelHashes);
            return true;
        }

        int given = 0;
        int start = 0;
        while (start <= length)
        {
            // Classify a window from the current part on; its parts are then found by bit arithmetic.
            int windowStart = start;
            if (!TryClassifyWindow(ref first, start, length, out ulong commas, out ulong equalSigns))
            {
                return false;
            }

            while (true)
            {
                // Past the window's last part the offset is one more than its length, 64 after a full window (where a
                // shift would wrap round to none).
                int offset = start - windowStart;
                ulong ahead = offset < 64 ? commas >> offset : 0;
                if (ahead == 0)
                {
                    break;
                }

                int partLength = BitOperations.TrailingZeroCount(ahead);
                ref ushort part = ref Unsafe.Add(ref first, start);

                // Empty, or blank, control or beyond ASCII at its start: PVE skips or refuses such a part.
                if (partLength == 0 || (uint)(part - 0x21) > 0x7E - 0x21)
                {
                    return false;
                }

                ulong equals = (equalSigns >> offset) & ((1UL << partLength) - 1);
                if (equals == 0)
                {
                    // A bare word: the default key.
                    if ((given & TypeBit) != 0 || !ReadType(ref part, partLength, out type))
                    {
                        return false;
                    }

                    given |= TypeBit;
                }
                else
                {
                    int keyLength = BitOperations.TrailingZeroCount(equals);
                    ref ushort raw = ref Unsafe.Add(ref part, keyLength + 1);
                    int rawLength = partLength - keyLength - 1;
                    if (rawLength == 0)
                    {
                        return false;
                    }

                    switch (keyLength)
                    {
                        case 4 when Read4(ref part) == TypeKey:
                            if ((given & TypeBit) != 0 || !ReadType(ref raw, rawLength, out type))
                            {
                                return false;
                            }

                            given |= TypeBit;
                            break;
                        case 9 when Key(ref part, "allow-smt"):
                            if ((given & AllowSmtBit) != 0 || !ReadBoolean(ref raw, rawLength, out allowSmt))
                            {
                                return false;
                            }

                            given |= AllowSmtBit;
                            break;
                        case 8 when Key(ref part, "no-debug"):
                            if ((given & NoDebugBit) != 0 || !ReadBoolean(ref raw, rawLength, out noDebug))
                            {
                                return false;
                            }

                            given |= NoDebugBit;
                            break;
                        case 14 when Key(ref part, "no-key-sharing"):
                            if ((given & NoKeySharingBit) != 0 || !ReadBoolean(ref raw, rawLength, out noKeySharing))
                            {
                                return false;
                            }

                            given |= NoKeySharingBit;
                            break;
                        case 13 when Key(ref part, "kernel-hashes"):
                            if ((given & KernelHashesBit) != 0 || !ReadBoolean(ref raw, rawLength, out kernelHashes))
                            {
                                return false;
                            }

                            given |= KernelHashesBit;
                            break;
                        default:
                            return false;
                    }
                }

                start += partLength + 1;
            }

            if (start == windowStart)
            {
                return false;
            }
        }

        if ((given & TypeBit) == 0)
        {
            return false;
        }

        value = new QuickSev(type, allowSmt, noDebug, noKeySharing, kernelHashes);
        return true;
    }

    // The window of up to 63 elements from `start`, classified: false when it holds a line feed. Where it reaches the
    // text's end, the end is one more comma. Internal for SplitAlone's floor, which walks the same windows.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryClassifyWindow(ref ushort first, int start, int length, out ulong commas, out ulong equalSigns)
    {
        int windowLength = Math.Min(Window, length - start);
        (commas, equalSigns, ulong lineFeeds) = Classify(ref Unsafe.Add(ref first, start), windowLength);
        if (start + windowLength == length)
        {
            commas |= 1UL << windowLength;
        }

        return lineFeeds == 0;
    }

    // PVE's type words, as they are (PVE's enum is case-sensitive); longer than three is PVE's maxLength error.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool ReadType(ref ushort raw, int length, out SevType type)
    {
        if (length == 3)
        {
            ulong word = Read3(ref raw);
            type = word == Snp ? SevType.Snp : SevType.Std;
            return word == Snp || word == Std;
        }

        type = SevType.Es;
        return length == 2 && Read2(ref raw) == Es;
    }

    // A key of 8 to 16 characters: its first eight and its last eight, each one vector compare.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Key(ref ushort key, string name)
    {
        ref ushort expected = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(name.AsSpan()));
        nuint last = (nuint)(name.Length - Vector128<ushort>.Count);
        return Vector128.LoadUnsafe(ref key) == Vector128.LoadUnsafe(ref expected)
            && Vector128.LoadUnsafe(ref key, last) == Vector128.LoadUnsafe(ref expected, last);
    }

    // Where the commas, equal signs and line feeds of up to 63 elements are: two overlapping 512-bit
    // vectors, else two overlapping 256-bit vectors of characters narrowed to bytes, else 256-bit vectors
    // of characters, else one element at a time.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (ulong Commas, ulong EqualSigns, ulong LineFeeds) Classify(ref ushort text, int length)
    {
        ulong commas = 0, equalSigns = 0, lineFeeds = 0;
        if (Vector512.IsHardwareAccelerated && length >= Vector512<ushort>.Count)
        {
            int shift = length - Vector512<ushort>.Count;
            var head = Vector512.LoadUnsafe(ref text);
            var tail = Vector512.LoadUnsafe(ref text, (nuint)shift);
            commas = Mask(head, ',') | (Mask(tail, ',') << shift);
            equalSigns = Mask(head, '=') | (Mask(tail, '=') << shift);
            lineFeeds = Mask(head, '\n') | Mask(tail, '\n');
        }
        else if (Avx2.IsSupported && length >= Vector256<byte>.Count)
        {
            // The first 32 characters and the last 32, overlapping, each narrowed to 32 bytes (a character
            // of 0x100 and above saturates, so it never becomes a separator): one compare a separator each.
            int shift = length - Vector256<byte>.Count;
            var head = Narrow(ref text, 0);
            var tail = Narrow(ref text, shift);
            commas = Mask(head, ',') | (Mask(tail, ',') << shift);
            equalSigns = Mask(head, '=') | (Mask(tail, '=') << shift);
            lineFeeds = Mask(head, '\n') | Mask(tail, '\n');
        }
        else if (Vector256.IsHardwareAccelerated && length >= Vector256<ushort>.Count)
        {
            for (int at = 0; at < length; at += Vector256<ushort>.Count)
            {
                // The last vector ends at the text's end, overlapping the one before.
                int shift = Math.Min(at, length - Vector256<ushort>.Count);
                var units = Vector256.LoadUnsafe(ref text, (nuint)shift);
                // The mask is 32 bits wide: widened before the shift, which may pass bit 31.
                commas |= (ulong)Vector256.Equals(units, Vector256.Create((ushort)',')).ExtractMostSignificantBits() << shift;
                equalSigns |= (ulong)Vector256.Equals(units, Vector256.Create((ushort)'=')).ExtractMostSignificantBits() << shift;
                lineFeeds |= Vector256.Equals(units, Vector256.Create((ushort)'\n')).ExtractMostSignificantBits();
            }
        }
        else
        {
            for (int at = 0; at < length; at++)
            {
                ushort unit = Unsafe.Add(ref text, at);
                commas |= (unit == ',' ? 1UL : 0) << at;
                equalSigns |= (unit == '=' ? 1UL : 0) << at;
                lineFeeds |= unit == '\n' ? 1UL : 0;
            }
        }

        return (commas, equalSigns, lineFeeds);
    }

    // 32 characters from `at` as 32 bytes in order: the pack works within each 128-bit lane, the permute
    // puts the lanes in order.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<byte> Narrow(ref ushort text, int at)
    {
        var packed = Avx2.PackUnsignedSaturate(
            Vector256.LoadUnsafe(ref text, (nuint)at).AsInt16(), Vector256.LoadUnsafe(ref text, (nuint)(at + 16)).AsInt16());
        return Avx2.Permute4x64(packed.AsUInt64(), 0b11_01_10_00).AsByte();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mask(Vector256<byte> bytes, char separator)
        => Vector256.Equals(bytes, Vector256.Create((byte)separator)).ExtractMostSignificantBits();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mask(Vector512<ushort> units, char separator)
        => Vector512.Equals(units, Vector512.Create((ushort)separator)).ExtractMostSignificantBits();
}
