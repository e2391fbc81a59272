using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SchemaGen.Runtime;

/// <summary>
/// The usual <c>pve-bridge-id</c> (<c>vmbr0</c>) and <c>pve-volume-id</c> (<c>local-lvm:vm-100-disk-0</c>)
/// values recognised where they lie, UTF-16 or UTF-8, one element at a time against a set of ASCII
/// characters. Each answers true only for a value that <see cref="Identifiers"/>' own check accepts;
/// false says only "ask that check", which decides and words PVE's error. So the common value skips
/// the format switch, and in UTF-8 the widening to characters that the shared checks need.
/// </summary>
internal static class IdentifierShortcut
{
    // [-_.a-zA-Z0-9], a bridge ID's characters (\w as ASCII, '-' and '.') and a storage ID's (a letter or
    // digit, '-', '_' or '.'), as the two halves of a 128-bit set: characters below 64, then from 64 on.
    private const ulong IdentifierLow = (0x3FFUL << '0') | (1UL << '-') | (1UL << '.');
    private const ulong IdentifierHigh = (0x3FF_FFFFUL << ('A' - 64)) | (1UL << ('_' - 64)) | (0x3FF_FFFFUL << ('a' - 64));

    /// <summary>Whether <paramref name="text"/> is certainly a <c>pve-bridge-id</c>: <c>^[-_.\w\d]+$</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsBridgeId<TChar>(ReadOnlySpan<TChar> text)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        ref TChar first = ref MemoryMarshal.GetReference(text);
        for (int i = 0; i < text.Length; i++)
        {
            if (!IsIdentifierCharacter(At(ref first, i)))
            {
                return false;
            }
        }

        return !text.IsEmpty;
    }

    /// <summary>
    /// Whether <paramref name="text"/> is certainly a <c>pve-volume-id</c>: a storage ID
    /// (<c>[a-z][a-z0-9\-\_\.]*[a-z0-9]</c>, either case), a colon, and a volume name of ASCII
    /// without a line feed (beyond ASCII the full check decides).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsVolumeId<TChar>(ReadOnlySpan<TChar> text)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        ref TChar first = ref MemoryMarshal.GetReference(text);
        int length = text.Length;

        // The storage ID ends at the first colon, which it cannot hold; its first character is a letter.
        if (length == 0 || !IsLetter(At(ref first, 0)))
        {
            return false;
        }

        int colon = 1;
        while (true)
        {
            if (colon == length)
            {
                return false;
            }

            uint c = At(ref first, colon);
            if (c == ':')
            {
                break;
            }

            if (!IsIdentifierCharacter(c))
            {
                return false;
            }

            colon++;
        }

        // Two characters at least, the last a letter or digit; then a volume name of one character or more.
        uint last = At(ref first, colon - 1);
        if (colon < 2 || !(IsLetter(last) || last - '0' <= 9) || colon + 1 == length)
        {
            return false;
        }

        for (int i = colon + 1; i < length; i++)
        {
            uint c = At(ref first, i);
            if (c == '\n' || c >= 0x80)
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint At<TChar>(ref TChar first, int index)
        where TChar : unmanaged, IBinaryInteger<TChar>
        => uint.CreateTruncating(Unsafe.Add(ref first, index));

    // A shift of a 64-bit word takes its count modulo 64, so the upper half is shifted by the character itself.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsIdentifierCharacter(uint c)
        => c < 128 && (((c < 64 ? IdentifierLow : IdentifierHigh) >> (int)c) & 1) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLetter(uint c) => (c | 0x20) - 'a' <= 'z' - 'a';
}
