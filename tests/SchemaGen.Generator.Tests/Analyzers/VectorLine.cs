using System.Text.Json;

namespace SchemaGen.Generator.Tests.Analyzers;

/// <summary>
/// One line of tests/vectors/*.cases.jsonl (pve-common's answer for an input) and the error text
/// our parser gives for it: a structural <c>die</c> as it is, else <c>KEY: MSG</c> for the key
/// that stands first from the left (as tests/SchemaGen.Runtime.Tests/Vectors reads them).
/// </summary>
public sealed record VectorLine(string File, int Line, string Input, bool Ok, string? ExpectedError)
{
    public override string ToString() => $"{File}:{Line} {JsonSerializer.Serialize(Input)}";

    public static IEnumerable<VectorLine> Load(string fileName, string? defaultKey)
    {
        int number = 0;
        foreach (var text in System.IO.File.ReadLines(Path.Combine(AppContext.BaseDirectory, "vectors", fileName)))
        {
            number++;
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            var input = root.GetProperty("in").GetString()!;
            bool ok = root.GetProperty("ok").GetInt32() == 1;
            yield return new VectorLine(fileName, number, input, ok, ok ? null : ExpectedErrorOf(root, input, defaultKey));
        }
    }

    private static string ExpectedErrorOf(JsonElement root, string input, string? defaultKey)
    {
        var die = root.GetProperty("die").GetString()!;
        if (die != "format error")
        {
            return die.TrimEnd('\n');
        }

        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        var parts = input.Split(',');
        for (int i = 0; i < parts.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(parts[i]))
            {
                continue;
            }

            int equals = parts[i].IndexOf('=');
            var key = equals < 0 ? defaultKey : parts[i][..equals];
            if (key is not null)
            {
                position.TryAdd(key, i);
            }
        }

        var first = root.GetProperty("errors").EnumerateObject()
            .OrderBy(e => position.GetValueOrDefault(e.Name, int.MaxValue))
            .ThenBy(e => e.Name, StringComparer.Ordinal)
            .First();
        return first.Name + ": " + first.Value.GetString();
    }
}
