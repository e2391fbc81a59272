using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SchemaGen.Generator.Tests.Infrastructure;

/// <summary>.editorconfig options in memory: the same key/value pairs for the files whose path ends with a given suffix.</summary>
public sealed class TestAnalyzerConfigOptionsProvider(string pathSuffix,
    ImmutableDictionary<string, string> values) : AnalyzerConfigOptionsProvider
{
    public static TestAnalyzerConfigOptionsProvider Empty { get; } = new("\0", ImmutableDictionary<string, string>.Empty);

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(ImmutableDictionary<string, string>.Empty);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Select(tree.FilePath);

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Select(textFile.Path);

    private Options Select(string path) => new(path.EndsWith(pathSuffix, StringComparison.Ordinal) ? values
        : ImmutableDictionary<string, string>.Empty);

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
