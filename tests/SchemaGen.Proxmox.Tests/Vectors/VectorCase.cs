using System.Text.Json;

namespace SchemaGen.Proxmox.Tests.Vectors;

/// <summary>One line of a <c>FAMILY.cases.jsonl</c> file: what qemu-server answered for an input.</summary>
public sealed record VectorCase(
    string File,
    int Line,
    string Input,
    bool Ok,
    string? Printed,
    string? Die,
    IReadOnlyDictionary<string, string> Errors,
    IReadOnlyDictionary<string, string> Parsed)
{
    public override string ToString() => $"{File}:{Line} {JsonSerializer.Serialize(Input)}";

    /// <summary>Every line of a cases file under the test output's <c>vectors/qemu</c>.</summary>
    /// <param name="relativePath">For example <c>net.cases.jsonl</c> or <c>cpu-custom/cpu.cases.jsonl</c>.</param>
    public static IReadOnlyList<VectorCase> Load(string relativePath)
    {
        var cases = new List<VectorCase>();
        int number = 0;
        foreach (var line in System.IO.File.ReadLines(VectorFiles.PathOf(relativePath)))
        {
            number++;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            cases.Add(new VectorCase(
                relativePath,
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
                var value = property.Value;
                map[property.Name] = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
            }
        }

        return map;
    }
}
