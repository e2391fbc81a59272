using System.Text;
using BenchmarkDotNet.Attributes;
using SchemaGen.Benchmarks.Alternatives;
using SchemaGen.Proxmox;
using SchemaGen.Runtime;

namespace SchemaGen.Benchmarks.Parsing;

/// <summary>Which richer format a <see cref="RichFormatBenchmarks"/> run parses.</summary>
public enum RichFormat
{
    /// <summary>A <c>net0</c> value, <see cref="NetworkDevice"/>: <c>virtio=BC:24:11:2D:3E:4F,bridge=vmbr0,firewall=1</c>.</summary>
    Net,

    /// <summary>A <c>scsi0</c> value, <see cref="ScsiDrive"/>: <c>local-lvm:vm-100-disk-0,discard=on,iothread=1,size=32G</c>.</summary>
    Drive,

    /// <summary>
    /// A <c>net0</c> value with three integer keys: <c>virtio=BC:24:11:2D:3E:4F,bridge=vmbr0,firewall=1,mtu=1500,queues=4,tag=54</c>.
    /// </summary>
    TaggedNet,
}

/// <summary>
/// Parsing and printing two of SchemaGen.Proxmox's formats as a VM config holds them (<c>net</c> twice, with
/// integer keys and without): the generated parser against the Split + Dictionary parser of the same
/// format. The records are structs; the strings they hold come from the runtime's string pool, so a repeated parse
/// allocates nothing. Every method returns a small value, so that nothing is boxed.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Rich")]
public class RichFormatBenchmarks
{
    private string _text = "";
    private byte[] _utf8 = [];
    private NetworkDevice _net;
    private ScsiDrive _drive;
    private Range[] _strings = [];
    private readonly char[] _chars = new char[256];
    private readonly byte[] _bytes = new byte[256];

    /// <summary>Which format is parsed.</summary>
    [Params(RichFormat.Net, RichFormat.Drive, RichFormat.TaggedNet)]
    public RichFormat Format { get; set; }

    private bool IsNet => Format != RichFormat.Drive;

    /// <summary>Prepares the input and checks that both parsers read it alike.</summary>
    [GlobalSetup]
    public void Setup()
    {
        // Lines of qemu-server's own test configs (tests/SchemaGen.Proxmox.Tests/configs), in their usual form.
        _text = Format switch
        {
            RichFormat.Net => "virtio=BC:24:11:2D:3E:4F,bridge=vmbr0,firewall=1",
            RichFormat.TaggedNet => "virtio=BC:24:11:2D:3E:4F,bridge=vmbr0,firewall=1,mtu=1500,queues=4,tag=54",
            _ => "local-lvm:vm-100-disk-0,discard=on,iothread=1,size=32G",
        };
        _utf8 = Encoding.UTF8.GetBytes(_text);
        if (IsNet)
        {
            _net = NetworkDevice.Parse(_text, null);
            // The plain parser sets every key (null when absent), so compare what the keys read as.
            var plain = RichSplitDictionaryParsers.ParseNet(_text);
            Require(plain.Model == _net.Model && plain.Macaddr == _net.Macaddr && plain.Bridge == _net.Bridge
                && plain.Firewall == _net.Firewall && plain.Mtu == _net.Mtu && plain.Queues == _net.Queues && plain.Tag == _net.Tag
                && NetworkDevice.Parse(_utf8, null) == _net);
            Require(HandWrittenNetParser.TryParse(_text, out var handWritten) && handWritten == _net);
        }
        else
        {
            _drive = ScsiDrive.Parse(_text, null);
            var plain = RichSplitDictionaryParsers.ParseScsi(_text);
            Require(plain.File == _drive.File && plain.Discard == _drive.Discard && plain.Iothread == _drive.Iothread
                && plain.Size == _drive.Size && ScsiDrive.Parse(_utf8, null) == _drive);
        }

        Require(Generated_Utf16() && Generated_Utf8());

        // Where the strings the parsed value holds are in the text: the MAC address and the bridge, or the volume.
        string[] held = IsNet ? [_net.Macaddr!, _net.Bridge!] : [_drive.File];
        _strings = [.. held.Select(value => new Range(_text.IndexOf(value, StringComparison.Ordinal), _text.IndexOf(value,
            StringComparison.Ordinal) + value.Length))];
        Require(PooledStringsAlone() == held.Sum(value => value.Length));
    }

    /// <summary>Split + Dictionary of the same format.</summary>
    [Benchmark(Baseline = true, Description = "Split+Dictionary (baseline)")]
    public int SplitDictionary() => IsNet
        ? (int)RichSplitDictionaryParsers.ParseNet(_text).Model
        : RichSplitDictionaryParsers.ParseScsi(_text).File.Length;

    /// <summary>The generated parser on UTF-16 text.</summary>
    [Benchmark(Description = "SchemaGen TryParse UTF-16")]
    public bool Generated_Utf16() => IsNet
        ? NetworkDevice.TryParse(_text.AsSpan(), out _, out _)
        : ScsiDrive.TryParse(_text.AsSpan(), out _, out _);

    /// <summary>The generated parser on UTF-8 bytes.</summary>
    [Benchmark(Description = "SchemaGen TryParse UTF-8")]
    public bool Generated_Utf8() => IsNet
        ? NetworkDevice.TryParse(_utf8.AsSpan(), out _, out _)
        : ScsiDrive.TryParse(_utf8.AsSpan(), out _, out _);

    /// <summary>
    /// The hand-written <c>net</c> parser with PVE's checks, <see cref="HandWrittenNetParser"/>: the speed limit of the
    /// generated parser. There is none of <c>scsi</c>, so the Drive row measures nothing and is not reported.
    /// </summary>
    [Benchmark(Description = "Hand-written span, PVE's checks")]
    public bool HandWritten() => IsNet && HandWrittenNetParser.TryParse(_text.AsSpan(), out _);

    /// <summary>
    /// Only the part of a parse that returns the value's strings without allocating: each looked up in
    /// the runtime's string pool. No parser that returns them as strings, allocating nothing, does less.
    /// </summary>
    [Benchmark(Description = "Its strings from the pool alone")]
    public int PooledStringsAlone()
    {
        var pool = StringPool.Shared!;
        int length = 0;
        foreach (var range in _strings)
        {
            length += pool.GetOrAdd(_text.AsSpan()[range]).Length;
        }

        return length;
    }

    /// <summary>The generated printer, to chars.</summary>
    [Benchmark(Description = "SchemaGen TryFormat chars")]
    public int TryFormatChars()
    {
        int written;
        _ = IsNet ? _net.TryFormat(_chars, out written) : _drive.TryFormat(_chars, out written);
        return written;
    }

    /// <summary>The generated printer, to UTF-8.</summary>
    [Benchmark(Description = "SchemaGen TryFormat UTF-8")]
    public int TryFormatUtf8()
    {
        int written;
        _ = IsNet ? _net.TryFormat(_bytes, out written) : _drive.TryFormat(_bytes, out written);
        return written;
    }

    private static void Require(bool condition)
    {
        if (!condition)
        {
            throw new InvalidOperationException("The parsers do not read the input alike.");
        }
    }
}
