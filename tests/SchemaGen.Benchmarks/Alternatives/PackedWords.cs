using System.Runtime.CompilerServices;

namespace SchemaGen.Benchmarks.Alternatives;

/// <summary>
/// What the hand-written parsers share: short words of UTF-16 text read as one 64-bit integer (up to four units), so
/// that a word compares with one instruction, and PVE's boolean words read that way.
/// </summary>
internal static class PackedWords
{
    private static readonly ulong On = Word("on"), No = Word("no"), Off = Word("off"), Yes = Word("yes");
    private static readonly ulong True = Word("true"), FalseHead = Word("fals");

    /// <summary>
    /// PVE's parse_boolean on a whole value of <paramref name="length"/> units: 1|on|yes|true and 0|off|no|false, ASCII
    /// letters in any case. Setting bit 5 of each unit lowercases a letter and makes no other character a letter.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool ReadBoolean(ref ushort raw, int length, out bool value)
    {
        const ulong Lower = 0x0020_0020_0020_0020; // bit 5 of each of four units; of the first two or three below
        switch (length)
        {
            case 1:
                value = raw == '1';
                return value || raw == '0';
            case 2:
                ulong two = Read2(ref raw) | (Lower & 0xFFFF_FFFF);
                value = two == On;
                return value || two == No;
            case 3:
                ulong three = Read3(ref raw) | (Lower & 0xFFFF_FFFF_FFFF);
                value = three == Yes;
                return value || three == Off;
            case 4:
                value = true;
                return (Read4(ref raw) | Lower) == True;
            case 5:
                value = false;
                return (Read4(ref raw) | Lower) == FalseHead && (Unsafe.Add(ref raw, 4) | 0x20) == 'e';
            default:
                value = false;
                return false;
        }
    }

    /// <summary>Two units as the integer <see cref="Word"/> makes of them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Read2(ref ushort text) => Unsafe.ReadUnaligned<uint>(ref Unsafe.As<ushort, byte>(ref text));

    /// <summary>Three units as the integer <see cref="Word"/> makes of them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Read3(ref ushort text) => Read2(ref text) | ((ulong)Unsafe.Add(ref text, 2) << 32);

    /// <summary>Four units as the integer <see cref="Word"/> makes of them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Read4(ref ushort text) => Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<ushort, byte>(ref text));

    /// <summary>Up to four ASCII characters as one integer, the first in the lowest 16 bits.</summary>
    public static ulong Word(string ascii)
    {
        ulong word = 0;
        for (int i = 0; i < ascii.Length; i++)
        {
            word |= (ulong)ascii[i] << (16 * i);
        }

        return word;
    }
}
