using System.ComponentModel;
using System.Numerics;

namespace SchemaGen.Runtime;

/// <summary>
/// Pass 1 of the exact parser, PVE's split loop in <c>parse_property_string</c>: where each key's value
/// is, and the structural errors that stop the loop at once (a part without a key, a value without a
/// key where the schema has no default key, a key given twice, an alias or a keyAlias value clashing
/// with its key). The same loop for every schema: the generated code supplies the key lookup
/// (<see cref="IPropertyStringKeyTable"/>); pass 2 (<see cref="ReadKeys"/>) reads the keys with the
/// generated reader of <see cref="IPropertyStringKeys{TValues}"/> (docs/decisions/0025). Allocates nothing.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class PropertyStringExactSplit
{
    /// <summary>
    /// Splits <paramref name="text"/>; false, with <paramref name="error"/> set, at the first structural error.
    /// </summary>
    /// <typeparam name="TChar"><see cref="char"/> for UTF-16, <see cref="byte"/> for UTF-8.</typeparam>
    /// <typeparam name="TKeys">The schema's key table.</typeparam>
    /// <param name="text">The property string.</param>
    /// <param name="keyNames">The keys' names by number, for the errors that name a key.</param>
    /// <param name="defaultKey">The default key's number (a value without a key is its), or -1 when the schema has none.</param>
    /// <param name="defaultKeyIsBoolean">Whether the default key is a boolean (which values Perl takes for false).</param>
    /// <param name="starts">Set for each key given: where its value starts.</param>
    /// <param name="lengths">Set for each key given: its value's length.</param>
    /// <param name="given">Bit i set when key i was given: PVE's <c>defined($res->{$key})</c>.</param>
    /// <param name="unknown">Collects the keys the schema does not define (an error of pass 2, unless one is given twice).</param>
    /// <param name="error">The structural error, when there is one.</param>
    public static bool Run<TChar, TKeys>(ReadOnlySpan<TChar> text, ReadOnlySpan<string> keyNames, int defaultKey, bool defaultKeyIsBoolean,
        scoped Span<int> starts, scoped Span<int> lengths, ref ulong given, ref UnknownKeySet<TChar> unknown, ref PropertyStringError error)
        where TChar : unmanaged, IBinaryInteger<TChar>
        where TKeys : IPropertyStringKeyTable
    {
        bool bare = false; // whether a value without a key was seen
        var parts = new PropertyStringParts<TChar>(text);
        while (parts.MoveNext())
        {
            var part = parts.Current;
            if (part.Kind == PropertyStringPartKind.Malformed)
            {
                PropertyStringError.Report(ref error, PropertyStringErrorKind.MissingKey, null, null, part.Start, part.Length);
                return false;
            }

            if (part.Kind == PropertyStringPartKind.Bare)
            {
                if (defaultKey < 0)
                {
                    PropertyStringError.Report(ref error, PropertyStringErrorKind.ValueWithoutKey, null, null, part.Start, part.Length);
                    return false;
                }

                // A value without a key belongs to the default key: once, and only while that key has no
                // value Perl takes for true (a false one, like type=0, is replaced).
                ulong defaultBit = 1UL << defaultKey;
                if (bare || ((given & defaultBit) != 0
                    && !TextPrimitives.IsFalsy(text.Slice(starts[defaultKey], lengths[defaultKey]), defaultKeyIsBoolean)))
                {
                    PropertyStringError.Report(ref error, PropertyStringErrorKind.DuplicateKey, null, keyNames[defaultKey], part.Start,
                        part.Length);
                    return false;
                }

                bare = true;
                given |= defaultBit;
                (starts[defaultKey], lengths[defaultKey]) = (part.ValueStart, part.ValueLength);
                continue;
            }

            var key = text.Slice(part.Start, part.KeyLength);
            int entry = TKeys.Find(key);
            if (entry < 0)
            {
                // A key the schema does not define: an error in pass 2, unless it is given twice, which PVE finds first.
                if (unknown.Add(part.Start, part.KeyLength))
                {
                    continue;
                }

                PropertyStringError.Report(ref error, PropertyStringErrorKind.DuplicateKey, null, null, part.Start, key);
                return false;
            }

            int index = PropertyStringKeyEntry.KeyOf(entry);
            ulong bit = 1UL << index;
            switch (PropertyStringKeyEntry.KindOf(entry))
            {
                case PropertyStringKeyEntry.AliasKind:
                    if ((given & bit) != 0)
                    {
                        PropertyStringError.Report(
                            ref error, PropertyStringErrorKind.DuplicateAliasTarget, null, keyNames[index], part.Start, part.KeyLength);
                        return false;
                    }

                    break;
                case PropertyStringKeyEntry.ValueAsKeyKind:
                    int target = PropertyStringKeyEntry.TargetOf(entry);
                    ulong targetBit = 1UL << target;
                    if ((given & bit) != 0)
                    {
                        PropertyStringError.Report(ref error, PropertyStringErrorKind.KeyAliasDefined, null, keyNames[index], part.Start,
                            part.KeyLength);
                        return false;
                    }

                    if ((given & targetBit) != 0)
                    {
                        PropertyStringError.Report(ref error, PropertyStringErrorKind.DuplicateAliasTarget, null, keyNames[target],
                            part.Start, part.KeyLength);
                        return false;
                    }

                    given |= bit | targetBit;
                    (starts[index], lengths[index]) = (part.Start, part.KeyLength);
                    (starts[target], lengths[target]) = (part.ValueStart, part.ValueLength);
                    continue;
                default:
                    if ((given & bit) != 0)
                    {
                        PropertyStringError.Report(ref error, PropertyStringErrorKind.DuplicateKey, null, null, part.Start, key);
                        return false;
                    }

                    break;
            }

            given |= bit;
            (starts[index], lengths[index]) = (part.ValueStart, part.ValueLength);
        }

        return true;
    }

    /// <summary>
    /// Pass 2, PVE's check_object: reads every key given. Of several errors (an unknown key is one) the
    /// leftmost wins, so a key is read only when it stands left of the error found so far.
    /// </summary>
    /// <typeparam name="TChar"><see cref="char"/> for UTF-16, <see cref="byte"/> for UTF-8.</typeparam>
    /// <typeparam name="TKeys">The schema's keys.</typeparam>
    /// <typeparam name="TValues">Where the schema's parser keeps the values read.</typeparam>
    /// <param name="text">The property string.</param>
    /// <param name="starts">Where each key's value starts, as <see cref="Run"/> found it.</param>
    /// <param name="lengths">Each key's value's length.</param>
    /// <param name="given">The keys given.</param>
    /// <param name="unknown">The keys the schema does not define.</param>
    /// <param name="values">The values read.</param>
    /// <param name="error">The leftmost error, when there is one.</param>
    public static void ReadKeys<TChar, TKeys, TValues>(ReadOnlySpan<TChar> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> lengths,
        ulong given, in UnknownKeySet<TChar> unknown, ref TValues values, ref PropertyStringError error)
        where TChar : unmanaged, IBinaryInteger<TChar>
        where TKeys : IPropertyStringKeys<TValues>
        where TValues : struct
    {
        int errorAt = int.MaxValue;
        if (unknown.FirstStart >= 0)
        {
            errorAt = unknown.FirstStart;
            PropertyStringError.Report(ref error, PropertyStringErrorKind.UnknownProperty, null, null, errorAt,
                text.Slice(errorAt, unknown.FirstLength));
        }

        for (int key = 0; key < starts.Length; key++)
        {
            if ((given & (1UL << key)) != 0 && starts[key] < errorAt
                && !TKeys.Read(key, text.Slice(starts[key], lengths[key]), starts[key], ref values, ref error))
            {
                errorAt = starts[key];
            }
        }
    }
}
