using System.Diagnostics;
using System.Globalization;
using System.Reflection;
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
public static class BuildsInTurns
{
    // As the parsers in turns: long enough a batch to outlast a timer tick many times over, short enough for the
    // rounds to sample the machine's spells.
    private const int BatchNanoseconds = 20_000_000;

    private static readonly (string Name, string Text, Schema Schema)[] Inputs =
    [
        ("amd-sev short", SevInputs.Text(SevInput.Short), Schema.AmdSev),
        ("amd-sev typical", SevInputs.Text(SevInput.Typical), Schema.AmdSev),
        ("amd-sev long", SevInputs.Text(SevInput.Long), Schema.AmdSev),
        ("net0", "virtio=BC:24:11:2D:3E:4F,bridge=vmbr0,firewall=1", Schema.Net),
        ("net0 with integers", "virtio=BC:24:11:2D:3E:4F,bridge=vmbr0,firewall=1,mtu=1500,queues=4,tag=54", Schema.Net),
        ("scsi0", "local-lvm:vm-100-disk-0,discard=on,iothread=1,size=32G", Schema.Scsi),
    ];

    private static readonly byte[][] Utf8Texts = [.. Inputs.Select(i => Encoding.UTF8.GetBytes(i.Text))];

    private enum Schema
    {
        AmdSev,
        Net,
        Scsi,
    }

