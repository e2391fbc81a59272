using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using System.Text;
using SchemaGen.Proxmox;
using SchemaGen.Sev;

namespace SchemaGen.Benchmarks.Parsing;

/// <summary>
/// Two builds of the generated parsers taken in turns in one process (<c>--builds-in-turns FOLDER_A FOLDER_B
/// [rounds]</c>), each folder a copy of this program's output folder made after building one commit. Each build's
/// SchemaGen assemblies, this one's included, are loaded into a load context of their own; in each round both builds
/// parse an input in a batch of their own, the order turned round from one round to the next. A change of a few
/// percent, which separate processes on a shared VM do not show, shows as the median of each round's ratio (B's time
/// over A's). This is how the "in turns" before-and-after tables of docs/benchmarks.md are measured.
/// </summary>
/// <remarks>
/// Each round puts the input at a place of its own in a 4 KiB page, the same place for both builds. Where a text lies
/// matters: when its address matches, in its last 12 bits, that of a store still on its way from the parser's frame
/// (the error the caller clears, a register saved), the processor holds the load back as if it depended on the store,
/// and the typical <c>amd-sev</c> value parsed in 50 ns instead of 31 at a few places in the page. A text that stays
/// where it is gives a process that lucky or unlucky place for all its rounds, and one build's frame may meet it where
/// the other's does not; the rounds' medians are over the page's places instead.
/// </remarks>
public static class BuildsInTurns
{
    // As the parsers in turns: long enough a batch to outlast a timer tick many times over, short enough for the
    // rounds to sample the machine's spells.
    private const int BatchNanoseconds = 20_000_000;

    // Long enough for tiered compilation to have compiled a build's parsers fully (it waits 100 ms after the last
    // method it saw first, then compiles in the background).
    private const int WarmUpMilliseconds = 600;

    private static readonly (string Name, string Text, Schema Schema)[] Inputs =
    [
        ("amd-sev short", SevInputs.Text(SevInput.Short), Schema.AmdSev),
        ("amd-sev typical", SevInputs.Text(SevInput.Typical), Schema.AmdSev),
        ("amd-sev long", SevInputs.Text(SevInput.Long), Schema.AmdSev),
        ("net0", "virtio=BC:24:11:2D:3E:4F,bridge=vmbr0,firewall=1", Schema.Net),
        ("net0 with integers", "virtio=BC:24:11:2D:3E:4F,bridge=vmbr0,firewall=1,mtu=1500,queues=4,tag=54", Schema.Net),
        ("scsi0", "local-lvm:vm-100-disk-0,discard=on,iothread=1,size=32G", Schema.Scsi),

        // Last, so that a build from before it times the inputs above by the same numbers: a text of 8-15 characters,
        // a window of its own length (as many of a VM config's values are).
        ("amd-sev two keys", "snp,no-debug=1", Schema.AmdSev),
    ];

    // The page the inputs are put in, and the step between one round's place and the next: 97 places of 16 bytes, so
    // that 256 rounds take every place once and a few rounds are spread over the page.
    private const int PageBytes = 4096;
    private const int PlaceBytes = 16;
    private const int PlaceStride = 97;

    private static readonly byte[] Pages = GC.AllocateArray<byte>(3 * PageBytes, pinned: true);

    // How many pairs of processes time each case, the builds loaded in both orders in each pair.
    private const int Pairs = 4;

    // Said after a case whose texts stayed where they were.
    private const string NotMoved = "   (texts not moved: a build predates TimeAt)";

    private static readonly byte[][] Utf8Texts = [.. Inputs.Select(i => Encoding.UTF8.GetBytes(i.Text))];

    private enum Schema
    {
        AmdSev,
        Net,
        Scsi,
    }

