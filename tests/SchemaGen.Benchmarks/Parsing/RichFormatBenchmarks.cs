using System.Text;
using BenchmarkDotNet.Attributes;
using SchemaGen.Benchmarks.Alternatives;
using SchemaGen.TestSchemas;

namespace SchemaGen.Benchmarks.Parsing;

/// <summary>Which richer format a <see cref="RichFormatBenchmarks"/> run parses.</summary>
public enum RichFormat
{
    /// <summary>A <c>net</c>-like NIC: <c>virtio=BC:24:11:2D:3E:4F,bridge=vmbr0,firewall=1,tag=10,queues=4</c>.</summary>
    Net,

    /// <summary>A drive: <c>local-lvm:vm-100-disk-0,size=32G,media=disk,iops=500</c>.</summary>
    Drive,
}

/// <summary>
/// Parsing and printing two richer formats of the test schemas (tests/schemas): the generated
/// parser against the Split + Dictionary parser of the same format. Both schemas are classes with
/// string keys, so a parse allocates the object and its strings and nothing else.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Rich")]
public class RichFormatBenchmarks
{
    private string _text = "";
    private byte[] _utf8 = [];
    private NetDevice _net = null!;
    private DriveVolume _drive = null!;
    private readonly char[] _chars = new char[256];
    private readonly byte[] _bytes = new byte[256];

    /// <summary>Which format is parsed.</summary>
    [Params(RichFormat.Net, RichFormat.Drive)]
    public RichFormat Format { get; set; }

    /// <summary>Prepares the input and checks that both parsers read it alike.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = Format == RichFormat.Net
            ? "virtio=BC:24:11:2D:3E:4F,bridge=vmbr0,firewall=1,tag=10,queues=4"
            : "local-lvm:vm-100-disk-0,size=32G,media=disk,iops=500";
        _utf8 = Encoding.UTF8.GetBytes(_text);
        if (Format == RichFormat.Net)
        {
            _net = NetDevice.Parse(_text, null);
            // The plain parser sets every key (null when absent), so compare what the keys read as.
            var plain = RichSplitDictionaryParsers.ParseNet(_text);
            Require(plain.Model == _net.Model && plain.MacAddress == _net.MacAddress && plain.Bridge == _net.Bridge
                && plain.Firewall == _net.Firewall && plain.Tag == _net.Tag && plain.Queues == _net.Queues
                && Generated_Utf8() is NetDevice utf8 && utf8 == _net);
        }
        else
        {
            _drive = DriveVolume.Parse(_text, null);
            var plain = RichSplitDictionaryParsers.ParseDrive(_text);
            Require(plain.File == _drive.File && plain.Size == _drive.Size && plain.Media == _drive.Media && plain.Iops == _drive.Iops
                && Generated_Utf8() is DriveVolume);
        }
    }

    /// <summary>Split + Dictionary of the same format.</summary>
    [Benchmark(Baseline = true, Description = "Split+Dictionary (baseline)")]
    public object SplitDictionary() => Format == RichFormat.Net
        ? RichSplitDictionaryParsers.ParseNet(_text)
        : RichSplitDictionaryParsers.ParseDrive(_text);

    /// <summary>The generated parser on UTF-16 text.</summary>
    [Benchmark(Description = "SchemaGen TryParse UTF-16")]
    public object? Generated_Utf16()
    {
        if (Format == RichFormat.Net)
        {
            NetDevice.TryParse(_text.AsSpan(), out var net, out _);
            return net;
        }

        DriveVolume.TryParse(_text.AsSpan(), out var drive, out _);
        return drive;
    }

    /// <summary>The generated parser on UTF-8 bytes.</summary>
    [Benchmark(Description = "SchemaGen TryParse UTF-8")]
    public object? Generated_Utf8()
    {
        if (Format == RichFormat.Net)
        {
            NetDevice.TryParse(_utf8.AsSpan(), out var net, out _);
            return net;
        }

        DriveVolume.TryParse(_utf8.AsSpan(), out var drive, out _);
        return drive;
    }

    /// <summary>The generated printer, to chars.</summary>
    [Benchmark(Description = "SchemaGen TryFormat chars")]
    public int TryFormatChars()
    {
        int written;
        _ = Format == RichFormat.Net ? _net.TryFormat(_chars, out written) : _drive.TryFormat(_chars, out written);
        return written;
    }

    /// <summary>The generated printer, to UTF-8.</summary>
    [Benchmark(Description = "SchemaGen TryFormat UTF-8")]
    public int TryFormatUtf8()
    {
        int written;
        _ = Format == RichFormat.Net ? _net.TryFormat(_bytes, out written) : _drive.TryFormat(_bytes, out written);
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
