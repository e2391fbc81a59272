using System.Buffers;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
