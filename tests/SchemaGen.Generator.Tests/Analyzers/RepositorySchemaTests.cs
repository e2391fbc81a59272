using Microsoft.CodeAnalysis.Testing;
using SchemaGen.Generator.Tests.Infrastructure;
using SchemaGen.Generator.Tests.Verifiers;
using static SchemaGen.Generator.Tests.Verifiers.CSharpAnalyzerVerifier;

namespace SchemaGen.Generator.Tests.Analyzers;

/// <summary>
/// The repository's own schemas are valid: no analyzer may complain about them, nor C# about the code generated for them.
/// </summary>
public sealed class RepositorySchemaTests
{
    private static readonly string[] Schemas =
        [SchemaSources.AmdSevOptions, SchemaSources.SevType, SchemaSources.SevHostCapabilities, SchemaSources.StorageVolume];

    [Fact]
    public Task The_repository_schemas_have_no_diagnostics() => Run(new Test());

    [Fact]
    public Task Valid_literals_and_their_callers_have_no_diagnostics() => Run(new Test
    {
        TestCode = """
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
            """,
    });

    [Fact]
    public void Every_analyzer_is_found()
    {
        Assert.Equal(9, SchemaGenAnalyzers.All.Length);
    }

    private static Task Run(Test test)
    {
        // Warnings too: the generated code must compile as cleanly as the user's own.
        test.CompilerDiagnostics = CompilerDiagnostics.Warnings;
        foreach (var schema in Schemas)
        {
            test.TestState.Sources.Add(schema);
        }

        return test.RunAsync();
    }
}
