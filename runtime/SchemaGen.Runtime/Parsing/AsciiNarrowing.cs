using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace SchemaGen.Runtime;

/// <summary>
/// Eight UTF-16 characters to eight bytes by vector instructions: an ASCII character to itself, any other
/// to a byte that is not ASCII or is 0, which no ASCII text without NUL holds. So a key (<see cref="PackedKey"/>)
/// or a pooled value's hash (<see cref="StringPool"/>) reads the same from UTF-16 as from UTF-8 for ASCII,
/// at the cost of one instruction for eight characters instead of a mask and shifts for each four.
/// </summary>
internal static class AsciiNarrowing
{
    /// <summary>Eight characters to eight bytes, the first character in the lowest byte.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Eight(Vector128<ushort> units)
    {
        if (Sse2.IsSupported)
        {
            // Signed saturation: a character of 0x80-0xFF stays itself, 0x100-0x7FFF becomes 0xFF,
            // 0x8000 and above (negative to it) 0.
            return Sse2.PackUnsignedSaturate(units.AsInt16(), units.AsInt16()).AsUInt64().ToScalar();
        }

        return EightPortable(units);
    }

    /// <summary>Sixteen characters to sixteen bytes, <paramref name="lower"/>'s first character in the first byte.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> Sixteen(Vector128<ushort> lower, Vector128<ushort> upper)
    {
        if (Sse2.IsSupported)
        {
            return Sse2.PackUnsignedSaturate(lower.AsInt16(), upper.AsInt16());
        }

        return SixteenPortable(lower, upper);
    }

    /// <summary>Elsewhere (Arm64): a character beyond ASCII capped at 0x80, then every character's low byte.</summary>
    internal static ulong EightPortable(Vector128<ushort> units)
        => SixteenPortable(units, units).AsUInt64().ToScalar();

    /// <summary>As <see cref="EightPortable"/>, for sixteen characters.</summary>
    internal static Vector128<byte> SixteenPortable(Vector128<ushort> lower, Vector128<ushort> upper)
    {
        var cap = Vector128.Create((ushort)0x80);
        return Vector128.Narrow(Vector128.Min(lower, cap), Vector128.Min(upper, cap));
    }
}
