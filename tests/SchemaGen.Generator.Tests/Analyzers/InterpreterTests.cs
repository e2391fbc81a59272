using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Analyzers.Interpretation;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Parsing;
using SchemaGen.Generator.Tests.Infrastructure;

namespace SchemaGen.Generator.Tests.Analyzers;

/// <summary>
/// The analyzers' interpreter (a <see cref="SchemaModel"/> and a text in, the parser's first error
/// out) against pve-common's vectors, and against the parser the generator really emits: the same
/// verdict, text, offset and length.
/// </summary>
public sealed class InterpreterTests
{
    private const string AmdSev = "SchemaGen.Sev.AmdSevOptions";
    private const string NodeCapabilities = "SchemaGen.Sev.SevHostCapabilities";
    private const string StorageVolume = "SchemaGen.TestSchemas.StorageVolume";
    private const string NetDevice = "SchemaGen.TestSchemas.NetDevice";
    private const string IpConfig = "SchemaGen.TestSchemas.IpConfig";
    private const string BootOrder = "SchemaGen.TestSchemas.BootOrder";
    private const string DriveVolume = "SchemaGen.TestSchemas.DriveVolume";
    private static readonly string[] All = [AmdSev, NodeCapabilities, StorageVolume, NetDevice, IpConfig, BootOrder, DriveVolume];

    /// <summary>The models as the generator reads them from source (<see cref="SchemaParser.Parse"/>).</summary>
    private static readonly Lazy<IReadOnlyDictionary<string, SchemaModel>> Parsed = new(() =>
    {
        var compilation = Schemas();
        return All.ToDictionary(
            name => name,
            name => SchemaParser.Parse(compilation.GetTypeByMetadataName(name)!, LanguageVersion.Preview, null, default)!);
    });

