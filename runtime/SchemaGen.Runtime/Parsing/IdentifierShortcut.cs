using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SchemaGen.Runtime;

/// <summary>
/// The usual <c>pve-bridge-id</c> (<c>vmbr0</c>) and <c>pve-volume-id</c> (<c>local-lvm:vm-100-disk-0</c>)
/// values recognised where they lie, UTF-16 or UTF-8, one element at a time against the set of
/// characters the rules share (<see cref="AsciiClass.IsIdentifierCharacter"/>). Each answers true only
/// for a value that <see cref="Identifiers"/>' own check accepts; false says only "ask that check",
/// which decides and words PVE's error. So the common value skips the format switch, and in UTF-8 the
/// widening to characters that the shared checks need. (An element is at most U+FFFF, so it reads as
/// the <see cref="char"/> the shared classes take.)
/// </summary>
internal static class IdentifierShortcut
{
    /// <summary>Whether <paramref name="text"/> is certainly a <c>pve-bridge-id</c>: <c>^[-_.\w\d]+$</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsBridgeId<TChar>(ReadOnlySpan<TChar> text)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        ref TChar first = ref MemoryMarshal.GetReference(text);
        for (int i = 0; i < text.Length; i++)
        {
            if (!AsciiClass.IsIdentifierCharacter(At(ref first, i)))
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
        if (length == 0 || !AsciiClass.IsLetter((char)At(ref first, 0)))
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

            if (!AsciiClass.IsIdentifierCharacter(c))
            {
                return false;
            }

            colon++;
        }

        // Two characters at least, the last a letter or digit; then a volume name of one character or more.
        if (colon < 2 || !AsciiClass.IsLetterOrDigit((char)At(ref first, colon - 1)) || colon + 1 == length)
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
}
