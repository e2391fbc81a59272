using Microsoft.CodeAnalysis;

namespace SchemaGen.Benchmarks.Generator;

/// <summary>Checks that a generator did its whole job on a workload, so that no benchmark times a generator that gave up.</summary>
public static class GeneratedOutput
{
    /// <summary>Throws unless the run produced source for every type and threw nothing.</summary>
    public static void Require(GeneratorWorkload workload, GeneratorDriverRunResult run)
    {
        var result = run.Results.Single();
        if (result.Exception is not null)
        {
            throw new InvalidOperationException($"{workload.Kind} threw.", result.Exception);
        }

        var errors = run.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (errors.Length > 0)
        {
            throw new InvalidOperationException($"{workload.Kind} reported: {string.Join("; ", errors.Select(e => e.ToString()))}");
        }

        // SchemaGen writes a file per type; System.Text.Json a file per type plus the context's own.
        int expected = GeneratorWorkload.TypeCount;
        int typed = result.GeneratedSources.Count(s => System.Text.RegularExpressions.Regex.IsMatch(s.HintName, @"(^|\.)T\d+\."));
        if (typed < expected)
        {
            throw new InvalidOperationException(
                $"{workload.Kind} generated {result.GeneratedSources.Length} files, {typed} of them for the {expected} types: "
                + string.Join(", ", result.GeneratedSources.Take(10).Select(s => s.HintName)));
        }
    }

    /// <summary>The files the generator writes for the type <c>T0</c>, each under its hint name, so that what a type
    /// costs can be read.</summary>
    public static string FirstType(GeneratorWorkload workload)
    {
        var generator = workload.CreateGenerator();
        var result = workload.CreateDriver(generator).RunGenerators(workload.CreateCompilation()).GetRunResult().Results.Single();
        var text = new System.Text.StringBuilder();
        foreach (var source in result.GeneratedSources.Where(s => System.Text.RegularExpressions.Regex.IsMatch(s.HintName, @"(^|\.)T0\.")))
        {
            text.Append("// ").Append(source.HintName).Append(": ").Append(source.SourceText.Length).AppendLine(" characters");
            text.Append(source.SourceText.ToString()).AppendLine();
        }

        return text.ToString();
    }
}
