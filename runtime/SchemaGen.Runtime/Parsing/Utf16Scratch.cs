using System.Buffers;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Unicode;

namespace SchemaGen.Runtime;

/// <summary>
/// Gives UTF-16 text to code that only takes <see cref="char"/>s (a <c>Regex</c>, a custom format
/// method) when the input is UTF-8, without allocating: short values are decoded on the stack,
/// long ones into a pooled array. For UTF-16 input it hands the input back untouched.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct Utf16Scratch
{
    private StackBuffer _stack;
    private char[]? _rented;

    /// <summary>The value as UTF-16 (invalid UTF-8 becomes U+FFFD).</summary>
    [UnscopedRef]
    public ReadOnlySpan<char> AsChars<TChar>(ReadOnlySpan<TChar> text)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        if (typeof(TChar) == typeof(char))
        {
            return MemoryMarshal.Cast<TChar, char>(text);
        }

        var bytes = MemoryMarshal.Cast<TChar, byte>(text);
        Span<char> destination = _stack;
        if (bytes.Length > destination.Length)
        {
            _rented ??= ArrayPool<char>.Shared.Rent(bytes.Length);
            if (_rented.Length < bytes.Length)
            {
                ArrayPool<char>.Shared.Return(_rented);
                _rented = ArrayPool<char>.Shared.Rent(bytes.Length);
            }

            destination = _rented;
        }

        return destination[..Decode(bytes, destination)];
    }

    /// <summary>
    /// Decodes <paramref name="bytes"/> into <paramref name="destination"/>, which must hold as many
    /// characters as there are bytes (a UTF-8 byte never decodes to more than one UTF-16 code unit);
    /// invalid sequences become U+FFFD, as <see cref="System.Text.Encoding.UTF8"/> makes them. ASCII,
    /// the usual case, is widened without the decoder's overhead.
    /// </summary>
    internal static int Decode(ReadOnlySpan<byte> bytes, Span<char> destination)
    {
        if (Ascii.ToUtf16(bytes, destination, out int written) != OperationStatus.Done)
        {
            Utf8.ToUtf16(bytes, destination, out _, out written, replaceInvalidSequences: true);
        }

        return written;
    }

    /// <summary>The longest UTF-8 value <see cref="TryWidenShortAscii"/> takes.</summary>
    internal const int ShortLength = 32;

    /// <summary>
    /// Widens <paramref name="bytes"/>, at most <see cref="ShortLength"/> of them, into
    /// <paramref name="destination"/>, which holds at least <see cref="ShortLength"/> characters; false
    /// when a byte is not ASCII (nothing is then promised of the destination). The usual named-format
    /// value is short ASCII, for which <see cref="Decode"/>'s general code (and the 256-byte buffer of a
    /// scratch, zeroed on every use) cost more than the check itself: here it is two overlapping loads.
    /// </summary>
    internal static bool TryWidenShortAscii(ReadOnlySpan<byte> bytes, Span<char> destination)
    {
        ref byte source = ref MemoryMarshal.GetReference(bytes);
        ref ushort target = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(destination));
        int length = bytes.Length;
        if (Vector128.IsHardwareAccelerated && length >= Vector128<byte>.Count)
        {
            // The first sixteen bytes and the last sixteen, which overlap unless the value is 32 long.
            var head = Vector128.LoadUnsafe(ref source);
            var tail = Vector128.LoadUnsafe(ref source, (nuint)(length - Vector128<byte>.Count));
            if (((head | tail) & Vector128.Create((byte)0x80)) != Vector128<byte>.Zero)
            {
                return false;
            }

            var (headLow, headHigh) = Vector128.Widen(head);
            var (tailLow, tailHigh) = Vector128.Widen(tail);
            headLow.StoreUnsafe(ref target);
            headHigh.StoreUnsafe(ref target, (nuint)Vector128<ushort>.Count);
            tailLow.StoreUnsafe(ref target, (nuint)(length - Vector128<byte>.Count));
            tailHigh.StoreUnsafe(ref target, (nuint)(length - Vector128<ushort>.Count));
            return true;
        }

        for (int i = 0; i < length; i++)
        {
            byte b = Unsafe.Add(ref source, i);
            if (b >= 0x80)
            {
                return false;
            }

            Unsafe.Add(ref target, i) = b;
        }

        return true;
    }

    /// <summary>Returns the pooled array, if one was needed.</summary>
    public void Dispose()
    {
        if (_rented is not null)
        {
            ArrayPool<char>.Shared.Return(_rented);
            _rented = null;
        }
    }

    // 128 characters hold every usual value (volume IDs, paths, addresses) while keeping the buffer that
    // every use zeroes small; a longer UTF-8 value is decoded into a pooled array.
    [InlineArray(128)]
    private struct StackBuffer
    {
        private char _element;
    }
}
