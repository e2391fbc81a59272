using System.Text.Json.Serialization;
using SchemaGen.Sev;

namespace SchemaGen.Benchmarks.Alternatives;

/// <summary>The <c>amd-sev</c> data as a JSON document: what System.Text.Json deserialises.</summary>
public sealed class SevJson
{
    /// <summary>The <c>type</c> key.</summary>
    [JsonConverter(typeof(SevTypeJsonConverter))]
    public SevType Type { get; set; }

    /// <summary>The <c>allow-smt</c> key.</summary>
    public bool? AllowSmt { get; set; }

    /// <summary>The <c>no-debug</c> key.</summary>
    public bool? NoDebug { get; set; }

    /// <summary>The <c>no-key-sharing</c> key.</summary>
    public bool? NoKeySharing { get; set; }

    /// <summary>The <c>kernel-hashes</c> key.</summary>
    public bool? KernelHashes { get; set; }
}

/// <summary>System.Text.Json's source-generated (de)serialiser for <see cref="SevJson"/>: kebab-case keys, the type as
/// <c>std</c>/<c>es</c>/<c>snp</c>.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.KebabCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    GenerationMode = JsonSourceGenerationMode.Default)]
[JsonSerializable(typeof(SevJson))]
public sealed partial class SevJsonContext : JsonSerializerContext
{
}

/// <summary>Reads and writes <see cref="SevType"/> as <c>std</c>, <c>es</c>, <c>snp</c>.</summary>
public sealed class SevTypeJsonConverter : JsonStringEnumConverter<SevType>
{
    /// <summary>Names the members in lower case.</summary>
    public SevTypeJsonConverter()
        : base(System.Text.Json.JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)
    {
    }
}
