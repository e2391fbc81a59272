using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SchemaGen.Runtime;

/// <summary>
/// Checks a raw value against one of PVE's named formats and reports PVE's error, for UTF-16 and
/// UTF-8 input: the generated per-key readers call it. UTF-16 is checked where it lies; only UTF-8
/// is widened, in a method of its own, so that its buffer is set up (and zeroed) only when the input
/// is UTF-8 and never lands in the frame of the parser that inlines a reader: short ASCII, the usual
/// value, into 32 characters on the stack, anything else through a <see cref="Utf16Scratch"/>. A MAC
/// address, a bridge or a volume ID of the usual form is taken in either encoding before any of that
/// (<see cref="MacAddressShortcut"/>, <see cref="IdentifierShortcut"/>).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class NamedFormatReader
{
    /// <summary>
    /// Whether <paramref name="raw"/> passes <paramref name="format"/> (each element of it when
    /// <paramref name="isList"/>); if not, reports PVE's message for <paramref name="key"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Check<TChar>(PveFormat format, bool isList, string key, ReadOnlySpan<TChar> raw, int offset,
        ref PropertyStringError error)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        if (!isList && IsCertainlyValid(format, raw))
        {
            return true;
        }

        return typeof(TChar) == typeof(char)
            ? Check(format, isList, key, MemoryMarshal.Cast<TChar, char>(raw), raw, offset, ref error)
            : CheckUtf8(format, isList, key, raw, offset, ref error);
    }

    // The usual value of a common format, taken where it lies in either encoding; false asks the full check. The
    // format is a constant where a generated reader inlines this, so a reader keeps only its own format's test.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsCertainlyValid<TChar>(PveFormat format, ReadOnlySpan<TChar> raw)
        where TChar : unmanaged, IBinaryInteger<TChar>
        => format switch
        {
            PveFormat.MacAddr => MacAddressShortcut.IsUnicast(raw),
            PveFormat.PveBridgeId => IdentifierShortcut.IsBridgeId(raw),
            PveFormat.PveVolumeId or PveFormat.PveVolumeIdOrQmPath or PveFormat.PveVolumeIdOrAbsolutePath
                => IdentifierShortcut.IsVolumeId(raw),
            _ => false,
        };

    /// <summary>
    /// Reads a <c>disk-size</c> value into bytes: PVE's format check first (with its message), then a
    /// size that a <see cref="long"/> cannot hold is refused with <see cref="PropertyStringError.DiskSizeOutOfRange"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryReadDiskSize<TChar>(string key, ReadOnlySpan<TChar> raw, int offset, out long bytes,
        ref PropertyStringError error)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        return typeof(TChar) == typeof(char)
            ? TryReadDiskSize(key, MemoryMarshal.Cast<TChar, char>(raw), raw, offset, out bytes, ref error)
            : TryReadDiskSizeUtf8(key, raw, offset, out bytes, ref error);
    }

    private static bool Check<TChar>(PveFormat format, bool isList, string key, ReadOnlySpan<char> chars, ReadOnlySpan<TChar> raw,
        int offset, ref PropertyStringError error)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        int subjectStart, subjectLength;
        string? message = isList
            ? PveFormats.CheckList(format, chars, out subjectStart, out subjectLength)
            : PveFormats.Check(format, chars, out subjectStart, out subjectLength);
        if (message is null)
        {
            return true;
        }

        PropertyStringError.ReportFormat(ref error, key, message, offset, raw, chars, subjectStart, subjectLength);
        return false;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool CheckUtf8<TChar>(PveFormat format, bool isList, string key, ReadOnlySpan<TChar> raw, int offset,
        ref PropertyStringError error)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        // Short ASCII, the usual value (a MAC address, a bridge, a volume ID), is widened on the spot.
        var bytes = MemoryMarshal.Cast<TChar, byte>(raw);
        if (bytes.Length <= Utf16Scratch.ShortLength)
        {
            Span<char> chars = stackalloc char[Utf16Scratch.ShortLength];
            if (Utf16Scratch.TryWidenShortAscii(bytes, chars))
            {
                return Check(format, isList, key, chars[..bytes.Length], raw, offset, ref error);
            }
        }

        return CheckDecoded(format, isList, key, raw, offset, ref error);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool CheckDecoded<TChar>(PveFormat format, bool isList, string key, ReadOnlySpan<TChar> raw, int offset,
        ref PropertyStringError error)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        var scratch = new Utf16Scratch();
        bool valid = Check(format, isList, key, scratch.AsChars(raw), raw, offset, ref error);
        scratch.Dispose();
        return valid;
    }

    private static bool TryReadDiskSize<TChar>(string key, ReadOnlySpan<char> chars, ReadOnlySpan<TChar> raw, int offset,
        out long bytes, ref PropertyStringError error)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        // A size that reads is of PVE's syntax, so the format check runs only to find which error it is.
        if (DiskSize.TryParse(chars, out bytes))
        {
            return true;
        }

        if (!Check(PveFormat.DiskSize, isList: false, key, chars, raw, offset, ref error))
        {
            return false;
        }

        // A size PVE accepts but a long cannot hold (2^63 bytes or more).
        PropertyStringError.ReportFormat(ref error, key, PropertyStringError.DiskSizeOutOfRange, offset, raw, chars, 0, chars.Length);
        return false;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TryReadDiskSizeUtf8<TChar>(string key, ReadOnlySpan<TChar> raw, int offset, out long bytes,
        ref PropertyStringError error)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        var utf8 = MemoryMarshal.Cast<TChar, byte>(raw);
        if (utf8.Length <= Utf16Scratch.ShortLength)
        {
            Span<char> chars = stackalloc char[Utf16Scratch.ShortLength];
            if (Utf16Scratch.TryWidenShortAscii(utf8, chars))
            {
                return TryReadDiskSize(key, chars[..utf8.Length], raw, offset, out bytes, ref error);
            }
        }

        return TryReadDiskSizeDecoded(key, raw, offset, out bytes, ref error);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TryReadDiskSizeDecoded<TChar>(string key, ReadOnlySpan<TChar> raw, int offset, out long bytes,
        ref PropertyStringError error)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        var scratch = new Utf16Scratch();
        bool valid = TryReadDiskSize(key, scratch.AsChars(raw), raw, offset, out bytes, ref error);
        scratch.Dispose();
        return valid;
    }
}
