using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace SchemaGen.Benchmarks.Generator;

/// <summary>
/// SchemaGen's generator against System.Text.Json's, each driven by <c>CSharpGeneratorDriver</c>
/// over <see cref="GeneratorWorkload.TypeCount"/> comparable types of five members.
/// </summary>
/// <remarks>
/// <para><b>Cold</b>: a new driver and a new compilation of the already parsed files (the JIT,
/// the metadata references and the syntax trees are warm; the compilation's symbols are not), as
/// in a build.</para>
/// <para><b>Unrelated edit</b>: the driver that already ran on the project runs again on the
/// project plus one new file that has nothing to do with any schema, as in an IDE while typing.</para>
/// </remarks>
[MemoryDiagnoser]
[BenchmarkCategory("Generator")]
public class GeneratorBenchmarks
{
    private const int WarmUpRuns = 40;

    private GeneratorWorkload _workload = null!;
    private IIncrementalGenerator _generator = null!;
    private Compilation _compilation = null!;
    private GeneratorDriver _ranDriver = null!;

    /// <summary>Which generator runs.</summary>
    [Params(GeneratorKind.SchemaGen, GeneratorKind.SystemTextJson)]
    public GeneratorKind Generator { get; set; }

    /// <summary>Parses the project, runs the generator once on it, and checks what it produced.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _workload = GeneratorWorkload.Create(Generator);
        _generator = _workload.CreateGenerator();
        _compilation = _workload.CreateCompilation();
        _ranDriver = _workload.CreateDriver(_generator).RunGenerators(_compilation);
        GeneratedOutput.Require(_workload, _ranDriver.GetRunResult());
        // Roslyn's own code needs dozens of runs before tiered compilation has optimised it; a
        // benchmark that started earlier would time the JIT (the first runs are 3-4x slower).
        for (int i = 0; i < WarmUpRuns; i++)
        {
            Cold();
            AfterUnrelatedEdit();
        }

        if (Generator == GeneratorKind.SchemaGen)
        {
            // The claim the edit benchmark rests on: nothing is regenerated.
            var check = IncrementalCheck.Run(_workload);
            if (!check.AllCachedOrUnchanged)
            {
                throw new InvalidOperationException("After an unrelated edit SchemaGen's steps are not all Cached/Unchanged:\n" + check);
            }
        }
    }

    /// <summary>A new driver on a new compilation: a build.</summary>
    [Benchmark(Description = "Cold run")]
    public GeneratorDriver Cold()
        => _workload.CreateDriver(_generator).RunGenerators(_workload.CreateCompilation());

    /// <summary>The driver that ran already, on the project plus one unrelated new file: typing in an IDE.</summary>
    [Benchmark(Description = "After an unrelated edit")]
    public GeneratorDriver AfterUnrelatedEdit()
        => _ranDriver.RunGenerators(_compilation.AddSyntaxTrees(_workload.UnrelatedTree));
}
