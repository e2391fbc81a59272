using System.Diagnostics;
using Microsoft.CodeAnalysis;

namespace SchemaGen.Benchmarks.Generator;

/// <summary>
/// Which symbol calls make Roslyn bind (<c>--binding-probe</c>): on a new compilation of the SchemaGen
/// workload, times what the generator's transform asks for, in its order: the types' attributes (which
/// <c>ForAttributeWithMetadataName</c> binds to find them), then <c>SchemaParser.Parse</c>, which reads the
/// keys from their declarations. Then what it spares, each the first time it is asked for: the types'
/// members (a record struct's synthesized ones included) and the keys' attributes bound; and last
/// <c>SchemaParser.Parse</c> again on what is now bound, the reading's own work. Means over 40
/// compilations after 20 of warm-up.
/// </summary>
public static class BindingProbe
{
    /// <summary>Runs the probe and returns one line of milliseconds for the 200 types.</summary>
    public static string Run()
    {
        var workload = GeneratorWorkload.Create(GeneratorKind.SchemaGen);
        string[] names = ["type attributes", "SchemaParser.Parse (as the generator reads)", "members (not built by the generator)",
            "property attributes bound (not by the generator)", "SchemaParser.Parse again (all bound)"];
        var totals = new double[names.Length];
        const int WarmUp = 20, Rounds = 40;
        var clock = new Stopwatch();
        for (int round = 0; round < WarmUp + Rounds; round++)
        {
            var compilation = workload.CreateCompilation();
            var times = new double[names.Length];
            void Time(int i, Action action)
            {
                clock.Restart();
                action();
                times[i] += clock.Elapsed.TotalMilliseconds;
            }

            for (int t = 0; t < GeneratorWorkload.TypeCount; t++)
            {
                var type = compilation.GetTypeByMetadataName("Bench.T" + t)!;
                var model = compilation.GetSemanticModel(type.DeclaringSyntaxReferences[0].SyntaxTree);
                void Parse() => SchemaGen.Generator.Parsing.SchemaParser.Parse(
                    type, Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp13, model, default);
                Time(0, () => type.GetAttributes());
                Time(1, Parse);
                var members = System.Collections.Immutable.ImmutableArray<ISymbol>.Empty;
                Time(2, () => members = type.GetMembers());
                Time(3, () => Array.ForEach(members.OfType<IPropertySymbol>().ToArray(), p => p.GetAttributes()));
                Time(4, Parse);
            }

            if (round >= WarmUp)
            {
                for (int i = 0; i < names.Length; i++)
                {
                    totals[i] += times[i];
                }
            }
        }

        return $"SchemaGen workload, {GeneratorWorkload.TypeCount} types, new compilation, mean of {Rounds} (ms): "
            + string.Join(", ", names.Select((n, i) => $"{n} {totals[i] / Rounds:F2}"));
    }
}
