using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using SchemaGen.Benchmarks.Alternatives;
using SchemaGen.Sev;

namespace SchemaGen.Benchmarks.Parsing;

/// <summary>
/// Parsing one <c>amd-sev</c> value: the generated parser (UTF-16 and UTF-8) against a plain
/// Split + Dictionary parser (the baseline), a quick span parser without validation, the fastest
/// parser with PVE's checks we could write by hand for this format alone (the speed limit),
/// System.Text.Json's source-generated deserialiser on the same data as JSON, and the floor under
/// them all: that hand-written parser's split with no key read.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Parse")]
public class ParseBenchmarks
{
    private string _text = "";
    private byte[] _utf8 = [];
    private byte[] _json = [];

    /// <summary>Which value is parsed.</summary>
    [Params(SevInput.Short, SevInput.Typical, SevInput.Long)]
    public SevInput Input { get; set; }

    /// <summary>Prepares the input in its three encodings, and checks that every parser agrees on it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = SevInputs.Text(Input);
        _utf8 = Encoding.UTF8.GetBytes(_text);
        _json = Encoding.UTF8.GetBytes(SevInputs.Json(Input));

        // The plain parser marks every key given, so compare what the values read as, not presence.
        var expected = Values(SplitDictionary());
        Require(Values(Generated_Utf16()) == expected, "the generated UTF-16 parser");
        Require(Values(Generated_Utf8()) == expected, "the generated UTF-8 parser");
        Require(QuickSpan() == expected, "the quick span parser");
        Require(HandWrittenSevParser.TryParse(_text, out var handWritten) && handWritten == expected, "the hand-written parser");
        Require(SplitAlone.TrySplit(_text, out _), "the split alone");
        var json = SystemTextJson();
        Require(new QuickSev(json.Type, json.AllowSmt ?? true, json.NoDebug ?? false, json.NoKeySharing ?? false,
            json.KernelHashes ?? false) == expected, "System.Text.Json");
    }

    /// <summary>Split + Dictionary + Enum.Parse: what a user writes by hand.</summary>
    [Benchmark(Baseline = true, Description = "Split+Dictionary (baseline)")]
    public AmdSevOptions SplitDictionary() => SplitDictionaryParser.Parse(_text);

    /// <summary>The quick hand-written span parser, without validation.</summary>
    [Benchmark(Description = "Hand-written span, no validation")]
    public QuickSev QuickSpan()
    {
        QuickSpanParser.TryParse(_text, out var value);
        return value;
    }

    /// <summary>The hand-written parser with PVE's checks, for <c>amd-sev</c> alone: the speed limit.</summary>
    [Benchmark(Description = "Hand-written span, PVE's checks")]
    public QuickSev HandWritten()
    {
        HandWrittenSevParser.TryParse(_text, out var value);
        return value;
    }

    /// <summary>The floor: the hand-written parser's split, no key read (the sum of the keys' lengths).</summary>
    [Benchmark(Description = "The split alone, no key read")]
    public int Split()
    {
        SplitAlone.TrySplit(_text, out int keyLengths);
        return keyLengths;
    }

    /// <summary>The generated parser on UTF-16 text.</summary>
    [Benchmark(Description = "SchemaGen TryParse UTF-16")]
    public AmdSevOptions Generated_Utf16()
    {
        AmdSevOptions.TryParse(_text.AsSpan(), out var value, out _);
        return value;
    }

    /// <summary>The generated parser on UTF-8 bytes.</summary>
    [Benchmark(Description = "SchemaGen TryParse UTF-8")]
    public AmdSevOptions Generated_Utf8()
    {
        AmdSevOptions.TryParse(_utf8.AsSpan(), out var value, out _);
        return value;
    }

    /// <summary>System.Text.Json's source-generated deserialiser, on the same data as UTF-8 JSON.</summary>
    [Benchmark(Description = "System.Text.Json (source-gen, UTF-8 JSON)")]
    public SevJson SystemTextJson() => JsonSerializer.Deserialize(_json, SevJsonContext.Default.SevJson)!;

    private static QuickSev Values(AmdSevOptions value)
        => new(value.Type, value.AllowSmt, value.NoDebug, value.NoKeySharing, value.KernelHashes);

    private static void Require(bool condition, string who)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"{who} does not read the input as the baseline does.");
        }
    }
}
