using System.Buffers;
using System.ComponentModel;

namespace SchemaGen.Runtime;

/// <summary>Helpers for the generated <c>ToString</c>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class PropertyStringFormatting
{
    /// <summary>
    /// Formats <paramref name="value"/> into a new string: on the stack when it fits, else in a
    /// pooled buffer that grows until it does. Only the string itself is allocated.
    /// </summary>
    public static string ToString<T>(in T value)
        where T : ISpanFormattable
    {
        Span<char> buffer = stackalloc char[256];
        if (value.TryFormat(buffer, out int written, default, null))
        {
            return new string(buffer[..written]);
        }

        for (int size = 1024; ; size *= 2)
        {
            var rented = ArrayPool<char>.Shared.Rent(size);
            try
            {
                if (value.TryFormat(rented, out written, default, null))
                {
                    return new string(rented, 0, written);
                }
            }
            finally
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Whether a string value of the default key can be printed bare: a bare part with <c>=</c>
    /// would read back as <c>key=value</c>, and a blank one would be skipped.
    /// </summary>
    public static bool CanWriteBare(string value)
        => !value.Contains('=') && !string.IsNullOrWhiteSpace(value);

    /// <summary>
    /// Whether a string value survives a round trip through a property string: it may not be empty
    /// nor hold <c>,</c> (which would split it) or a line feed (which PVE's value pattern refuses).
    /// </summary>
    public static bool IsRepresentable(string value)
        => value.Length > 0 && value.AsSpan().IndexOfAny(',', '\n') < 0;
}