    /// <summary>
    /// Times <paramref name="rounds"/> rounds of every input in both encodings, each input and encoding in processes of
    /// its own (as BenchmarkDotNet runs each case: the parsers' code is laid out by what tiered compilation saw them
    /// parse, and one input's profile would reach the next input's rounds): <see cref="Pairs"/> pairs of processes, the
    /// builds loaded in one order in the first of each pair and in the other in the second (the build loaded second ran
    /// `std` 16% slower than the same build loaded first). The ratio is the median of those processes' ratios, and their
    /// range shows how far one process may stray.
    /// </summary>
    /// <exception cref="ArgumentException">A folder holds no build of this program.</exception>
    public static string Run(string firstFolder, string secondFolder, int rounds)
    {
        // Both folders checked here, before any process is started for them.
        BuildIn(firstFolder);
        BuildIn(secondFolder);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"A = {firstFolder}, B = {secondFolder}: {rounds} rounds in turns, in {2 * Pairs} processes a case");
        text.AppendLine("  (ns a parse, the median of the processes' medians; B's time over A's: the median of the processes' "
            + "ratios, each the median of its rounds' ratios, and their range; each round's text at a place of its own in a "
            + "page)");
        for (int input = 0; input < Inputs.Length; input++)
        {
            foreach (bool utf8 in (bool[])[false, true])
            {
                var (aTimes, bTimes, ratios) = (new List<double>(), new List<double>(), new List<double>());
                bool placed = true;
                try
                {
                    for (int pair = 0; pair < Pairs; pair++)
                    {
                        var (a, b, ratio, moved) = Child(firstFolder, secondFolder, rounds, Case(input, utf8));
                        var (bFirst, aSecond, inverse, _) = Child(secondFolder, firstFolder, rounds, Case(input, utf8));
                        aTimes.AddRange([a, aSecond]);
                        bTimes.AddRange([b, bFirst]);
                        ratios.AddRange([ratio, 1 / inverse]);
                        placed &= moved;
                    }
                }
                catch (InvalidOperationException e)
                {
                    // A case a build cannot time (one from before the input was added, say) is named; the rest still count.
                    text.AppendLine(CultureInfo.InvariantCulture, $"  {Case(input, utf8),-28} not timed: {e.Message.Trim()}");
                    continue;
                }

                text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  {Case(input, utf8),-28} " +
                    $"A {Statistics.Median(aTimes),8:F2} ns   B {Statistics.Median(bTimes),8:F2} ns   " +
                    $"B/A {Statistics.Median(ratios):F3} ({ratios.Min():F3}-{ratios.Max():F3})") + (placed ? "" : NotMoved));
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Times <paramref name="rounds"/> rounds of one input in one encoding, named as the summary of <see cref="Run"/>
    /// names it, in this process: one line, the first folder's build loaded first.
    /// </summary>
    /// <exception cref="ArgumentException">A folder holds no build of this program, or no input has that name.</exception>
    public static string RunOne(string firstFolder, string secondFolder, int rounds, string name)
    {
        for (int input = 0; input < Inputs.Length; input++)
        {
            foreach (bool utf8 in (bool[])[false, true])
            {
                if (Case(input, utf8) == name)
                {
                    var builds = new[] { Load(firstFolder), Load(secondFolder) };
                    double a, b, ratio;
                    bool placed;
                    try
                    {
                        (a, b, ratio, placed) = Compare(builds, input, utf8, rounds);
                    }
                    catch (IndexOutOfRangeException e)
                    {
                        // What a build from before this input was added does with its number (or a parser's own bug).
                        throw new ArgumentException($"a build has no input '{name}', or its parser failed: {e.Message}", nameof(name), e);
                    }

                    return string.Create(CultureInfo.InvariantCulture, $"  {name,-28} A {a,8:F2} ns   B {b,8:F2} ns   B/A {ratio:F3}")
                        + (placed ? "" : NotMoved);
                }
            }
        }

        throw new ArgumentException($"no input '{name}'", nameof(name));
    }

