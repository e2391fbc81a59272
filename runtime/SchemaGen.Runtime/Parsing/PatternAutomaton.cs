using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace SchemaGen.Runtime;

/// <summary>
/// Runs a key's pattern that the generator compiled at build time into the tables of a deterministic
/// automaton: a value is matched in one pass, a table lookup a character, with no <c>Regex</c> built
/// or interpreted. The tables and what they hold are the generator's; their layout is this.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class PatternAutomaton
{
    /// <summary>
    /// Whether the whole of <paramref name="value"/> (UTF-16 or UTF-8) matches. <paramref name="classes"/> gives the
    /// class of each <see cref="PatternAlphabet"/> symbol; <paramref name="next"/> has a row of <paramref name="width"/>
    /// bytes a state: the state after each class, then non-zero where the value may end. State 0 matches nothing any
    /// more; a value starts in state 1.
    /// </summary>
    public static bool IsMatch<TChar>(ReadOnlySpan<TChar> value, ReadOnlySpan<byte> classes, ReadOnlySpan<byte> next, int width)
        where TChar : unmanaged, IBinaryInteger<TChar>
        => typeof(TChar) == typeof(char)
            ? IsMatch(MemoryMarshal.Cast<TChar, char>(value), classes, next, width)
            : IsMatch(MemoryMarshal.Cast<TChar, byte>(value), classes, next, width);

    private static bool IsMatch(ReadOnlySpan<char> value, ReadOnlySpan<byte> classes, ReadOnlySpan<byte> next, int width)
    {
        int state = 1;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c >= 128)
            {
                // Out of line, so that no call in this loop makes the JIT keep its variables on the stack.
                return IsMatchBeyondAscii(value, i, state, classes, next, width);
            }

            state = next[state * width + classes[c]];
            if (state == 0)
            {
                return false;
            }
        }

        return next[state * width + width - 1] != 0;
    }

    /// <summary>The rest of a UTF-16 value from <paramref name="start"/>, where a character beyond ASCII stands.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsMatchBeyondAscii(ReadOnlySpan<char> value, int start, int state, ReadOnlySpan<byte> classes,
        ReadOnlySpan<byte> next, int width)
    {
        foreach (char c in value[start..])
        {
            state = next[state * width + classes[PatternAlphabet.Of(c)]];
            if (state == 0)
            {
                return false;
            }
        }

        return next[state * width + width - 1] != 0;
    }

    /// <summary>
    /// UTF-8 read as it lies: a byte below 0x80 is its own symbol; beyond, each character is decoded as
    /// <see cref="Utf16Scratch"/> would widen it, so the answer is the UTF-16 one.
    /// </summary>
    private static bool IsMatch(ReadOnlySpan<byte> value, ReadOnlySpan<byte> classes, ReadOnlySpan<byte> next, int width)
    {
        int state = 1;
        for (int i = 0; i < value.Length; i++)
        {
            byte b = value[i];
            if (b >= 0x80)
            {
                return IsMatchBeyondAscii(value, i, state, classes, next, width);
            }

            state = next[state * width + classes[b]];
            if (state == 0)
            {
                return false;
            }
        }

        return next[state * width + width - 1] != 0;
    }

    /// <summary>
    /// The rest of a UTF-8 value from <paramref name="start"/>, where a byte beyond ASCII stands: an invalid
    /// sequence as U+FFFD, a character beyond the BMP as two UTF-16 code units (neither a digit nor white space).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsMatchBeyondAscii(ReadOnlySpan<byte> value, int start, int state, ReadOnlySpan<byte> classes,
        ReadOnlySpan<byte> next, int width)
    {
        for (int i = start; i < value.Length;)
        {
            Rune.DecodeFromUtf8(value[i..], out var rune, out int consumed);
            i += consumed;
            if (rune.IsBmp)
            {
                state = next[state * width + classes[PatternAlphabet.Of((char)rune.Value)]];
            }
            else
            {
                int surrogate = classes[PatternAlphabet.OtherNonAscii];
                state = next[next[state * width + surrogate] * width + surrogate];
            }

            if (state == 0)
            {
                return false;
            }
        }

        return next[state * width + width - 1] != 0;
    }
}
