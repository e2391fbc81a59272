using System.Text.Json;
using SchemaGen.Runtime.Tests.Vectors;

namespace SchemaGen.Runtime.Tests.Formats;

/// <summary>
/// The qemu-server vector families (tests/vectors/qemu): each family's cases, and from its
/// format.json the keys that name a PVE format, the aliases, and the default key, so that a test
/// can find the text PVE checked for a key.
/// </summary>
public sealed class QemuFormatFamily
{
    private readonly Dictionary<string, string> _aliases;
    private readonly string? _defaultKey;

    private QemuFormatFamily(
        string casesFile, Dictionary<string, string> namedFormats, Dictionary<string, string> aliases, string? defaultKey)
    {
        CasesFile = casesFile;
        NamedFormats = namedFormats;
        _aliases = aliases;
        _defaultKey = defaultKey;
        Cases = VectorCase.Load(casesFile);
    }

    public string CasesFile { get; }

    /// <summary>Key to PVE format name (<c>pve-qm-bootdev-list</c>), for keys whose format is a name.</summary>
    public IReadOnlyDictionary<string, string> NamedFormats { get; }

    public IReadOnlyList<VectorCase> Cases { get; }

    /// <summary>Every hash-format family (all but <c>startup</c>, whose option is one named format), with cpu-custom.</summary>
    public static IReadOnlyList<QemuFormatFamily> All { get; } = LoadAll();

    private static List<QemuFormatFamily> LoadAll()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "vectors", "qemu");
        var files = Directory.GetFiles(folder, "*.cases.jsonl")
            .Select(path => "qemu/" + Path.GetFileName(path))
            .Where(file => file != "qemu/startup.cases.jsonl")
            .Append("qemu/cpu-custom/cpu.cases.jsonl")
            .Order(StringComparer.Ordinal);
        return files.Select(Load).ToList();
    }

    private static QemuFormatFamily Load(string casesFile)
    {
        var formatFile = casesFile.Replace(".cases.jsonl", ".format.json", StringComparison.Ordinal);
        var formatPath = Path.Combine(AppContext.BaseDirectory, "vectors", formatFile);
        using var json = JsonDocument.Parse(File.ReadAllText(formatPath));
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        string? defaultKey = null;
        foreach (var key in json.RootElement.EnumerateObject())
        {
            if (key.Value.TryGetProperty("format", out var format) && format.ValueKind == JsonValueKind.String)
            {
                named[key.Name] = format.GetString()!;
            }

            if (key.Value.TryGetProperty("alias", out var alias))
            {
                aliases[key.Name] = alias.GetString()!;
            }

            if (key.Value.TryGetProperty("default_key", out _))
            {
                defaultKey = key.Name;
            }
        }

        return new QemuFormatFamily(casesFile, named, aliases, defaultKey);
    }

    /// <summary>
    /// The text PVE held for <paramref name="key"/> after splitting <paramref name="input"/>: the
    /// last <c>key=value</c> (an alias counting for its target) or bare value (for the default
    /// key). A line with per-key errors was split without a structural error, so the last
    /// assignment is the one PVE kept.
    /// </summary>
    public string? ValueOf(string input, string key)
    {
        string? value = null;
        foreach (var part in input.Split(','))
        {
            if (string.IsNullOrWhiteSpace(part))
            {
                continue;
            }

            int equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                if (key == _defaultKey)
                {
                    value = part;
                }

                continue;
            }

            var name = part[..equals];
            if ((_aliases.TryGetValue(name, out var target) ? target : name) == key)
            {
                value = part[(equals + 1)..];
            }
        }

        return value;
    }

    public override string ToString() => CasesFile;
}
