using System.Text.RegularExpressions;

namespace SchemaGen.Proxmox.Tests.Vectors;

/// <summary>What the vectors' README.md states per family: PVE's synopsis (schema_get_type_text).</summary>
public static partial class VectorReadme
{
    private static readonly Lazy<Dictionary<string, string>> Synopses = new(() =>
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(VectorFiles.PathOf("README.md")))
        {
            if (SynopsisLine().Match(line) is { Success: true } match)
            {
                map[match.Groups[1].Value] = match.Groups[2].Value;
            }
        }

        return map;
    });

    /// <summary>The synopsis the README gives for a family.</summary>
    public static string Synopsis(string family)
        => Synopses.Value.TryGetValue(family, out var synopsis)
            ? synopsis
            : throw new KeyNotFoundException($"the README gives no synopsis for '{family}'");

    /// <summary>How many families the README gives a synopsis for.</summary>
    public static int Count => Synopses.Value.Count;

    // - `net`: `[model=]<enum> ...`  (the startup line ends in a note, which the pattern leaves out)
    [GeneratedRegex(@"^- `([a-z0-9_\-/]+)`: `(.+)`( \(note the trailing space\))?$")]
    private static partial Regex SynopsisLine();
}
