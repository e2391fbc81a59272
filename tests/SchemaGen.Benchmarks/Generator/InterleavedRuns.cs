using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;

namespace SchemaGen.Benchmarks.Generator;

/// <summary>
/// Runs of both generators taken in turns (SchemaGen, System.Text.Json, SchemaGen, ...) in one
/// process, for a machine whose speed drifts between BenchmarkDotNet's cases (a shared VM): a slow
/// spell slows a pair's two runs alike, so the median of each pair's ratio stays put where two
/// separate means do not. <c>--interleaved-cold [pairs]</c> times cold runs, <c>--interleaved-edit
/// [pairs]</c> runs after an unrelated edit (as <see cref="GeneratorBenchmarks"/> defines both); a
/// full collection before every run, so that neither run pays for the garbage of the one before.
/// </summary>
public static class InterleavedRuns
{
    /// <summary>Warms both generators up, then times <paramref name="pairs"/> pairs of runs and returns the summary.</summary>
    public static string Run(bool afterEdit, int pairs)
    {
        var ourRun = Runner(GeneratorWorkload.Create(GeneratorKind.SchemaGen), afterEdit);
        var theirRun = Runner(GeneratorWorkload.Create(GeneratorKind.SystemTextJson), afterEdit);

        // As GeneratorBenchmarks: Roslyn needs dozens of runs before tiered compilation has optimised it.
        for (int i = 0; i < 40; i++)
        {
            ourRun();
            theirRun();
        }

        var ours = new List<double>(pairs);
        var theirs = new List<double>(pairs);
        var ratios = new List<double>(pairs);
        for (int i = 0; i < pairs; i++)
        {
            // Alternate which goes first, so that neither always follows the other's garbage or cache state.
            double a, b;
            if (i % 2 == 0)
            {
                a = ourRun();
                b = theirRun();
            }
            else
            {
                b = theirRun();
                a = ourRun();
            }

            ours.Add(a);
            theirs.Add(b);
            ratios.Add(a / b);
        }

        static double Quartile(List<double> values, int which)
        {
            var sorted = values.OrderBy(v => v).ToArray();
            return sorted[sorted.Length * which / 4];
        }

        var text = new StringBuilder();
        string what = afterEdit ? "runs after an unrelated edit" : "cold runs";
        text.AppendLine($"{pairs} pairs of {what}, taken in turns (ms, median; quartiles in brackets):");
        text.AppendLine($"  SchemaGen         {Statistics.Median(ours),6:F1} [{Quartile(ours, 1):F1}-{Quartile(ours, 3):F1}]");
        text.AppendLine($"  System.Text.Json  {Statistics.Median(theirs),6:F1} [{Quartile(theirs, 1):F1}-{Quartile(theirs, 3):F1}]");
        text.AppendLine($"  SchemaGen / System.Text.Json, per pair: median {Statistics.Median(ratios):F3} " +
            $"[{Quartile(ratios, 1):F3}-{Quartile(ratios, 3):F3}]; SchemaGen faster in {ratios.Count(r => r < 1)} of {pairs}");
        return text.ToString();
    }

    // One timed run: a new driver on a new compilation (cold), or the driver that ran already on the
    // project plus one unrelated new file (after an edit); the garbage of earlier runs collected first.
    private static Func<double> Runner(GeneratorWorkload workload, bool afterEdit)
    {
        var generator = workload.CreateGenerator();
        var project = workload.CreateCompilation();
        var ran = workload.CreateDriver(generator).RunGenerators(project);
        return () =>
        {
            var compilation = afterEdit ? project.AddSyntaxTrees(workload.UnrelatedTree) : workload.CreateCompilation();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var clock = Stopwatch.StartNew();
            _ = afterEdit ? ran.RunGenerators(compilation) : workload.CreateDriver(generator).RunGenerators(compilation);
            return clock.Elapsed.TotalMilliseconds;
        };
    }
}