    /// <summary>
    /// Times <paramref name="rounds"/> rounds of every input in both encodings, each input and encoding in a process of
    /// its own (as BenchmarkDotNet runs each case: the parsers' code is laid out by what tiered compilation saw them
    /// parse, and one input's profile would reach the next input's rounds), and in a second process with the builds
    /// loaded the other way round: the build loaded second ran `std` 16% slower than the same build loaded first, and
    /// the geometric mean of the two orders' ratios cancels such a bias.
    /// </summary>
    /// <exception cref="ArgumentException">A folder holds no build of this program.</exception>
    public static string Run(string firstFolder, string secondFolder, int rounds)
    {
        // Both folders checked here, before any process is started for them.
        BuildIn(firstFolder);
        BuildIn(secondFolder);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"A = {firstFolder}, B = {secondFolder}: {rounds} rounds in turns");
        text.AppendLine("  (ns a parse, the median of each build's rounds; B's time over A's, the median of each round's ratio, "
            + "with A loaded first, then with B loaded first, and their geometric mean)");
        for (int input = 0; input < Inputs.Length; input++)
        {
            foreach (bool utf8 in (bool[])[false, true])
            {
                var (a, b, ratio) = Child(firstFolder, secondFolder, rounds, Case(input, utf8));
                var (bFirst, aSecond, inverse) = Child(secondFolder, firstFolder, rounds, Case(input, utf8));
                text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  {Case(input, utf8),-28} " +
                    $"A {(a + aSecond) / 2,8:F2} ns   B {(b + bFirst) / 2,8:F2} ns   B/A {ratio:F3}, {1 / inverse:F3}: " +
                    $"{Math.Sqrt(ratio / inverse):F3}"));
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
                    var (a, b, ratio) = Compare([Load(firstFolder), Load(secondFolder)], input, utf8, rounds);
                    return string.Create(CultureInfo.InvariantCulture, $"  {name,-28} A {a,8:F2} ns   B {b,8:F2} ns   B/A {ratio:F3}");
                }
            }
        }

        throw new ArgumentException($"no input '{name}'", nameof(name));
    }

    // RunOne in a process of its own; its three numbers.
    private static (double A, double B, double Ratio) Child(string firstFolder, string secondFolder, int rounds, string name)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        foreach (string argument in (string[])[typeof(BuildsInTurns).Assembly.Location, "--builds-in-turns", firstFolder, secondFolder,
                     rounds.ToString(CultureInfo.InvariantCulture), "--input", name])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        string line = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (process.ExitCode != 0 || words.Length < 3)
        {
            throw new InvalidOperationException($"timing {name} failed (exit code {process.ExitCode}): {line}");
        }

        double After(string label) => double.Parse(words[Array.LastIndexOf(words, label) + 1], CultureInfo.InvariantCulture);
        return (After("A"), After("B"), After("B/A"));
    }

    /// <summary>
    /// Parses input number <paramref name="input"/> <paramref name="count"/> times with this build's parsers and
    /// returns the time a parse in nanoseconds; the entry point each build's copy of this class is called by.
    /// </summary>
    /// <exception cref="InvalidOperationException">The build refuses the input.</exception>
    public static double Time(int input, bool utf8, int count)
    {
        ReadOnlySpan<char> chars = Inputs[input].Text;
        ReadOnlySpan<byte> bytes = Utf8Texts[input];
        int accepted = 0;
        var clock = Stopwatch.StartNew();
        // A loop for each parser and encoding, so that every call is direct, as in a program that parses one format.
        switch (Inputs[input].Schema, utf8)
        {
            case (Schema.AmdSev, false):
                for (int i = 0; i < count; i++) accepted += AmdSevOptions.TryParse(chars, out _, out _) ? 1 : 0;
                break;
            case (Schema.AmdSev, true):
                for (int i = 0; i < count; i++) accepted += AmdSevOptions.TryParse(bytes, out _, out _) ? 1 : 0;
                break;
            case (Schema.Net, false):
                for (int i = 0; i < count; i++) accepted += NetworkDevice.TryParse(chars, out _, out _) ? 1 : 0;
                break;
            case (Schema.Net, true):
                for (int i = 0; i < count; i++) accepted += NetworkDevice.TryParse(bytes, out _, out _) ? 1 : 0;
                break;
            case (Schema.Scsi, false):
                for (int i = 0; i < count; i++) accepted += ScsiDrive.TryParse(chars, out _, out _) ? 1 : 0;
                break;
            case (Schema.Scsi, true):
                for (int i = 0; i < count; i++) accepted += ScsiDrive.TryParse(bytes, out _, out _) ? 1 : 0;
                break;
        }

        double nanoseconds = clock.Elapsed.TotalNanoseconds / count;
        if (accepted != count)
        {
            throw new InvalidOperationException($"this build refuses '{Inputs[input].Text}'");
        }

        return nanoseconds;
    }

    private static (double A, double B, double Ratio) Compare(Func<int, bool, int, double>[] builds, int input, bool utf8, int rounds)
    {
        // Warm-up, as for the parsers in turns; it also sizes each batch to about BatchNanoseconds of the first build.
        foreach (var build in builds)
        {
            for (int i = 0; i < 30; i++)
            {
                build(input, utf8, 10_000);
            }
        }

        int count = Math.Max(1_000, (int)(BatchNanoseconds / builds[0](input, utf8, 100_000)));
        var times = new[] { new List<double>(rounds), new List<double>(rounds) };
        for (int round = 0; round < rounds; round++)
        {
            for (int i = 0; i < 2; i++)
            {
                int b = (round + i) % 2;
                GC.Collect();
                times[b].Add(builds[b](input, utf8, count));
            }
        }

        double ratio = Statistics.Median(times[1].Select((t, round) => t / times[0][round]));
        return (Statistics.Median(times[0]), Statistics.Median(times[1]), ratio);
    }

    private static string Case(int input, bool utf8) => Inputs[input].Name + (utf8 ? " UTF-8" : " UTF-16");

    // This program's Time in the build of the folder, with the build's own SchemaGen assemblies.
    private static Func<int, bool, int, double> Load(string folder)
    {
        string program = BuildIn(folder);
        var assembly = new BuildContext(Path.GetDirectoryName(program)!).LoadFromAssemblyPath(program);
        return assembly.GetType(typeof(BuildsInTurns).FullName!, throwOnError: true)!
            .GetMethod(nameof(Time), BindingFlags.Public | BindingFlags.Static)!
            .CreateDelegate<Func<int, bool, int, double>>();
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
