using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using SchemaGen.Benchmarks.Generator;
using SchemaGen.Benchmarks.Parsing;

namespace SchemaGen.Benchmarks;

/// <summary>
/// Runs the benchmarks (BenchmarkDotNet's own options apply: <c>--filter</c>, <c>--job</c>, ...).
/// <c>--quick</c> runs a short in-process job that finishes in a few minutes;
/// <c>--check-incremental</c> only prints what each generator's steps did after an unrelated edit;
/// <c>--generator-breakdown</c> prints where each generator's time goes (<see cref="GeneratorBreakdown"/>);
/// <c>--profile-cold [SchemaGen|SystemTextJson] [seconds]</c> runs one generator cold in a loop for a profiler (<see cref="ColdLoop"/>);
/// <c>--binding-probe</c> times which symbol calls make Roslyn bind (<see cref="BindingProbe"/>);
/// <c>--interleaved-cold [pairs]</c> and <c>--interleaved-edit [pairs]</c> time both generators in turns, cold or after an
/// unrelated edit (<see cref="InterleavedRuns"/>);
/// <c>--interleaved-parse [rounds]</c> times the parsers of <c>amd-sev</c> and <c>net0</c> in turns (<see cref="InterleavedParses"/>);
/// <c>--builds-in-turns FOLDER_A FOLDER_B [rounds] [--input NAME]</c> times two builds' generated parsers in turns
/// (<see cref="BuildsInTurns"/>);
/// <c>--show-generated [SchemaGen|SystemTextJson]</c> prints what the generator writes for the workload's first type.
/// </summary>
public static class Program
{
    /// <summary>The entry point.</summary>
    public static int Main(string[] args)
    {
        if (args.Contains("--check-incremental"))
        {
            return CheckIncremental();
        }

        if (args.Contains("--generator-breakdown"))
        {
            foreach (var kind in Enum.GetValues<GeneratorKind>())
            {
                Console.WriteLine(GeneratorBreakdown.Run(GeneratorWorkload.Create(kind)));
            }

            return 0;
        }

        if (args.Contains("--binding-probe"))
        {
            Console.WriteLine(BindingProbe.Run());
            return 0;
        }

        foreach (var (option, afterEdit) in new[] { ("--interleaved-cold", false), ("--interleaved-edit", true) })
        {
            int interleaved = Array.IndexOf(args, option);
            if (interleaved >= 0)
            {
                int pairs = int.Parse(args.ElementAtOrDefault(interleaved + 1) ?? "100", System.Globalization.CultureInfo.InvariantCulture);
                Console.WriteLine(InterleavedRuns.Run(afterEdit, pairs));
                return 0;
            }
        }

        int parses = Array.IndexOf(args, "--interleaved-parse");
        if (parses >= 0)
        {
            int rounds = int.Parse(args.ElementAtOrDefault(parses + 1) ?? "60", System.Globalization.CultureInfo.InvariantCulture);
            Console.WriteLine(InterleavedParses.Run(rounds));
            return 0;
        }

        int builds = Array.IndexOf(args, "--builds-in-turns");
        if (builds >= 0)
        {
            if (args.Length < builds + 3)
            {
                Console.Error.WriteLine("--builds-in-turns FOLDER_A FOLDER_B [rounds] [--input NAME]: two copies of this program's "
                    + "output folder, each made after building one commit; --input: one input alone, in this process");
                return 2;
            }

            var (first, second) = (args[builds + 1], args[builds + 2]);
            string? roundsText = args.ElementAtOrDefault(builds + 3);
            int rounds = roundsText is null or "--input" ? 24 : int.Parse(roundsText, System.Globalization.CultureInfo.InvariantCulture);
            int one = Array.IndexOf(args, "--input");
            try
            {
                Console.WriteLine(one < 0
                    ? BuildsInTurns.Run(first, second, rounds)
                    : BuildsInTurns.RunOne(first, second, rounds, args.ElementAtOrDefault(one + 1) ?? ""));
                return 0;
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine($"--builds-in-turns: {e.Message}");
                return 2;
            }
        }

        int show = Array.IndexOf(args, "--show-generated");
        if (show >= 0)
        {
            var kind = Enum.Parse<GeneratorKind>(args.ElementAtOrDefault(show + 1) ?? nameof(GeneratorKind.SchemaGen));
            Console.WriteLine(GeneratedOutput.FirstType(GeneratorWorkload.Create(kind)));
            return 0;
        }

        int profile = Array.IndexOf(args, "--profile-cold");
        if (profile >= 0)
        {
            var kind = Enum.Parse<GeneratorKind>(args.ElementAtOrDefault(profile + 1) ?? nameof(GeneratorKind.SchemaGen));
            double seconds = double.Parse(args.ElementAtOrDefault(profile + 2) ?? "20", System.Globalization.CultureInfo.InvariantCulture);
            Console.WriteLine(ColdLoop.Run(kind, seconds));
            return 0;
        }

        bool quick = args.Contains("--quick");
        var rest = args.Where(a => a != "--quick").ToList();
        if (!rest.Any(a => a is "--filter" or "-f" or "--list" or "--info" or "--help" or "-h" or "-?"))
        {
            // Without a filter BenchmarkDotNet asks which benchmark to run; run them all.
            rest.AddRange(["--filter", "*"]);
        }

        var config = DefaultConfig.Instance;
        if (quick)
        {
            // ShortRun's counts, in this process: no project to build, no process to start.
            config = config.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("Quick"));
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. rest], config);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }

    private static int CheckIncremental()
    {
        bool ok = true;
        foreach (var kind in Enum.GetValues<GeneratorKind>())
        {
            var check = IncrementalCheck.Run(GeneratorWorkload.Create(kind));
            Console.WriteLine(check);
            ok &= kind != GeneratorKind.SchemaGen || check.AllCachedOrUnchanged;
        }

        return ok ? 0 : 1;
    }
}
