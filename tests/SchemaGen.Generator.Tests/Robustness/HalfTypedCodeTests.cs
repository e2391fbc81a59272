using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SchemaGen.Generator.Tests.Infrastructure;
using SchemaGen.Generator.Tests.Verifiers;

namespace SchemaGen.Generator.Tests.Robustness;

/// <summary>
/// The generator and every analyzer on code as it is while being typed: the repository's schema
/// sources with random tokens deleted, duplicated or swapped. Nothing may throw: no CS8785
/// (generator failed) and no AD0001 (analyzer failed), ever.
/// </summary>
public sealed class HalfTypedCodeTests
{
    private const int VariantsPerSource = 550;

    public static TheoryData<string> Sources() => new()
    {
        "AmdSevOptions.cs",
        "SevHostCapabilities.cs",
        "StorageVolume.cs",
        "SevType.cs",
        "NetDevice.cs",    // keyAlias, named formats
        "DriveVolume.cs",  // a named format under an alias, disk-size in bytes, typetext
        "IpConfig.cs",     // requires
    };

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Nothing_throws_on_half_typed_schemas(string fileName)
    {
        var source = SchemaSources.Read(fileName);
        var companion = fileName == "AmdSevOptions.cs" ? SchemaSources.SevType : "";
        var tokens = CSharpSyntaxTree.ParseText(source, TestCompilation.ParseOptions()).GetRoot().DescendantTokens().ToList();
        var random = new Random(fileName.Length * 7919);

        for (int i = 0; i < VariantsPerSource; i++)
        {
            var variant = Mutate(source, tokens, random);
            var compilation = TestCompilation.Create(variant, companion);
            var driver = GeneratorRunner.CreateDriver(compilation).RunGeneratorsAndUpdateCompilation(compilation, out var output,
                out var generatorDiagnostics);
            var run = driver.GetRunResult().Results.Single();
            Assert.True(run.Exception is null, $"variant {i} made the generator throw {run.Exception}\n{variant}");
            Assert.DoesNotContain(generatorDiagnostics, d => d.Id == "CS8785");

            if (i % 4 == 0)
            {
                var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                    onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false,
                    reportSuppressedDiagnostics: false);
                var diagnostics = await output.WithAnalyzers(SchemaGenAnalyzers.All, options).GetAnalyzerDiagnosticsAsync();
                var crash = diagnostics.FirstOrDefault(d => d.Id == "AD0001");
                Assert.True(crash is null, $"variant {i} made an analyzer throw: {crash}\n{variant}");
            }
        }
    }

    /// <summary>Deletes, duplicates or moves a few tokens, as an editor mid-keystroke would leave them.</summary>
    private static string Mutate(string source, List<SyntaxToken> tokens, Random random)
    {
        var edits = new SortedDictionary<int, (int Length, string Text)>();
        int count = 1 + random.Next(3);
        for (int i = 0; i < count; i++)
        {
            var token = tokens[random.Next(tokens.Count)];
            var span = token.Span;
            if (edits.Keys.Any(start => Math.Abs(start - span.Start) < 64))
            {
                continue;
            }

            var text = random.Next(4) switch
            {
                0 => "",                                                   // deleted
                1 => token.Text + " " + token.Text,                        // typed twice
                2 => tokens[random.Next(tokens.Count)].Text,               // replaced by another token
                _ => token.Text.Length > 1 ? token.Text[..(token.Text.Length / 2)] : "", // half typed
            };
            edits[span.Start] = (span.Length, text);
        }

        var result = new System.Text.StringBuilder(source);
        foreach (var (start, (length, text)) in edits.Reverse())
        {
            result.Remove(start, length).Insert(start, text);
        }

        return result.ToString();
    }
}
