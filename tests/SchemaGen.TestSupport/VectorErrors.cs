namespace SchemaGen.TestSupport;

/// <summary>
/// The error text our parser must give for a vector line PVE refused (docs/semantics.md, "Errors"): a
/// structural error's <c>die</c> text as it is; else, of PVE's per-key errors, <c>KEY: MSG</c> for the
/// key that stands first from the left in the input (keys not in it, the missing ones, count as last;
/// ties by name).
/// </summary>
public static class VectorErrors
{
    /// <summary>The expected error text of <paramref name="vector"/>, which PVE refused.</summary>
    /// <param name="vector">The line.</param>
    /// <param name="defaultKey">The key a bare value is given to; null when the format has none.</param>
    /// <param name="canonicalKey">
    /// The key a written key stands for (an alias's target, a keyAlias's key), which PVE reports its error under; null when
    /// every key is written as itself.
    /// </param>
    public static string Expected(VectorCase vector, string? defaultKey, Func<string, string>? canonicalKey = null)
    {
        ArgumentNullException.ThrowIfNull(vector);
        if (vector.Die != "format error")
        {
            return vector.Die!.TrimEnd('\n');
        }

        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        var parts = vector.Input.Split(',');
        for (int i = 0; i < parts.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(parts[i]))
            {
                continue;
            }

            int equals = parts[i].IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? defaultKey : parts[i][..equals];
            if (key is null)
            {
                continue;
            }

            position.TryAdd(key, i);
            if (equals >= 0 && canonicalKey is not null)
            {
                position.TryAdd(canonicalKey(key), i);
            }
        }

        var first = vector.Errors
            .OrderBy(e => position.GetValueOrDefault(e.Key, int.MaxValue))
            .ThenBy(e => e.Key, StringComparer.Ordinal)
            .First();
        return first.Key + ": " + first.Value;
    }
}
