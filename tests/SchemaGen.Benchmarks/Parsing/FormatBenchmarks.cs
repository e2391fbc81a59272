using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using SchemaGen.Benchmarks.Alternatives;
using SchemaGen.Sev;

namespace SchemaGen.Benchmarks.Parsing;

/// <summary>
/// Printing one <c>amd-sev</c> value: the generated TryFormat (chars and UTF-8) against the
/// printer a user writes over a class of nullable members (a list of parts and
/// <see cref="string.Join(char, string?[])"/>, the baseline) and System.Text.Json's source-generated serialiser into a reused buffer.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Format")]
public class FormatBenchmarks
{
    private readonly char[] _chars = new char[256];
    private readonly byte[] _bytes = new byte[256];
    private readonly ArrayBufferWriter<byte> _jsonBuffer = new(256);
    private Utf8JsonWriter _jsonWriter = null!;
    private AmdSevOptions _value;
    private SevJson _json = null!;

    /// <summary>Which value is printed (parsed from this input, so the same keys are present).</summary>
    [Params(SevInput.Short, SevInput.Typical, SevInput.Long)]
    public SevInput Input { get; set; }

    /// <summary>Parses the value to print.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _value = AmdSevOptions.Parse(SevInputs.Text(Input));
        _json = JsonSerializer.Deserialize(SevInputs.Json(Input), SevJsonContext.Default.SevJson)!;
        _jsonWriter = new Utf8JsonWriter(_jsonBuffer);
        if (PlainJoin() != _value.ToString())
        {
            throw new InvalidOperationException($"The plain printer writes '{PlainJoin()}', the generated one '{_value}'.");
        }
    }

    /// <summary>A list of parts and string.Join over the user's own class with nullable members: what a user writes by hand.</summary>
    [Benchmark(Baseline = true, Description = "List+string.Join (baseline)")]
    public string PlainJoin()
    {
        var parts = new List<string> { _json.Type.ToString().ToLowerInvariant() };
        if (_json.AllowSmt is bool allowSmt)
        {
            parts.Add("allow-smt=" + (allowSmt ? "1" : "0"));
        }

        if (_json.KernelHashes is bool kernelHashes)
        {
            parts.Add("kernel-hashes=" + (kernelHashes ? "1" : "0"));
        }

        if (_json.NoDebug is bool noDebug)
        {
            parts.Add("no-debug=" + (noDebug ? "1" : "0"));
        }

        if (_json.NoKeySharing is bool noKeySharing)
        {
            parts.Add("no-key-sharing=" + (noKeySharing ? "1" : "0"));
        }

        return string.Join(',', parts);
    }

    /// <summary>The generated TryFormat into a char buffer.</summary>
    [Benchmark(Description = "SchemaGen TryFormat chars")]
    public int Generated_Chars()
    {
        _value.TryFormat(_chars.AsSpan(), out int written);
        return written;
    }

    /// <summary>The generated TryFormat into a UTF-8 buffer.</summary>
    [Benchmark(Description = "SchemaGen TryFormat UTF-8")]
    public int Generated_Utf8()
    {
        _value.TryFormat(_bytes.AsSpan(), out int written);
        return written;
    }

    /// <summary>The generated ToString: the string is the one allocation.</summary>
    [Benchmark(Description = "SchemaGen ToString")]
    public string Generated_ToString() => _value.ToString();

    /// <summary>System.Text.Json's source-generated serialiser, into a reused UTF-8 buffer.</summary>
    [Benchmark(Description = "System.Text.Json (source-gen, UTF-8 JSON)")]
    public int SystemTextJson()
    {
        _jsonBuffer.ResetWrittenCount();
        _jsonWriter.Reset();
        JsonSerializer.Serialize(_jsonWriter, _json, SevJsonContext.Default.SevJson);
        return _jsonBuffer.WrittenCount;
    }
}
