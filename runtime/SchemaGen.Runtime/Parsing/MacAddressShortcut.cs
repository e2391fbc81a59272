using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SchemaGen.Runtime;

/// <summary>
/// The usual <c>mac-addr</c> value (<c>BC:24:11:2D:3E:4F</c>) recognised where it lies, UTF-16 or
/// UTF-8, by one comparison of sixteen bytes. It answers true only for a value that
/// <see cref="NetworkAddresses.IsUnicastMac"/> accepts; false says only "ask that check", which
/// decides and words PVE's error. So the common value skips the format switch, and in UTF-8 the
/// widening to characters that the shared checks need.
/// </summary>
internal static class MacAddressShortcut
{
    private const int Length = 17;

    // The places of the five colons among the first sixteen; every other place holds a hex digit.
    private static readonly Vector128<byte> ColonPlaces = Vector128.Create(
        (byte)0, 0, 0xFF, 0, 0, 0xFF, 0, 0, 0xFF, 0, 0, 0xFF, 0, 0, 0xFF, 0);

    /// <summary>Whether <paramref name="text"/> is certainly a unicast MAC address as PVE's pattern reads it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsUnicast<TChar>(ReadOnlySpan<TChar> text)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        if (text.Length != Length)
        {
            return false;
        }

        Vector128<byte> first;
        uint last;
        if (typeof(TChar) == typeof(char))
        {
            // A character beyond ASCII narrows to a byte that is neither a hex digit nor a colon.
            ref ushort units = ref Unsafe.As<TChar, ushort>(ref MemoryMarshal.GetReference(text));
            first = AsciiNarrowing.Sixteen(Vector128.LoadUnsafe(ref units), Vector128.LoadUnsafe(ref units, 8));
            last = Unsafe.Add(ref units, Length - 1);
        }
        else
        {
            ref byte bytes = ref Unsafe.As<TChar, byte>(ref MemoryMarshal.GetReference(text));
            first = Vector128.LoadUnsafe(ref bytes);
            last = Unsafe.Add(ref bytes, Length - 1);
        }

        // Hex digits by two ranges: 0-9 as they are, a-f after setting the case bit (which maps A-F
        // and nothing else onto a-f).
        var digit = Vector128.LessThan(first - Vector128.Create((byte)'0'), Vector128.Create((byte)10));
        var letter = Vector128.LessThan((first | Vector128.Create((byte)0x20)) - Vector128.Create((byte)'a'), Vector128.Create((byte)6));
        var colon = Vector128.Equals(first, Vector128.Create((byte)':'));
        var wanted = Vector128.ConditionalSelect(ColonPlaces, colon, digit | letter);
        if (wanted != Vector128<byte>.AllBitsSet || !AsciiClass.IsHexDigit((char)last))
        {
            return false;
        }

        // The second digit even keeps the I/G (multicast) bit clear. Its value's low bit is the
        // byte's own for 0-9 and the opposite of it for a-f ('a' is 0x61 and 10).
        uint second = first.GetElement(1);
        return ((second ^ (second > '9' ? 1u : 0u)) & 1) == 0;
    }
}
