using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SchemaGen.Generator.Tests.Infrastructure;

/// <summary>Runs <see cref="PropertyStringGenerator"/> with <see cref="CSharpGeneratorDriver"/>, tracking its steps.</summary>
public static class GeneratorRunner
{
    public static GeneratorDriver CreateDriver(CSharpCompilation compilation)
        => CSharpGeneratorDriver.Create(
            [new PropertyStringGenerator().AsSourceGenerator()],
            parseOptions: (CSharpParseOptions)compilation.SyntaxTrees.First().Options,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator; returns the compilation with the generated code and the run's result.</summary>
    public static (Compilation Output, GeneratorDriverRunResult Result, GeneratorDriver Driver) Run(CSharpCompilation compilation,
        GeneratorDriver? driver = null)
    {
        driver = (driver ?? CreateDriver(compilation)).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        return (output, driver.GetRunResult(), driver);
    }

    /// <summary>Runs the generator on sources and asserts that the result compiles without a warning.</summary>
    public static GeneratorDriverRunResult RunAndCompile(params string[] sources)
    {
        var (output, result, _) = Run(TestCompilation.Create(sources));
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, TestCompilation.Describe(problems) + Environment.NewLine
            + string.Join(Environment.NewLine, result.GeneratedTrees.Select(t => t.ToString())));
        return result;
    }
}
