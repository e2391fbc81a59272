using System.Diagnostics;
using System.Globalization;
using System.Text;
using SchemaGen.Benchmarks.Alternatives;
using SchemaGen.Proxmox;
using SchemaGen.Runtime;
using SchemaGen.Sev;

namespace SchemaGen.Benchmarks.Parsing;

/// <summary>
/// The parsers of one input taken in turns in one process (<c>--interleaved-parse [rounds]</c>): in each round every
/// parser parses the input in a batch of its own, the order turned round from one round to the next, a full collection
/// before each batch. A slow spell of a shared VM slows a round's batches alike, so the median of each round's ratio
/// (against the Split+Dictionary parser, and against the hand-written one with PVE's checks) stays put where the means of
/// separate BenchmarkDotNet cases do not; and a parser that slows more than the others in such a spell shows it.
/// <c>amd-sev</c>'s last row is no parser but the floor under them, <see cref="SplitAlone"/>: the hand-written parser's
/// split with no key read; the shorter <c>net0</c> text's last two are that split, and that split with the two strings that
/// a <c>net0</c> parser allocating nothing takes from the runtime's pool.
/// </summary>
public static class InterleavedParses
{
    // Long enough a batch to outlast a timer tick many times over, short enough for rounds to sample the machine's spells.
    private const int BatchNanoseconds = 20_000_000;

    /// <summary>Warms every parser up, then times <paramref name="rounds"/> rounds of each input and returns the summary.</summary>
    public static string Run(int rounds)
    {
        var text = new StringBuilder();
        foreach (var (name, parsers) in Inputs())
        {
            text.Append(Run(name, parsers, rounds));
        }

        return text.ToString();
    }

    private static IEnumerable<(string Name, (string Name, Func<int, int> Parse)[] Parsers)> Inputs()
    {
        string sev = SevInputs.Text(SevInput.Typical);
        byte[] sevUtf8 = Encoding.UTF8.GetBytes(sev);
        yield return ($"amd-sev '{sev}'",
        [
            ("Split+Dictionary", count => Times(count, () => SplitDictionaryParser.Parse(sev).Type != default)),
            ("Hand-written, PVE's checks", count => Times(count, () => HandWrittenSevParser.TryParse(sev, out _))),
            ("SchemaGen UTF-16", count => Times(count, () => AmdSevOptions.TryParse(sev.AsSpan(), out _, out _))),
            ("SchemaGen UTF-8", count => Times(count, () => AmdSevOptions.TryParse(sevUtf8.AsSpan(), out _, out _))),
            ("The split alone, UTF-16", count => Times(count, () => SplitAlone.TrySplit(sev.AsSpan(), out _))),
        ]);

        foreach (string net in (string[])["virtio=BC:24:11:2D:3E:4F,bridge=vmbr0,firewall=1",
                     "virtio=BC:24:11:2D:3E:4F,bridge=vmbr0,firewall=1,mtu=1500,queues=4,tag=54"])
        {
            byte[] netUtf8 = Encoding.UTF8.GetBytes(net);
            Range mac = Find(net, "BC:24:11:2D:3E:4F"), bridge = Find(net, "vmbr0");
            (string, Func<int, int>)[] parsers =
            [
                ("Split+Dictionary", count => Times(count, () => RichSplitDictionaryParsers.ParseNet(net).Model != default)),
                ("Hand-written, PVE's checks", count => Times(count, () => HandWrittenNetParser.TryParse(net, out _))),
                ("SchemaGen UTF-16", count => Times(count, () => NetworkDevice.TryParse(net.AsSpan(), out _, out _))),
                ("SchemaGen UTF-8", count => Times(count, () => NetworkDevice.TryParse(netUtf8.AsSpan(), out _, out _))),
            ];

            // The floors where the split is one window: the hand-written amd-sev parser's split classifies a window of
            // fewer than 16 characters one character at a time, which is no floor (the longer text's second window).
            yield return ($"net0 '{net}'", net.Length > HandWrittenSevParser.Window ? parsers :
            [
                .. parsers,
                ("The split alone, UTF-16", count => Times(count, () => SplitAlone.TrySplit(net.AsSpan(), out _))),
                ("The split and two strings", count => Times(count, () => SplitAndStrings(net, mac, bridge))),
            ]);
        }
    }

    // The floor under a net0 parser that allocates nothing: the split, and the two strings its record holds (the MAC
    // address and the bridge) taken from the runtime's pool, as every such parser must.
    private static bool SplitAndStrings(string net, Range mac, Range bridge)
    {
        var pool = StringPool.Shared!;
        return SplitAlone.TrySplit(net.AsSpan(), out int keyLengths)
            && pool.GetOrAdd(net.AsSpan()[mac]).Length + pool.GetOrAdd(net.AsSpan()[bridge]).Length + keyLengths > 0;
    }

    private static Range Find(string text, string value)
    {
        int start = text.IndexOf(value, StringComparison.Ordinal);
        Require(start >= 0, $"'{value}' is not in '{text}'");
        return new Range(start, start + value.Length);
    }

    // Calls parse count times; the count of answers true, so that a parser that refuses the input is seen.
    private static int Times(int count, Func<bool> parse)
    {
        int accepted = 0;
        for (int i = 0; i < count; i++)
        {
            accepted += parse() ? 1 : 0;
        }

        return accepted;
    }

    private static string Run(string input, (string Name, Func<int, int> Parse)[] parsers, int rounds)
    {
        // Every parser must accept the input (the Split+Dictionary one reads a model or a type that is not the default).
        // Warm-up also fixes each batch's size: about BatchNanoseconds of the parser's calls.
        var counts = new int[parsers.Length];
        for (int p = 0; p < parsers.Length; p++)
        {
            for (int i = 0; i < 30; i++)
            {
                Require(parsers[p].Parse(10_000) == 10_000, $"{parsers[p].Name} refuses {input}");
            }

            counts[p] = Math.Max(1_000, (int)(BatchNanoseconds / Time(parsers[p].Parse, 100_000)));
        }

        var times = parsers.Select(_ => new List<double>(rounds)).ToArray();
        for (int round = 0; round < rounds; round++)
        {
            for (int i = 0; i < parsers.Length; i++)
            {
                int p = (round + i) % parsers.Length;
                times[p].Add(Time(parsers[p].Parse, counts[p]));
            }
        }

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{input}: {rounds} rounds in turns");
        text.AppendLine("  (ns a parse: best, median; the median of each round's ratio to Split+Dictionary, "
            + "and to the hand-written parser)");
        for (int p = 0; p < parsers.Length; p++)
        {
            var perRound = times[p];
            double toBaseline = Statistics.Median(perRound.Select((t, round) => times[0][round] / t));
            double toHandWritten = Statistics.Median(perRound.Select((t, round) => t / times[1][round]));
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  {parsers[p].Name,-28} {perRound.Min(),8:F1} " +
                $"{Statistics.Median(perRound),8:F1}   {toBaseline,5:F1}x faster   {toHandWritten,5:F2} of the hand-written time"));
        }

        return text.ToString();
    }

    // ns a call over count calls, after a full collection so that no batch pays for another's garbage.
    private static double Time(Func<int, int> parse, int count)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var clock = Stopwatch.StartNew();
        parse(count);
        return clock.Elapsed.TotalNanoseconds / count;
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}
