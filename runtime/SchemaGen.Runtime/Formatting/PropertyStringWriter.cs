using System.Buffers;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;

namespace SchemaGen.Runtime;

/// <summary>
/// Writes a property string into a caller's buffer, as UTF-16 (<see cref="char"/>) or UTF-8
/// (<see cref="byte"/>). Every call returns false once the buffer is too small; nothing allocates.
/// </summary>
/// <remarks>
/// Every method but <c>Key</c> (which a printer calls only for a default key that is a string) is in line or hands
/// its work to a static method over the rest of the buffer, so that a printer never passes the writer by reference
/// and keeps its count in a register (through a reference, every key read the count from memory and wrote it back).
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct PropertyStringWriter<TChar>
    where TChar : unmanaged, IBinaryInteger<TChar>
{
    private readonly Span<TChar> _destination;
    private int _written;

    /// <summary>Starts writing at the beginning of <paramref name="destination"/>.</summary>
    public PropertyStringWriter(Span<TChar> destination) => _destination = destination;

    /// <summary>
    /// Goes on writing into <paramref name="destination"/> after the first <paramref name="written"/> elements: a
    /// generated static method's writer, given another's <see cref="Destination"/> and <see cref="Written"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="written"/> is negative or beyond the destination.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PropertyStringWriter(Span<TChar> destination, int written)
    {
        if ((uint)written > (uint)destination.Length)
        {
            ThrowWrittenOutOfRange();
        }

        _destination = destination;
        _written = written;
    }

    /// <summary>How many chars or bytes were written so far.</summary>
    public readonly int Written => _written;

    /// <summary>The whole buffer written into, for a static method to go on writing in (see <see cref="Continue"/>).</summary>
    public readonly Span<TChar> Destination => _destination;

    /// <summary>
    /// Takes up after a static method that wrote into <see cref="Destination"/> from <see cref="Written"/> on:
    /// <paramref name="written"/> is its new count, or -1 when what it wrote did not fit, for which this answers false.
    /// So a printer hands such a method its buffer, not itself by reference, and keeps its count in a register.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="written"/> is beyond the destination.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Continue(int written)
    {
        if (written < 0)
        {
            return false;
        }

        if (written > _destination.Length)
        {
            ThrowWrittenOutOfRange();
        }

        _written = written;
        return true;
    }

    [DoesNotReturn]
    private static void ThrowWrittenOutOfRange()
        => throw new ArgumentOutOfRangeException("written", "A writer's count is within its destination.");

    /// <summary>Writes <c>,</c> unless nothing was written yet.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Separator() => _written == 0 || Char(',');

    /// <summary>Writes <c>key=</c>.</summary>
    public bool Key(string key) => Text(key) && Char('=');

    /// <summary>
    /// Writes <c>key=</c> for a key given as a string and as a <c>"..."u8</c> literal: UTF-8 output
    /// copies the literal's bytes instead of transcoding the string.
    /// </summary>
    public bool Key(string key, ReadOnlySpan<byte> utf8Key) => Text(key, utf8Key) && Char('=');

    /// <summary>
    /// Writes <c>,key=</c> (no comma when nothing was written yet) for a key given as a string and as
    /// a <c>"..."u8</c> literal: one bounds check, and a copy the JIT unrolls for the literal.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Entry(string key, ReadOnlySpan<byte> utf8Key)
    {
        if (typeof(TChar) != typeof(char) && utf8Key.Length != key.Length)
        {
            // One static call: Key(key) would take the writer by reference even where this branch folds away, and more
            // code here would count against the inlining budget of a printer of many keys.
            int end = EntryTranscoded(_destination, _written, key);
            return end >= 0 && Advance(end - _written);
        }

        int comma = _written == 0 ? 0 : 1;
        var rest = _destination[_written..];
        if (rest.Length < comma + key.Length + 1)
        {
            return false;
        }

        if (comma != 0)
        {
            rest[0] = Unit(',');
        }

        if (typeof(TChar) == typeof(char))
        {
            key.AsSpan().CopyTo(MemoryMarshal.Cast<TChar, char>(rest[comma..]));
        }
        else
        {
            utf8Key.CopyTo(MemoryMarshal.Cast<TChar, byte>(rest[comma..]));
        }

        rest[comma + key.Length] = Unit('=');
        _written += comma + key.Length + 1;
        return true;
    }

    /// <summary>
    /// Writes a text given as a string and as its <c>"..."u8</c> literal (see <see cref="Key(string, ReadOnlySpan{byte})"/>).
    /// When the two differ in length (a text that is not ASCII, or no literal at all), the string is transcoded.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Text(string text, ReadOnlySpan<byte> utf8Text)
    {
        if (typeof(TChar) != typeof(char) && utf8Text.Length != text.Length)
        {
            return Text(text);
        }

        // A length test and a copy, as Entry's: of a literal's constant length, so the JIT writes it in a move or two.
        var rest = _destination[_written..];
        if (rest.Length < text.Length)
        {
            return false;
        }

        if (typeof(TChar) == typeof(char))
        {
            text.AsSpan().CopyTo(MemoryMarshal.Cast<TChar, char>(rest));
        }
        else
        {
            utf8Text.CopyTo(MemoryMarshal.Cast<TChar, byte>(rest));
        }

        _written += text.Length;
        return true;
    }

    /// <summary>Writes a text (a key, an enum value, a string value).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Text(string text)
    {
        // The work out of line, on the destination's rest: a call that took the writer by reference would keep it in
        // memory for the whole printer, every count read and written back there.
        return Advance(TextInto(_destination[_written..], text));
    }

    // Writes ",key=" (no comma first) after written, the key transcoded; where the entry ends, or -1 when it does not fit.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int EntryTranscoded(Span<TChar> destination, int written, string key)
    {
        var writer = new PropertyStringWriter<TChar>(destination) { _written = written };
        return writer.Separator() && writer.Text(key) && writer.Char('=') ? writer._written : -1;
    }

    // Writes text into rest; how many elements, or -1 when it does not fit.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int TextInto(Span<TChar> rest, string text)
    {
        if (typeof(TChar) == typeof(char))
        {
            return text.AsSpan().TryCopyTo(MemoryMarshal.Cast<TChar, char>(rest)) ? text.Length : -1;
        }

        // ASCII, the usual value (a MAC address, a bridge, a volume ID), by the plain narrowing, which costs
        // less than the transcoder's own ASCII path; anything else transcoded from the start.
        var bytes = MemoryMarshal.Cast<TChar, byte>(rest);
        return Ascii.FromUtf16(text, bytes, out int written) == OperationStatus.Done
            || Utf8.FromUtf16(text, bytes, out _, out written) == OperationStatus.Done
            ? written
            : -1;
    }

    /// <summary>Writes the <c>=</c> between a key and its value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool EqualsSign() => Char('=');

    /// <summary>Writes a boolean the way PVE prints it: <c>1</c> or <c>0</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Boolean(bool value) => Char(value ? '1' : '0');

    /// <summary>Writes an integer canonically (no sign for positives, no leading zeros).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Integer<T>(T value)
        where T : IBinaryInteger<T> => Advance(FormattableInto(_destination[_written..], value, default));

    /// <summary>Writes a size in bytes as PVE's <c>format_size</c> does (<c>540672</c> as <c>528K</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool DiskSize(long bytes) => Advance(DiskSizeInto(_destination[_written..], bytes));

    /// <summary>Writes a number in the shortest form that reads back to the same value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Number(double value) => Advance(FormattableInto(_destination[_written..], value, "R"));

    // Counts what a static writer below wrote, or answers false for its -1 (it did not fit).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Advance(int written)
    {
        if (written < 0)
        {
            return false;
        }

        _written += written;
        return true;
    }

    private static int DiskSizeInto(Span<TChar> rest, long bytes)
    {
        int written;
        bool ok = typeof(TChar) == typeof(char)
            ? SchemaGen.DiskSize.TryFormat(bytes, MemoryMarshal.Cast<TChar, char>(rest), out written)
            : SchemaGen.DiskSize.TryFormat(bytes, MemoryMarshal.Cast<TChar, byte>(rest), out written);
        return ok ? written : -1;
    }

    private static int FormattableInto<T>(Span<TChar> rest, T value, ReadOnlySpan<char> format)
        where T : ISpanFormattable, IUtf8SpanFormattable
    {
        int written;
        bool ok = typeof(TChar) == typeof(char)
            ? value.TryFormat(MemoryMarshal.Cast<TChar, char>(rest), out written, format, CultureInfo.InvariantCulture)
            : value.TryFormat(MemoryMarshal.Cast<TChar, byte>(rest), out written, format, CultureInfo.InvariantCulture);
        return ok ? written : -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Char(char c)
    {
        if (_written >= _destination.Length)
        {
            return false;
        }

        _destination[_written++] = Unit(c);
        return true;
    }

    // An ASCII character as one code unit. (TChar.CreateTruncating would do, but for bytes the JIT leaves it
    // a call through generic math's conversion checks.)
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TChar Unit(char ascii)
        => typeof(TChar) == typeof(char) ? Unsafe.BitCast<char, TChar>(ascii) : Unsafe.BitCast<byte, TChar>((byte)ascii);
}
