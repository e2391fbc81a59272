using System.Diagnostics;
using Microsoft.CodeAnalysis;

namespace SchemaGen.Benchmarks.Generator;

/// <summary>
/// Cold runs of one generator in a loop, for a profiler to sample (<c>--profile-cold SchemaGen 20</c>
/// under <c>dotnet-trace collect</c>): warms up, then runs cold for the given seconds and prints how
/// many runs fit and how much text the generator wrote. With <c>SCHEMAGEN_DUMP_FIRST=path</c> set it
/// also writes the file generated for <c>T0</c> there, to read what the 200 types cost in text.
/// </summary>
public static class ColdLoop
{
    /// <summary>Runs <paramref name="kind"/> cold for <paramref name="seconds"/> after a warm-up.</summary>
    public static string Run(GeneratorKind kind, double seconds)
    {
        var workload = GeneratorWorkload.Create(kind);
        var generator = workload.CreateGenerator();
        GeneratorDriver Cold() => workload.CreateDriver(generator).RunGenerators(workload.CreateCompilation());
        for (int i = 0; i < 40; i++)
        {
            Cold();
        }

        var sources = Cold().GetRunResult().Results.Single().GeneratedSources;
        long characters = sources.Sum(s => (long)s.SourceText.Length);
        if (Environment.GetEnvironmentVariable("SCHEMAGEN_DUMP_FIRST") is { Length: > 0 } dump)
        {
            File.WriteAllText(dump, sources.First(s => s.HintName.Contains("T0.")).SourceText.ToString());
        }

        var clock = Stopwatch.StartNew();
        int runs = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            Cold();
            runs++;
        }

        return $"{kind}: {runs} cold runs in {clock.Elapsed.TotalSeconds:F1} s, {clock.Elapsed.TotalMilliseconds / runs:F1} ms each; "
            + $"{sources.Length} files, {characters / 1000} thousand characters ({characters / sources.Length} a file)";
    }
}
