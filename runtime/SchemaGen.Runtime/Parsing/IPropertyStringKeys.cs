using System.ComponentModel;
using System.Numerics;

namespace SchemaGen.Runtime;

/// <summary>
/// A schema's keys as both parsing paths read them: the lookup of <see cref="IPropertyStringKeyTable"/>
/// and one reader for the value of any key. Generated code implements it on a private nested struct, so
/// the runtime's loop (<see cref="PropertyStringExactSplit.ReadKeys"/>) is compiled once per schema with
/// the reader inlined, and each key's reading is written once, in the generated reader, which the
/// generated fast path calls too.
/// </summary>
/// <typeparam name="TValues">Where the schema's parser keeps the values read so far.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IPropertyStringKeys<TValues> : IPropertyStringKeyTable
    where TValues : struct
{
    /// <summary>
    /// Checks and reads the value <paramref name="raw"/> of key number <paramref name="key"/> into
    /// <paramref name="values"/> in PVE's order of checks; false, with <paramref name="error"/> set, when PVE refuses it.
    /// </summary>
    /// <typeparam name="TChar"><see cref="char"/> for UTF-16, <see cref="byte"/> for UTF-8.</typeparam>
    /// <param name="key">The key's number: its bit in the presence mask.</param>
    /// <param name="raw">The value as written in the text (for a keyAlias value, the key's text).</param>
    /// <param name="offset">Where <paramref name="raw"/> starts in the text, for the error.</param>
    /// <param name="values">The values read so far.</param>
    /// <param name="error">The error, when the value is refused.</param>
    static abstract bool Read<TChar>(int key, ReadOnlySpan<TChar> raw, int offset, ref TValues values, ref PropertyStringError error)
        where TChar : unmanaged, IBinaryInteger<TChar>;
}
