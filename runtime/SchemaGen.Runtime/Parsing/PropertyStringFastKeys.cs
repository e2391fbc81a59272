using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace SchemaGen.Runtime;

/// <summary>
/// The key of a part, read on a generated fast path of a schema of many keys. Such a fast path finds
/// the key with the schema's key table and reads every key through one call out of line, not through
/// a case per key: each inlined case added its temporaries to the fast path's frame, which the JIT zeroes
/// on every call, and spent the inlining budget the split needed (<c>scsi</c>: a 3 KB frame, the splitter
/// itself no longer inlined). The fast path still gives up at the first thing that is not plainly right.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class PropertyStringFastKeys
{
    /// <summary>
    /// Reads the part whose key the table found as <paramref name="entry"/>; false when
    /// that key (or, for a keyAlias value, either of its two keys) was given before or its value is refused.
    /// </summary>
    /// <typeparam name="TChar"><see cref="char"/> for UTF-16, <see cref="byte"/> for UTF-8.</typeparam>
    /// <typeparam name="TKeys">The schema's keys.</typeparam>
    /// <typeparam name="TValues">Where the schema's parser keeps the values read.</typeparam>
    /// <param name="entry">What <see cref="IPropertyStringKeyTable.Find"/> answered for the part's key, not -1.</param>
    /// <param name="keyText">The part's key (<see cref="PropertyStringQuickParts{TChar}.CurrentKey"/>).</param>
    /// <param name="keyStart">Where the key starts in the input.</param>
    /// <param name="valueText">The part's value (<see cref="PropertyStringQuickParts{TChar}.CurrentValue"/>).</param>
    /// <param name="valueStart">Where the value starts in the input.</param>
    /// <param name="given">Bit i set when key i was given; the keys read are added.</param>
    /// <param name="values">The values read.</param>
    /// <param name="error">Where a refused value's error goes: <see cref="PropertyStringError.Discard"/> on the fast path,
    /// whose errors the exact path reports, in PVE's order.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Read<TChar, TKeys, TValues>(int entry, ReadOnlySpan<TChar> keyText, int keyStart,
        ReadOnlySpan<TChar> valueText, int valueStart, ref ulong given, ref TValues values, ref PropertyStringError error)
        where TChar : unmanaged, IBinaryInteger<TChar>
        where TKeys : IPropertyStringKeys<TValues>
        where TValues : struct
    {
        int key = PropertyStringKeyEntry.KeyOf(entry);
        ulong bits = 1UL << key;
        if (PropertyStringKeyEntry.KindOf(entry) == PropertyStringKeyEntry.ValueAsKeyKind)
        {
            // virtio=MAC: the key's text is the value of one key, the part's value that of another.
            int target = PropertyStringKeyEntry.TargetOf(entry);
            bits |= 1UL << target;
            if ((given & bits) != 0 || !ReadOutOfLine<TChar, TKeys, TValues>(key, keyText, keyStart, ref values, ref error))
            {
                return false;
            }

            key = target;
        }
        else if ((given & bits) != 0)
        {
            return false;
        }

        if (!ReadOutOfLine<TChar, TKeys, TValues>(key, valueText, valueStart, ref values, ref error))
        {
            return false;
        }

        given |= bits;
        return true;
    }

    // The schema's reader of any key, compiled once per schema: its switch over the keys stays out of the loop.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool ReadOutOfLine<TChar, TKeys, TValues>(int key, ReadOnlySpan<TChar> raw, int offset, ref TValues values,
        ref PropertyStringError error)
        where TChar : unmanaged, IBinaryInteger<TChar>
        where TKeys : IPropertyStringKeys<TValues>
        where TValues : struct
        => TKeys.Read(key, raw, offset, ref values, ref error);
}