    /// <summary>The models as the analyzers read them after generation, when the bodies exist (the same reader, <see
    /// cref="SchemaParser.ReadRules"/>).</summary>
    private static readonly Lazy<IReadOnlyDictionary<string, SchemaModel>> Read = new(() =>
    {
        var (compilation, _, _) = GeneratorRunner.Run(Schemas());
        var propertyString = compilation.GetTypeByMetadataName(ContractNames.PropertyStringAttribute)!;
        return All.ToDictionary(
            name => name,
            name =>
            {
                var type = compilation.GetTypeByMetadataName(name)!;
                var attribute = type.GetAttributes().Single(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, propertyString));
                return SchemaParser.ReadRules(type, attribute, forGeneration: false, default)!;
            });
    });

    public static TheoryData<VectorCase> AmdSevVectors() => new(VectorCase.Load("amd-sev.cases.jsonl"));

    public static TheoryData<VectorCase> NodeCapabilityVectors() => new(VectorCase.Load("node-capabilities.cases.jsonl"));

    [Theory]
    [MemberData(nameof(AmdSevVectors))]
    public void Every_amd_sev_vector(VectorCase vector) => CheckVector(AmdSev, vector, defaultKey: "type");

    [Theory]
    [MemberData(nameof(NodeCapabilityVectors))]
    public void Every_node_capabilities_vector(VectorCase vector) => CheckVector(NodeCapabilities, vector, defaultKey: null);

    [Fact]
    public void Both_vector_files_are_read_whole()
    {
        Assert.Equal(443, AmdSevVectors().Count);
        Assert.Equal(200, NodeCapabilityVectors().Count);
    }

    public static TheoryData<string, string> LanguageVectorFiles() => new()
    {
        { NetDevice, "qemu/net.cases.jsonl" },
        { IpConfig, "qemu/ipconfig.cases.jsonl" },
        { BootOrder, "qemu/boot.cases.jsonl" },
        { DriveVolume, "qemu/scsi.cases.jsonl" },
    };

    /// <summary>
    /// keyAlias, named formats, a list, requires and disk-size, decided at compile time as the
    /// generated parser decides them at run time, on every line of qemu-server's vectors (for the drive,
    /// scsi's lines: most hit keys it lacks, which is a test of its own).
    /// </summary>
    [Theory]
    [MemberData(nameof(LanguageVectorFiles))]
    public void Agrees_with_the_generated_parser_on_qemu_vectors(string typeName, string file)
    {
        var lines = VectorCase.Load(file);
        Assert.Equal(250, lines.Count);
        foreach (var line in lines)
        {
            CompareWithGenerated(typeName, line.Input);
        }
    }

    [Theory]
    [InlineData("local:vm-100-disk-0,size=528K")]
    [InlineData("local:vm-100-disk-0,size=1.5T,volume=x")]
    [InlineData("local:vm-100-disk-0,size=32Q")]
    [InlineData("local:vm-100-disk-0,size=8388608T")]
    [InlineData("foo,media=cdrom")]
    [InlineData("none,serial=a%20b,iops=+5")]
    [InlineData("none,serial=a b")]
    [InlineData("/dev/sda,iops=-1")]
    public void Agrees_with_the_generated_parser_on_drives(string input) => CompareWithGenerated(DriveVolume, input);

    /// <summary>A key with three older names (one <c>Alias</c>, two <c>Aliases</c>): each reads as the key, and any two of the
    /// four names together are PVE's duplicate-alias error, from the parser and the interpreter alike.</summary>
    [Theory]
    [InlineData("local:d,format=raw,id=100", null)]
    [InlineData("local:d,format=raw,guest=100", null)]
    [InlineData("local:d,format=raw,owner=100", null)]
    [InlineData("local:d,format=raw,guest=100,owner=101", "key 'vmid' is already defined (via alias)")]
    [InlineData("local:d,format=raw,vmid=100,owner=101", "key 'vmid' is already defined (via alias)")]
    [InlineData("local:d,format=raw,owner=100,id=101", "key 'vmid' is already defined (via alias)")]
    [InlineData("local:d,format=raw,owner=99", "vmid: value must have a minimum value of 100")]
    public void Several_aliases_agree_with_the_generated_parser(string input, string? expected)
    {
        Assert.Equal(expected, GeneratedParsers.Parse(StorageVolume, input)?.ToString());
        CompareWithGenerated(StorageVolume, input);
    }

    /// <summary>Inputs built from the schemas' own pieces, many of them broken, compared with the generated parser.</summary>
    [Theory]
    [InlineData(AmdSev, new[] { "type", "std", "es", "snp", "STD", "stdd", "allow-smt", "no-debug", "kernel-hashes", "no-key-sharing",
        "alow-smt", "0", "1", "on", "Yes", "2" })]
    [InlineData(NodeCapabilities, new[] { "cbitpos", "reduced-phys-bits", "sev-support", "sev-support-es", "47", "-0", "+100", "101", "1e2",
        "99999999999999999999999999999999999999999", "no", "x" })]
    [InlineData(StorageVolume, new[] { "volume", "local:d", "Local:d", "format", "raw", "vmdk/flat", "vmid", "id", "guest", "owner",
        "99", "100", "cache", "unsafe", "size", "-1", "18446744073709551616", "mbps", ".5", "1e999", "1.", "weight", "-101", "backup",
        "OFF" })]
    public void Agrees_with_the_generated_parser_on_generated_inputs(string typeName, string[] pieces)
    {
        var random = new Random(20251105);
        string[] glue = [",", "=", ",", "=", ",", " ", "\n", ", ,", "", "é"];
        for (int n = 0; n < 2000; n++)
        {
            var text = new System.Text.StringBuilder();
            int count = random.Next(1, 9);
            for (int i = 0; i < count; i++)
            {
                text.Append(pieces[random.Next(pieces.Length)]).Append(glue[random.Next(glue.Length)]);
            }

            CompareWithGenerated(typeName, text.ToString());
        }
    }

    [Theory]
    [InlineData("type=std,type=es")]
    [InlineData("type=0,std")]
    [InlineData("type=,std")]
    [InlineData("std,type=0")]
    [InlineData("x=1,x=2")]
    [InlineData("std,a\n=1")]
    [InlineData("std,allow-smt=1\n")]
    [InlineData("std,allow-smt=1\n\n")]
    [InlineData(" , ,std, ")]
    [InlineData("")]
    [InlineData("type=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void Agrees_with_the_generated_parser_on_edge_cases(string input) => CompareWithGenerated(AmdSev, input);

    [Fact]
    public void A_custom_format_leaves_the_verdict_undecided_only_where_it_could_matter()
    {
        var schema = Read.Value[StorageVolume];
        Assert.Equal(Verdict.Unknown, PropertyStringInterpreter.Interpret(schema, "local:d,format=raw,serial=x").Verdict);
        Assert.Equal(Verdict.Unknown, PropertyStringInterpreter.Interpret(schema, "local:d,format=raw,serial=x,vmid=1").Verdict);
        Assert.Equal(Verdict.Invalid, PropertyStringInterpreter.Interpret(schema, "local:d,format=raw,vmid=1,serial=x").Verdict);
        Assert.Equal(Verdict.Invalid, PropertyStringInterpreter.Interpret(schema, "local:d,serial=x,serial=y").Verdict);
        Assert.Equal(Verdict.Valid, PropertyStringInterpreter.Interpret(schema, "local:d,format=raw").Verdict);
    }

    [Theory]
    [InlineData("alow-smt", "allow-smt")]
    [InlineData("NO-DEBUG", "no-debug")]
    [InlineData("kernel-hahses", "kernel-hashes")]
    [InlineData("tpye", "type")]
    [InlineData("tp", null)]
    [InlineData("smt", null)]
    [InlineData("debug", null)]
    public void Suggests_a_key_only_when_it_is_close(string unknown, string? expected)
        => Assert.Equal(expected, SchemaGen.Generator.Shared.KeySuggestions.Suggest(unknown,
            ["type", "allow-smt", "no-debug", "no-key-sharing", "kernel-hashes"]));

    [Fact]
    public void Does_not_suggest_a_key_already_given()
    {
        var error = PropertyStringInterpreter.Interpret(Read.Value[AmdSev], "std,no-debug=1,no-debgu=0").Error!;
        Assert.Equal(SchemaGen.Generator.Shared.PropertyStringErrorKind.UnknownProperty, error.Kind);
        Assert.Null(error.SuggestedKey);
    }

    private static void CheckVector(string typeName, VectorCase vector, string? defaultKey)
    {
        foreach (var schema in new[] { Parsed.Value[typeName], Read.Value[typeName] })
        {
            var result = PropertyStringInterpreter.Interpret(schema, vector.Input);
            if (vector.Ok)
            {
                Assert.True(result.Verdict == Verdict.Valid, $"{vector}: {result.Verdict} {result.Error}");
            }
            else
            {
                Assert.True(result.Verdict == Verdict.Invalid, $"{vector}: {result.Verdict}");
                Assert.Equal(VectorErrors.Expected(vector, defaultKey), result.Error!.Text);
            }
        }

        CompareWithGenerated(typeName, vector.Input);
    }

    private static void CompareWithGenerated(string typeName, string input)
    {
        var expected = GeneratedParsers.Parse(typeName, input);
        var actual = PropertyStringInterpreter.Interpret(Read.Value[typeName], input);
        var shown = System.Text.Json.JsonSerializer.Serialize(input);
        if (expected is not { } error || error.Kind == PropertyStringErrorKind.Rule)
        {
            // A hand-written cross-field rule is beyond the interpreter: it may only say valid there.
            Assert.True(actual.Verdict == Verdict.Valid, $"{shown}: the parser accepts it, the interpreter says {actual.Error}");
            return;
        }

        Assert.True(actual.Verdict == Verdict.Invalid, $"{shown}: the parser says {error}, the interpreter {actual.Verdict}");
        Assert.Equal((error.ToString(), error.Offset, error.Length), (actual.Error!.Text, actual.Error.Offset, actual.Error.Length));
    }

    private static CSharpCompilation Schemas()
        => TestCompilation.Create([SchemaSources.AmdSevOptions, SchemaSources.SevType, SchemaSources.SevHostCapabilities,
            SchemaSources.StorageVolume, .. SchemaSources.Language]);
}
