using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using SchemaGen.Proxmox;

namespace SchemaGen.Benchmarks.Parsing;

/// <summary>Which value with a pattern key a <see cref="PatternKeyBenchmarks"/> run parses.</summary>
public enum PatternValue
{
    /// <summary><c>smbios1: uuid=7b10d7af-b932-4c66-b2c3-3996152ec465</c>, <see cref="Smbios1Options"/>: a UUID pattern.</summary>
    Smbios1,

    /// <summary><c>machine: pc-q35-9.0+pve0</c>, <see cref="MachineOptions"/>: the machine types' pattern, the longest of PVE's.</summary>
    Machine,

    /// <summary><c>meta: creation-qemu=9.0.2,ctime=1718000000</c>, <see cref="MetaInfo"/>: a version pattern.</summary>
    Meta,

    /// <summary><c>cpu: host,flags=+aes;+pdpe1gb</c>, <see cref="CpuOptions"/>: the CPU flags' pattern.</summary>
    Cpu,
}

/// <summary>
/// Values of four formats whose keys have a pattern, as nearly every VM config holds them: the generated
/// parser, whose patterns are automata built at compile time, against the pattern alone as a
/// <c>Regex</c> checks it (interpreted, as each key had it before; compiled to IL, which costs
/// milliseconds the first time it is used). Every method returns a small value, so that nothing is boxed.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Rich")]
public class PatternKeyBenchmarks
{
    private string _text = "";
    private byte[] _utf8 = [];
    private string _patterned = "";
    private Regex _interpreted = null!;
    private Regex _compiled = null!;

    /// <summary>Which value is parsed.</summary>
    [Params(PatternValue.Smbios1, PatternValue.Machine, PatternValue.Meta, PatternValue.Cpu)]
    public PatternValue Value { get; set; }

    /// <summary>Prepares the input, the value of its pattern key, and that key's pattern as two Regex.</summary>
    [GlobalSetup]
    public void Setup()
    {
        (_text, _patterned, var (type, property)) = Value switch
        {
            PatternValue.Smbios1 => ("uuid=7b10d7af-b932-4c66-b2c3-3996152ec465", "7b10d7af-b932-4c66-b2c3-3996152ec465",
                (typeof(Smbios1Options), nameof(Smbios1Options.Uuid))),
            PatternValue.Machine => ("pc-q35-9.0+pve0", "pc-q35-9.0+pve0", (typeof(MachineOptions), nameof(MachineOptions.Type))),
            PatternValue.Meta => ("creation-qemu=9.0.2,ctime=1718000000", "9.0.2", (typeof(MetaInfo), nameof(MetaInfo.CreationQemu))),
            _ => ("host,flags=+aes;+pdpe1gb", "+aes;+pdpe1gb", (typeof(CpuOptions), nameof(CpuOptions.Flags))),
        };
        _utf8 = Encoding.UTF8.GetBytes(_text);
        string pattern = "^(?:" + type.GetProperty(property)!.GetCustomAttribute<KeyAttribute>()!.Pattern + ")\\z";
        _interpreted = new Regex(pattern, RegexOptions.CultureInvariant);
        _compiled = new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);
        if (!Generated_Utf16() || !Generated_Utf8() || !_interpreted.IsMatch(_patterned) || !_compiled.IsMatch(_patterned))
        {
            throw new InvalidOperationException($"{Value}: '{_text}' does not parse, or its pattern key's value does not match.");
        }
    }

    /// <summary>The pattern key's value alone, through an interpreted Regex: what that one check cost each parse before.</summary>
    [Benchmark(Baseline = true, Description = "Regex interpreted, the pattern alone")]
    public bool Interpreted() => _interpreted.IsMatch(_patterned);

    /// <summary>The same through a Regex compiled to IL.</summary>
    [Benchmark(Description = "Regex compiled, the pattern alone")]
    public bool Compiled() => _compiled.IsMatch(_patterned);

    /// <summary>The generated parser on UTF-16 text, the whole value.</summary>
    [Benchmark(Description = "SchemaGen TryParse UTF-16")]
    public bool Generated_Utf16() => Value switch
    {
        PatternValue.Smbios1 => Smbios1Options.TryParse(_text.AsSpan(), out _, out _),
        PatternValue.Machine => MachineOptions.TryParse(_text.AsSpan(), out _, out _),
        PatternValue.Meta => MetaInfo.TryParse(_text.AsSpan(), out _, out _),
        _ => CpuOptions.TryParse(_text.AsSpan(), out _, out _),
    };

    /// <summary>The generated parser on UTF-8 bytes, the whole value.</summary>
    [Benchmark(Description = "SchemaGen TryParse UTF-8")]
    public bool Generated_Utf8() => Value switch
    {
        PatternValue.Smbios1 => Smbios1Options.TryParse(_utf8.AsSpan(), out _, out _),
        PatternValue.Machine => MachineOptions.TryParse(_utf8.AsSpan(), out _, out _),
        PatternValue.Meta => MetaInfo.TryParse(_utf8.AsSpan(), out _, out _),
        _ => CpuOptions.TryParse(_utf8.AsSpan(), out _, out _),
    };
}
