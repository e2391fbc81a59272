using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SchemaGen.Generator.Analyzers;

namespace SchemaGen.Generator.Tests.Infrastructure;

/// <summary>
/// Runs SchemaGen's analyzers with <see cref="CompilationWithAnalyzers"/> on a compilation that
/// already holds the generator's output, as a build or the IDE would.
/// </summary>
public static class AnalyzerRunner
{
    /// <summary>Every analyzer SchemaGen ships.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> All { get; } = typeof(Descriptors).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(DiagnosticAnalyzer)) && !t.IsAbstract)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .OrderBy(a => a.GetType().Name, StringComparer.Ordinal)
        .ToImmutableArray();

    /// <summary>The SG diagnostics of <paramref name="sources"/> (C# preview), in source order.</summary>
    public static Task<ImmutableArray<Diagnostic>> RunAsync(params string[] sources)
        => RunAsync(TestCompilation.Create(sources), []);

    /// <summary>The SG diagnostics of a compilation after the generator ran, with the given additional files.</summary>
    public static async Task<ImmutableArray<Diagnostic>> RunAsync(CSharpCompilation compilation,
        ImmutableArray<AdditionalText> additionalFiles, AnalyzerConfigOptionsProvider? options = null)
    {
        var (output, _, _) = GeneratorRunner.Run(compilation);
        var analyzerOptions = new AnalyzerOptions(additionalFiles, options ?? TestAnalyzerConfigOptionsProvider.Empty);
        var withAnalyzers = output.WithAnalyzers(All, new CompilationWithAnalyzersOptions(analyzerOptions, onAnalyzerException: null,
            concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
        var diagnostics = await withAnalyzers.GetAllDiagnosticsAsync();

        // An analyzer that throws reports AD0001: fail loudly rather than lose it.
        var crashes = diagnostics.Where(d => d.Id == "AD0001").ToList();
        Assert.True(crashes.Count == 0, TestCompilation.Describe(crashes));
        return diagnostics.Where(d => d.Id.StartsWith("SG", StringComparison.Ordinal))
            .OrderBy(d => d.Location.SourceTree?.FilePath ?? d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();
    }
}
