using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SchemaGen.Generator.Tests.Infrastructure;

/// <summary>Builds in-memory compilations of test sources, as a consumer project of SchemaGen would compile.</summary>
public static class TestCompilation
{
    public static CSharpParseOptions ParseOptions(LanguageVersion version = LanguageVersion.Preview)
        => new(version);

    public static CSharpCompilation Create(params string[] sources) => Create(LanguageVersion.Preview, sources);

    public static CSharpCompilation Create(LanguageVersion version, params string[] sources)
        => CSharpCompilation.Create(
            "TestAssembly",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions(version), path: $"Source{i}.cs")),
            TestReferences.NetWithRuntime,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>Emits the compilation (the generator's output included) and loads it; asserts that it has no error.</summary>
    public static System.Reflection.Assembly EmitAndLoad(Compilation compilation)
    {
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        Assert.True(result.Success, Describe(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return System.Reflection.Assembly.Load(image.ToArray());
    }

    /// <summary>The errors and warnings of a compilation, as readable lines (for assertion messages).</summary>
    public static string Describe(IEnumerable<Diagnostic> diagnostics)
        => string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString()));
}
