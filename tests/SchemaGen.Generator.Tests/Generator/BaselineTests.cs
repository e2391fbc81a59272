using SchemaGen.Generator.Tests.Infrastructure;

namespace SchemaGen.Generator.Tests.Generator;

/// <summary>The generated code of the repository's schemas, compared with checked-in baselines.</summary>
public sealed class BaselineTests
{
    [Fact]
    public void AmdSevOptions()
        => AssertBaseline("SchemaGen.Sev.AmdSevOptions.PropertyString.g.cs", SchemaSources.AmdSevOptions, SchemaSources.SevType);

    [Fact]
    public void SevHostCapabilities()
        => AssertBaseline("SchemaGen.Sev.SevHostCapabilities.PropertyString.g.cs", SchemaSources.SevHostCapabilities);

    [Fact]
    public void StorageVolume()
        => AssertBaseline("SchemaGen.TestSchemas.StorageVolume.PropertyString.g.cs", SchemaSources.StorageVolume);

    /// <summary>keyAlias, named formats: qemu-server's net.</summary>
    [Fact]
    public void NetDevice()
        => AssertBaseline("SchemaGen.TestSchemas.NetDevice.PropertyString.g.cs", SchemaSources.NetDevice);

    /// <summary>A named format under an alias, disk-size in bytes, typetext.</summary>
    [Fact]
    public void DriveVolume()
        => AssertBaseline("SchemaGen.TestSchemas.DriveVolume.PropertyString.g.cs", SchemaSources.DriveVolume);

    /// <summary>More keys than the fast path reads in line, a keyAlias and an alias: the key table, one reader out of line.</summary>
    [Fact]
    public void ThrottledNetDevice()
        => AssertBaseline("SchemaGen.TestSchemas.ThrottledNetDevice.PropertyString.g.cs", SchemaSources.ThrottledNetDevice,
            SchemaSources.NetDevice);

    /// <summary>Requires.</summary>
    [Fact]
    public void IpConfig()
        => AssertBaseline("SchemaGen.TestSchemas.IpConfig.PropertyString.g.cs", SchemaSources.IpConfig);

    [Fact]
    public void Nested_type_in_the_global_namespace()
        => AssertBaseline("Outer.Inner.PropertyString.g.cs", """
            using SchemaGen;

            public static partial class Outer
            {
                [PropertyString("nested")]
                internal partial record Inner
                {
                    [Key("name", DefaultKey = true)]
                    public required partial string Name { get; init; }

                    [Key("count", Default = 1L, Minimum = 0L)]
                    public partial long Count { get; private init; }
                }
            }
            """);

    private static void AssertBaseline(string hintName, params string[] sources)
    {
        var result = GeneratorRunner.RunAndCompile(sources);
        var generated = Assert.Single(result.Results.Single().GeneratedSources, s => s.HintName == hintName);
        Baseline.AssertMatches(hintName, generated.SourceText.ToString());
    }
}
