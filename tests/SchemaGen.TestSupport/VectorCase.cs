using System.Text.Json;

namespace SchemaGen.TestSupport;

/// <summary>One line of a <c>*.cases.jsonl</c> file: what pve-common (and qemu-server) answered for an input.</summary>
public sealed record VectorCase(string File, int Line, string Input, bool Ok, string? Printed, string? Die,
    IReadOnlyDictionary<string, string> Errors, IReadOnlyDictionary<string, string> Parsed)
{
    public override string ToString() => $"{File}:{Line} {JsonSerializer.Serialize(Input)}";

    /// <summary>Every line of a cases file under the copied tests/vectors folder.</summary>
    /// <param name="fileName">For example <c>amd-sev.cases.jsonl</c> or <c>qemu/net.cases.jsonl</c>.</param>
    public static IReadOnlyList<VectorCase> Load(string fileName)
    {
        var path = TestVectors.Path(fileName);
        var cases = new List<VectorCase>();
        int number = 0;
        foreach (var line in System.IO.File.ReadLines(path))
        {
            number++;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            cases.Add(new VectorCase(
                fileName,
                number,
                root.GetProperty("in").GetString()!,
                root.GetProperty("ok").GetInt32() == 1,
                root.TryGetProperty("printed", out var printed) ? printed.GetString() : null,
                root.TryGetProperty("die", out var die) ? die.GetString() : null,
                Map(root, "errors"),
                Map(root, "parsed")));
        }

        return cases;
    }

    private static Dictionary<string, string> Map(JsonElement root, string name)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty(name, out var element))
        {
            foreach (var property in element.EnumerateObject())
            {
                map[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()!
                    : property.Value.GetRawText();
            }
        }

        return map;
    }
}
