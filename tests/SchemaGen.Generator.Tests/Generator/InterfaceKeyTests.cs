using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Parsing;
using SchemaGen.Generator.Tests.Infrastructure;

namespace SchemaGen.Generator.Tests.Generator;

/// <summary>Keys an interface declares, shared by the schemas that implement it: the generated code declares their properties.</summary>
public sealed class InterfaceKeyTests
{
    private const string SharedKeys = """
        using SchemaGen;
        public interface IThrottle
        {
            /// <summary>Bytes per second.</summary>
            [Key("bps", Optional = true)] long? Bps { get; init; }
            [Key("burst", Default = 1)] int Burst { get; init; }
        }
        """;

    /// <summary>A schema 'Disk' with the shared keys, its own default key 'file', and <paramref name="ownMember"/>.</summary>
    private static string Disk(string ownMember, string declaration = "sealed partial record") => $$"""
        using SchemaGen;
        [PropertyString("disk")]
        public {{declaration}} Disk : IThrottle
        {
            [Key("file", DefaultKey = true)] public required partial string File { get; init; }
            {{ownMember}}
        }
        """;

    [Fact]
    public void Each_schema_gets_the_interfaces_keys_as_properties_of_its_own()
    {
        var result = GeneratorRunner.RunAndCompile(SharedKeys, """
            using SchemaGen;
            [PropertyString("disk")]
            public partial record struct Disk : IThrottle
            {
                [Key("file", DefaultKey = true)] public required partial string File { get; init; }
            }

            [PropertyString("net")]
            public sealed partial record Net : IThrottle
            {
                [Key("bridge")] public required partial string Bridge { get; init; }
            }
            """);

        Assert.Equal(2, result.GeneratedTrees.Length);
        foreach (var tree in result.GeneratedTrees)
        {
            var text = tree.ToString();
            Assert.Contains("/// <inheritdoc/>", text, StringComparison.Ordinal);
            Assert.Contains("public long? Bps", text, StringComparison.Ordinal);
            Assert.Contains("public int Burst", text, StringComparison.Ordinal);
            Assert.Contains("\"bps\"", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_property_the_schema_writes_itself_is_not_generated_again()
    {
        var result = GeneratorRunner.RunAndCompile(SharedKeys, Disk("public long? Bps { get; init; }"));

        var text = result.GeneratedTrees.Single().ToString();
        Assert.DoesNotContain("public long? Bps", text, StringComparison.Ordinal);
        Assert.Contains("public int Burst", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", new[] { "file", "bps", "burst" })]
    [InlineData("public long? Bps { get; init; }", new[] { "file", "burst" })]
    public void After_generation_the_analyzers_read_the_keys_the_generator_wrote(string ownMember, string[] keys)
    {
        // The analyzers see the generated property that implements the interface's key; a property the schema wrote stays no key.
        var (output, _, _) = GeneratorRunner.Run(TestCompilation.Create(SharedKeys, Disk(ownMember)));
        var disk = output.GetTypeByMetadataName("Disk")!;
        var attribute = disk.GetAttributes().Single(a => a.AttributeClass?.Name == "PropertyStringAttribute");

        var model = SchemaParser.ReadRules(disk, attribute, forGeneration: false, default)!;

        Assert.Equal(keys, model.Keys.Select(k => k.Name));
    }

    [Fact]
    public void A_key_of_the_schemas_own_with_the_interfaces_name_is_the_schemas()
    {
        var result = GeneratorRunner.RunAndCompile(SharedKeys,
            Disk("""[Key("bps", Optional = true, Minimum = 1L)] public partial long? Bps { get; init; }""", "partial record struct"));

        var text = result.GeneratedTrees.Single().ToString();
        Assert.Contains("partial long? Bps", text, StringComparison.Ordinal);
        Assert.Contains("public int Burst", text, StringComparison.Ordinal);
    }
}
