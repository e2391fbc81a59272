using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;

namespace SchemaGen.Benchmarks.Generator;

/// <summary>
/// Where a generator's time goes, from Roslyn's own step timings (<c>ElapsedTime</c> of every tracked
/// step, and the driver's total): the transform that reads each type's symbols, the emitting, and
/// the rest (finding the attributed types, which any generator pays). The transform is timed twice:
/// on a new compilation, where reading a symbol first makes Roslyn bind it, and again on the same
/// compilation with a new driver, where the symbols are bound already: the second is the
/// transform's own work, the difference Roslyn's binding.
/// </summary>
public static class GeneratorBreakdown
{
    /// <summary>Runs <paramref name="runs"/> rounds after a warm-up and returns the medians as text.</summary>
    public static string Run(GeneratorWorkload workload, int runs = 15)
    {
        var generator = workload.CreateGenerator();
        var rounds = new List<Round>();
        for (int i = 0; i < runs + 25; i++)
        {
            var round = Measure(workload, generator);
            if (i >= 25)
            {
                rounds.Add(round);
            }
        }

        var text = new StringBuilder();
        text.AppendLine($"{workload.Kind}, {GeneratorWorkload.TypeCount} types, median of {runs} rounds (ms):");
        text.AppendLine($"  cold: total {Statistics.Median(rounds.Select(r => r.ColdTotal)):F1}, "
            + $"the transform (symbols read, binding included) {Statistics.Median(rounds.Select(r => r.ColdTransform)):F1}, "
            + $"emitting {Statistics.Median(rounds.Select(r => r.ColdEmit)):F1}");
        text.AppendLine($"  same compilation, new driver (symbols bound): total {Statistics.Median(rounds.Select(r => r.WarmTotal)):F1}, "
            + $"the transform alone {Statistics.Median(rounds.Select(r => r.WarmTransform)):F1}");
        text.AppendLine($"  after an unrelated edit: total {Statistics.Median(rounds.Select(r => r.EditTotal)):F1}, "
            + $"the transform {Statistics.Median(rounds.Select(r => r.EditTransform)):F1}");
        var output = workload.CreateDriver(generator).RunGenerators(workload.CreateCompilation()).GetRunResult().Results.Single();
        long characters = output.GeneratedSources.Sum(s => (long)s.SourceText.Length);
        text.AppendLine($"  generated: {output.GeneratedSources.Length} files, {characters / 1e6:F2} million characters "
            + $"({characters / GeneratorWorkload.TypeCount:N0} a type)");
        if (workload.Kind == GeneratorKind.SchemaGen)
        {
            var (time, bytes) = EmitAlone(workload);
            text.AppendLine($"  SchemaEmitter.EmitSourceText alone, the {GeneratorWorkload.TypeCount} models' text: {time:F1} ms, " +
                $"{bytes / 1e6:F1} MB allocated");
        }

        return text.ToString();
    }

    /// <summary>The median time of building the text of every model, without Roslyn around it, and what one round allocates.</summary>
    private static (double Time, long Bytes) EmitAlone(GeneratorWorkload workload)
    {
        var compilation = workload.CreateCompilation();
        var models = Enumerable.Range(0, GeneratorWorkload.TypeCount)
            .Select(i => SchemaGen.Generator.Parsing.SchemaParser.Parse(compilation.GetTypeByMetadataName("Bench.T" + i)!,
                Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp13, null, default)!)
            .ToList();
        var times = new List<double>();
        long bytes = 0;
        for (int round = 0; round < 60; round++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            foreach (var model in models)
            {
                _ = SchemaGen.Generator.Emitting.SchemaEmitter.EmitSourceText(model);
            }

            times.Add(clock.Elapsed.TotalMilliseconds);
            bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        times.Sort();
        return (times[times.Count / 2], bytes);
    }

    private static Round Measure(GeneratorWorkload workload, IIncrementalGenerator generator)
    {
        var compilation = workload.CreateCompilation();
        var clock = Stopwatch.StartNew();
        var driver = workload.CreateDriver(generator, trackSteps: true).RunGenerators(compilation);
        double coldTotal = clock.Elapsed.TotalMilliseconds;
        var (coldTransform, coldEmit) = Steps(workload, driver);

        clock.Restart();
        var warm = workload.CreateDriver(generator, trackSteps: true).RunGenerators(compilation);
        double warmTotal = clock.Elapsed.TotalMilliseconds;
        var (warmTransform, _) = Steps(workload, warm);

        clock.Restart();
        var edited = driver.RunGenerators(compilation.AddSyntaxTrees(workload.UnrelatedTree));
        double editTotal = clock.Elapsed.TotalMilliseconds;
        var (editTransform, _) = Steps(workload, edited);
        return new Round(coldTotal, coldTransform, coldEmit, warmTotal, warmTransform, editTotal, editTransform);
    }

    // The transform: the generator's first own step (SchemaGen's "Schemas", System.Text.Json's
    // "SourceGenerationSpec"); emitting: its source outputs.
    private static (double Transform, double Emit) Steps(GeneratorWorkload workload, GeneratorDriver driver)
    {
        var result = driver.GetRunResult().Results.Single();
        string transform = workload.Kind == GeneratorKind.SchemaGen ? "Schemas" : "SourceGenerationSpec";
        double Sum(IEnumerable<IncrementalGeneratorRunStep> steps) => steps.Sum(s => s.ElapsedTime.TotalMilliseconds);
        double transformTime = result.TrackedSteps.TryGetValue(transform, out var steps) ? Sum(steps) : double.NaN;
        double emitTime = result.TrackedOutputSteps.Sum(o => Sum(o.Value));
        return (transformTime, emitTime);
    }

    private sealed record Round(double ColdTotal, double ColdTransform, double ColdEmit, double WarmTotal, double WarmTransform,
        double EditTotal, double EditTransform);
}
