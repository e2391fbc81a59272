using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;

namespace SchemaGen.Benchmarks.Generator;

/// <summary>
/// Cold runs of both generators taken in turns (SchemaGen, System.Text.Json, SchemaGen, ...) in one
/// process, for a machine whose speed drifts between BenchmarkDotNet's cases (a shared VM): a slow
/// spell slows a pair's two runs alike, so the median of each pair's ratio stays put where two
/// separate means do not. <c>--interleaved-cold [pairs]</c>; a full collection before every run, so
/// that neither run pays for the garbage of the one before.
/// </summary>
public static class InterleavedCold
{
    /// <summary>Warms both generators up, then times <paramref name="pairs"/> pairs of cold runs and returns the summary.</summary>
    public static string Run(int pairs)
    {
        var schemaGen = GeneratorWorkload.Create(GeneratorKind.SchemaGen);
        var json = GeneratorWorkload.Create(GeneratorKind.SystemTextJson);
        var schemaGenGenerator = schemaGen.CreateGenerator();
        var jsonGenerator = json.CreateGenerator();
        double Cold(GeneratorWorkload workload, IIncrementalGenerator generator)
        {
            var compilation = workload.CreateCompilation();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var clock = Stopwatch.StartNew();
            _ = workload.CreateDriver(generator).RunGenerators(compilation);
            return clock.Elapsed.TotalMilliseconds;
        }

        // As GeneratorBenchmarks: Roslyn needs dozens of runs before tiered compilation has optimised it.
        for (int i = 0; i < 40; i++)
        {
            Cold(schemaGen, schemaGenGenerator);
            Cold(json, jsonGenerator);
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
                a = Cold(schemaGen, schemaGenGenerator);
                b = Cold(json, jsonGenerator);
            }
            else
            {
                b = Cold(json, jsonGenerator);
                a = Cold(schemaGen, schemaGenGenerator);
            }

            ours.Add(a);
            theirs.Add(b);
            ratios.Add(a / b);
        }

        static double Median(List<double> values)
        {
            var sorted = values.OrderBy(v => v).ToArray();
            return sorted[sorted.Length / 2];
        }

        static double Quartile(List<double> values, int which)
        {
            var sorted = values.OrderBy(v => v).ToArray();
            return sorted[sorted.Length * which / 4];
        }

        var text = new StringBuilder();
        text.AppendLine($"{pairs} pairs of cold runs, taken in turns (ms, median; quartiles in brackets):");
        text.AppendLine($"  SchemaGen         {Median(ours),6:F1} [{Quartile(ours, 1):F1}-{Quartile(ours, 3):F1}]");
        text.AppendLine($"  System.Text.Json  {Median(theirs),6:F1} [{Quartile(theirs, 1):F1}-{Quartile(theirs, 3):F1}]");
        text.AppendLine($"  SchemaGen / System.Text.Json, per pair: median {Median(ratios):F3} " +
            $"[{Quartile(ratios, 1):F3}-{Quartile(ratios, 3):F3}]; SchemaGen faster in {ratios.Count(r => r < 1)} of {pairs}");
        return text.ToString();
    }
}
