using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SchemaGen.Generator.Tests.Verifiers;

/// <summary>
/// Hands a workspace project <see cref="PropertyStringGenerator"/>, as a project's Analyzer item
/// would: every compilation the test framework asks for then holds the generated code, also after
/// a code fix changed the sources.
/// </summary>
public sealed class GeneratorReference : AnalyzerReference
{
    /// <summary>One instance for all tests: the workspace keys its generator state by the generator objects.</summary>
    public static GeneratorReference Instance { get; } = new();

    private readonly ImmutableArray<ISourceGenerator> _generators = [new PropertyStringGenerator().AsSourceGenerator()];

    private GeneratorReference()
    {
    }

    public override string? FullPath => null;

    public override object Id => nameof(GeneratorReference);

    public override string Display => "SchemaGen";

    public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzersForAllLanguages() => [];

    public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzers(string language) => [];

    public override ImmutableArray<ISourceGenerator> GetGeneratorsForAllLanguages() => _generators;

    public override ImmutableArray<ISourceGenerator> GetGenerators(string language) => _generators;
}
