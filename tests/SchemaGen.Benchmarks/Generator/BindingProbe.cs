using System.Diagnostics;
using Microsoft.CodeAnalysis;

namespace SchemaGen.Benchmarks.Generator;

/// <summary>
/// Which symbol calls make Roslyn bind (<c>--binding-probe</c>): on a new compilation of the SchemaGen
/// workload, times each kind of call in the order the transform makes them (the first call of a kind
/// pays the binding, later ones read what is bound), then <c>SchemaParser.Parse</c> on the bound
/// symbols, which is the transform's own work, and last the binding of the keys' attributes, which the
/// generator spares by reading them from the syntax. Means over 40 compilations after 20 of warm-up.
/// </summary>
public static class BindingProbe
{
    /// <summary>Runs the probe and returns one line of milliseconds for the 200 types.</summary>
    public static string Run()
    {
        var workload = GeneratorWorkload.Create(GeneratorKind.SchemaGen);
        string[] names = ["type attributes", "GetMembers", "keys read from syntax", "property types", "enum members' attributes",
            "SchemaParser.Parse (all bound)", "property attributes bound (not by the generator)"];
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
                Time(0, () => type.GetAttributes());
                var members = System.Collections.Immutable.ImmutableArray<ISymbol>.Empty;
                Time(1, () => members = type.GetMembers());
                var properties = members.OfType<IPropertySymbol>().ToArray();
                Time(2, () => SchemaGen.Generator.Parsing.FromSyntax.SyntacticKeyReader.Read(type, model, default));
                Time(3, () => Array.ForEach(properties, p => _ = p.Type));
                Time(4, () => Array.ForEach(properties, p =>
                {
                    if (p.Type.TypeKind == TypeKind.Enum)
                    {
                        foreach (var field in p.Type.GetMembers())
                        {
                            field.GetAttributes();
                        }
                    }
                }));
                Time(5, () => SchemaGen.Generator.Parsing.SchemaParser.Parse(
                    type, Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp13, model, default));
                Time(6, () => Array.ForEach(properties, p => p.GetAttributes()));
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
