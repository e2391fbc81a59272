using System.ComponentModel;

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
    /// Whether the whole of <paramref name="value"/> matches. <paramref name="classes"/> gives the class
    /// of each <see cref="PatternAlphabet"/> symbol; <paramref name="next"/> has a row of
    /// <paramref name="width"/> bytes a state: the state after each class, then non-zero where the
    /// value may end. State 0 matches nothing any more; a value starts in state 1.
    /// </summary>
    public static bool IsMatch(ReadOnlySpan<char> value, ReadOnlySpan<byte> classes, ReadOnlySpan<byte> next, int width)
    {
        int state = 1;
        foreach (char c in value)
        {
            state = next[state * width + classes[PatternAlphabet.Of(c)]];
            if (state == 0)
            {
                return false;
            }
        }

        return next[state * width + width - 1] != 0;
    }
}
