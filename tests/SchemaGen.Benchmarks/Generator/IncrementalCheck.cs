using System.Text;
using Microsoft.CodeAnalysis;

namespace SchemaGen.Benchmarks.Generator;

/// <summary>
/// Runs a generator on a workload with step tracking, adds the unrelated file, runs it again, and
/// reports the reason of every output of every tracked step of the second run. The generator's
/// own steps (its tracking names, and its outputs) must all be Cached or Unchanged; Roslyn's own
/// steps inside <c>ForAttributeWithMetadataName</c> (which start from the new compilation, so are
/// Modified) are listed for information.
/// </summary>
public sealed class IncrementalCheck
{
    private readonly string _report;

    private IncrementalCheck(bool allCachedOrUnchanged, string report)
    {
        AllCachedOrUnchanged = allCachedOrUnchanged;
        _report = report;
    }

    /// <summary>Whether every output of every step of the generator's own was Cached or Unchanged after the edit.</summary>
    public bool AllCachedOrUnchanged { get; }

    /// <summary>Runs the check.</summary>
    public static IncrementalCheck Run(GeneratorWorkload workload)
    {
        var compilation = workload.CreateCompilation();
        var driver = workload.CreateDriver(workload.CreateGenerator(), trackSteps: true).RunGenerators(compilation);
        driver = driver.RunGenerators(compilation.AddSyntaxTrees(workload.UnrelatedTree));
        var result = driver.GetRunResult().Results.Single();

        var report = new StringBuilder();
        bool allCached = true;
        var own = OwnStepNames(workload.Kind);
        void Describe(string kind,
            IEnumerable<KeyValuePair<string, System.Collections.Immutable.ImmutableArray<IncrementalGeneratorRunStep>>> steps, bool allOwn)
        {
            foreach (var (name, runs) in steps.OrderBy(s => !allOwn && !own.Contains(s.Key)).ThenBy(s => s.Key, StringComparer.Ordinal))
            {
                bool isOwn = allOwn || own.Contains(name);
                var reasons = runs.SelectMany(r => r.Outputs).GroupBy(o => o.Reason).OrderBy(g => g.Key);
                report.Append($"  {kind} {name}{(isOwn ? "" : " (Roslyn's)")}: ").AppendJoin(", ",
                    reasons.Select(g => $"{g.Count()} {g.Key}")).AppendLine();
                if (isOwn)
                {
                    allCached &= runs.SelectMany(r => r.Outputs).All(o
                        => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
                }
            }
        }

        report.AppendLine($"{workload.Kind}, {GeneratorWorkload.TypeCount} types, after adding one unrelated file:");
        Describe("output", result.TrackedOutputSteps, allOwn: true);
        Describe("step", result.TrackedSteps, allOwn: false);
        report.AppendLine(allCached ? "  every output of the generator's own steps: Cached or Unchanged"
            : "  SOME OF THE GENERATOR'S OWN STEPS WERE RECOMPUTED");
        return new IncrementalCheck(allCached, report.ToString());
    }

    /// <summary>The tracking names a generator gives its own steps (SchemaGen's from <c>PipelineStepNames</c>).</summary>
    private static HashSet<string> OwnStepNames(GeneratorKind kind) => kind == GeneratorKind.SchemaGen
        ? typeof(SchemaGen.Generator.PipelineStepNames)
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Select(f => (string)f.GetValue(null)!)
            .Append("SourceOutput")
            .ToHashSet(StringComparer.Ordinal)
        : ["SourceGenerationSpec", "SourceOutput"];

    /// <inheritdoc />
    public override string ToString() => _report;
}