    // RunOne in a process of its own; its numbers.
    private static (double A, double B, double Ratio, bool Placed) Child(string firstFolder, string secondFolder, int rounds, string name)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardError = true };
        string[] arguments = [typeof(BuildsInTurns).Assembly.Location, "--builds-in-turns", firstFolder, secondFolder,
            rounds.ToString(CultureInfo.InvariantCulture), "--input", name];
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        string line = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (process.ExitCode != 0 || words.Length < 3)
        {
            throw new InvalidOperationException($"timing {name} failed (exit code {process.ExitCode}): {line}{errors.Result}");
        }

        double After(string label) => double.Parse(words[Array.LastIndexOf(words, label) + 1], CultureInfo.InvariantCulture);
        return (After("A"), After("B"), After("B/A"), !line.Contains(NotMoved, StringComparison.Ordinal));
    }

    /// <summary>
    /// Parses input number <paramref name="input"/> <paramref name="count"/> times with this build's parsers, the text
    /// put <paramref name="place"/> bytes into a page (-1: left where it is, as a build before this method did), and
    /// returns the time a parse in nanoseconds; the entry point each build's copy of this class is called by.
    /// </summary>
    /// <exception cref="InvalidOperationException">The build refuses the input.</exception>
    public static double TimeAt(int input, bool utf8, int count, int place)
    {
        string text = Inputs[input].Text;
        ReadOnlySpan<char> chars = text;
        ReadOnlySpan<byte> bytes = Utf8Texts[input];
        if (place >= 0)
        {
            // The page starts where the pinned array's address is a multiple of the page's size.
            int pageStart = PageBytes - (int)(Marshal.UnsafeAddrOfPinnedArrayElement(Pages, 0) % PageBytes);
            var at = Pages.AsSpan(pageStart + place, PageBytes);
            if (utf8)
            {
                bytes = at[..Encoding.UTF8.GetBytes(text, at)];
            }
            else
            {
                var units = MemoryMarshal.Cast<byte, char>(at)[..text.Length];
                text.CopyTo(units);
                chars = units;
            }
        }

        var clock = Stopwatch.StartNew();
        int accepted = (Inputs[input].Schema, utf8) switch
        {
            (Schema.AmdSev, false) => ParseAmdSev(chars, count),
            (Schema.AmdSev, true) => ParseAmdSev(bytes, count),
            (Schema.Net, false) => ParseNet(chars, count),
            (Schema.Net, true) => ParseNet(bytes, count),
            (Schema.Scsi, false) => ParseScsi(chars, count),
            _ => ParseScsi(bytes, count),
        };

        double nanoseconds = clock.Elapsed.TotalNanoseconds / count;
        if (accepted != count)
        {
            throw new InvalidOperationException($"this build refuses '{Inputs[input].Text}'");
        }

        return nanoseconds;
    }

    // One method a parser and encoding, each compiled on its own and called often enough in the warm-up to be compiled
    // at tier 1, as a program that parses one format compiles its loop (and as BenchmarkDotNet's benchmark methods are):
    // the six loops in TimeAt itself, which is called a few times, ran as its on-stack-replacement code, the other
    // five parsers' calls compiled into it.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ParseAmdSev(ReadOnlySpan<char> text, int count)
    {
        int accepted = 0;
        for (int i = 0; i < count; i++) accepted += AmdSevOptions.TryParse(text, out _, out _) ? 1 : 0;
        return accepted;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ParseAmdSev(ReadOnlySpan<byte> text, int count)
    {
        int accepted = 0;
        for (int i = 0; i < count; i++) accepted += AmdSevOptions.TryParse(text, out _, out _) ? 1 : 0;
        return accepted;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ParseNet(ReadOnlySpan<char> text, int count)
    {
        int accepted = 0;
        for (int i = 0; i < count; i++) accepted += NetworkDevice.TryParse(text, out _, out _) ? 1 : 0;
        return accepted;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ParseNet(ReadOnlySpan<byte> text, int count)
    {
        int accepted = 0;
        for (int i = 0; i < count; i++) accepted += NetworkDevice.TryParse(text, out _, out _) ? 1 : 0;
        return accepted;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ParseScsi(ReadOnlySpan<char> text, int count)
    {
        int accepted = 0;
        for (int i = 0; i < count; i++) accepted += ScsiDrive.TryParse(text, out _, out _) ? 1 : 0;
        return accepted;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ParseScsi(ReadOnlySpan<byte> text, int count)
    {
        int accepted = 0;
        for (int i = 0; i < count; i++) accepted += ScsiDrive.TryParse(text, out _, out _) ? 1 : 0;
        return accepted;
    }

    private static (double A, double B, double Ratio, bool Placed) Compare(Func<int, bool, int, int, double>[] builds, int input,
        bool utf8, int rounds)
    {
        // A build from before TimeAt cannot move its text: then neither build's is moved, so that both are timed alike.
        bool placed = builds.All(build => build.Target is not UnplacedBuild);
        // Warm-up, each build long enough for tiered compilation to compile its parsing loop at tier 1 (see ParseAmdSev).
        // It also sizes each batch to about BatchNanoseconds of the first build.
        for (int b = 0; b < builds.Length; b++)
        {
            var warm = Stopwatch.StartNew();
            while (warm.ElapsedMilliseconds < WarmUpMilliseconds)
            {
                builds[b](input, utf8, 10_000, placed ? 0 : -1);
            }
        }

        int count = Math.Max(1_000, (int)(BatchNanoseconds / builds[0](input, utf8, 100_000, placed ? 0 : -1)));
        var times = new[] { new List<double>(rounds), new List<double>(rounds) };
        for (int round = 0; round < rounds; round++)
        {
            int place = placed ? round * PlaceStride % (PageBytes / PlaceBytes) * PlaceBytes : -1;
            for (int i = 0; i < 2; i++)
            {
                int b = (round + i) % 2;
                GC.Collect();
                times[b].Add(builds[b](input, utf8, count, place));
            }
        }

        double ratio = Statistics.Median(times[1].Select((t, round) => t / times[0][round]));
        return (Statistics.Median(times[0]), Statistics.Median(times[1]), ratio, placed);
    }

    private static string Case(int input, bool utf8) => Inputs[input].Name + (utf8 ? " UTF-8" : " UTF-16");

    // This program's TimeAt in the build of the folder, with the build's own SchemaGen assemblies; in a build from
    // before it, its Time, which leaves the text where it is.
    private static Func<int, bool, int, int, double> Load(string folder)
    {
        string program = BuildIn(folder);
        var assembly = new BuildContext(Path.GetDirectoryName(program)!).LoadFromAssemblyPath(program);
        var type = assembly.GetType(typeof(BuildsInTurns).FullName!, throwOnError: true)!;
        if (type.GetMethod(nameof(TimeAt), BindingFlags.Public | BindingFlags.Static) is { } timeAt)
        {
            return timeAt.CreateDelegate<Func<int, bool, int, int, double>>();
        }

        return new UnplacedBuild(type.GetMethod("Time", BindingFlags.Public | BindingFlags.Static)!
            .CreateDelegate<Func<int, bool, int, double>>()).TimeAt;
    }

    // A build from before TimeAt, timed where its text is.
    private sealed class UnplacedBuild(Func<int, bool, int, double> time)
    {
        public double TimeAt(int input, bool utf8, int count, int place) => time(input, utf8, count);
    }

    // This program's assembly in the folder.
    private static string BuildIn(string folder)
    {
        string program = Path.Combine(Path.GetFullPath(folder), typeof(BuildsInTurns).Assembly.GetName().Name + ".dll");
        if (!File.Exists(program))
        {
            throw new ArgumentException(
                $"'{folder}' holds no build of the benchmarks ({Path.GetFileName(program)}): build a commit, then copy "
                + "tests/SchemaGen.Benchmarks/bin/Release/net10.0 to a folder of its own", nameof(folder));
        }

        return program;
    }

    // Loads SchemaGen's assemblies from the build's folder; everything else (the runtime, BenchmarkDotNet) is shared.
    private sealed class BuildContext(string folder) : AssemblyLoadContext($"SchemaGen build in {folder}")
    {
        protected override Assembly? Load(AssemblyName assemblyName)
        {
            string path = Path.Combine(folder, assemblyName.Name + ".dll");
            return assemblyName.Name!.StartsWith("SchemaGen", StringComparison.Ordinal) && File.Exists(path)
                ? LoadFromAssemblyPath(path)
                : null;
        }
    }
}
