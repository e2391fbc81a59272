using System;
using System.Collections.Generic;
#if SCHEMAGEN_GENERATOR
namespace SchemaGen.Generator.Shared;
#else
using System.ComponentModel;

namespace SchemaGen.Runtime;
#endif

/// <summary>
/// Which known key an unknown one is probably a misspelling of: the analyzers' "did you mean" and SchemaGen.Proxmox's for a VM
/// config's options. The runtime compiles this file and the netstandard2.0 generator links it, so both suggest alike.
/// </summary>
#if SCHEMAGEN_GENERATOR
internal
#else
[EditorBrowsable(EditorBrowsableState.Never)]
public
#endif
static class KeySuggestions
{
    /// <summary>
    /// The candidate nearest to <paramref name="unknown"/>, ignoring ASCII case, within 2 edits
    /// (insertions, deletions, substitutions, swaps of two neighbours), and within a third of the
    /// candidate's length so that short keys do not attract everything (<c>id</c> never suggests
    /// <c>xy</c>). Null when none is that close. Ties go to the first candidate.
    /// </summary>
    public static string? Suggest(string unknown, IEnumerable<string> candidates)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        var lowered = unknown.ToLowerInvariant();
        foreach (var candidate in candidates)
        {
            int allowed = Math.Min(2, Math.Max(1, candidate.Length / 3));
            if (Math.Abs(candidate.Length - unknown.Length) > allowed)
            {
                continue;
            }

            int distance = Distance(lowered, candidate.ToLowerInvariant());
            if (distance <= allowed && distance < candidate.Length && distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best;
    }

    /// <summary>The optimal string alignment distance (Levenshtein with adjacent transpositions).</summary>
    public static int Distance(string a, string b)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
