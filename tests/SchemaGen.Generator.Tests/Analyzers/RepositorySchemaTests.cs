using SchemaGen.Generator.Tests.Infrastructure;

namespace SchemaGen.Generator.Tests.Analyzers;

/// <summary>The repository's own schemas are valid: no analyzer may complain about them.</summary>
public sealed class RepositorySchemaTests
{
    [Fact]
    public async Task The_repository_schemas_have_no_diagnostics()
    {
        var diagnostics = await AnalyzerRunner.RunAsync(SchemaSources.AmdSevOptions, SchemaSources.SevType,
            SchemaSources.SevHostCapabilities, SchemaSources.StorageVolume);
        Assert.True(diagnostics.IsEmpty, TestCompilation.Describe(diagnostics));
    }

    [Fact]
    public async Task Valid_literals_and_their_callers_have_no_diagnostics()
    {
        const string usage = """
            using System;
            using SchemaGen.Sev;
            using SchemaGen.TestSchemas;
            static class Usage
            {
                static void Run(string input)
                {
                    _ = AmdSevOptions.Parse("snp,allow-smt=0,kernel-hashes=1");
                    _ = AmdSevOptions.Parse("type=0,std");
                    _ = AmdSevOptions.TryParse("es"u8, out _, out _);
                    _ = AmdSevOptions.Parse(input);
                    _ = SevHostCapabilities.Parse("cbitpos=51,reduced-phys-bits=6,sev-support=1");
                    _ = StorageVolume.Parse("local:vm-100-disk-0,format=raw,id=+0100,mbps=.5");
                }
            }
            """;
        var diagnostics = await AnalyzerRunner.RunAsync(SchemaSources.AmdSevOptions, SchemaSources.SevType,
            SchemaSources.SevHostCapabilities, SchemaSources.StorageVolume, usage);
        Assert.True(diagnostics.IsEmpty, TestCompilation.Describe(diagnostics));
    }

    [Fact]
    public void Every_analyzer_is_found()
    {
        Assert.Equal(9, AnalyzerRunner.All.Length);
    }
}
