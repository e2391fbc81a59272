using BenchmarkDotNet.Attributes;
using SchemaGen.Proxmox;

namespace SchemaGen.Benchmarks.Config;

/// <summary>Which VM config file a <see cref="ConfigFileBenchmarks"/> run reads.</summary>
public enum ConfigFile
{
    /// <summary>A VM of today's qemu-server: 15 options, 7 of them property strings.</summary>
    Typical,

    /// <summary>
    /// qemu-server's own test config <c>snapshot-input/delete/qemu-server/104.conf</c>: 13 options and three
    /// snapshots with their comments, 63 lines.
    /// </summary>
    Snapshots,
}

/// <summary>
/// Reading a whole VM config file with <see cref="QemuVmConfig.Parse"/>: the line rules of qemu-server's
/// <c>parse_vm_config</c>, every option checked with its format (or as a plain option), and the model that
/// keeps it all. Beside it, the same file's property strings through their formats alone, the part of the
/// work the generated parsers do: what is left is the reader's.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Config")]
public class ConfigFileBenchmarks
{
    private const string TypicalVm = """
        boot: order=scsi0;ide2;net0
        cores: 4
        cpu: x86-64-v2-AES
        ide2: none,media=cdrom
        memory: 4096
        meta: creation-qemu=9.0.2,ctime=1718000000
        name: web01
        net0: virtio=BC:24:11:2D:3E:4F,bridge=vmbr0,firewall=1
        numa: 0
        ostype: l26
        scsi0: local-lvm:vm-100-disk-0,discard=on,iothread=1,size=32G
        scsihw: virtio-scsi-single
        smbios1: uuid=7b10d7af-b932-4c66-b2c3-3996152ec465
        sockets: 1
        vmgenid: 0f5c9a3e-6e0b-4c0d-9b3e-2a5b8c7d1e4f

        """;

    private string _text = "";
    private (PropertyStringFormat Format, string Value)[] _propertyStrings = [];

    /// <summary>Which file is read.</summary>
    [Params(ConfigFile.Typical, ConfigFile.Snapshots)]
    public ConfigFile File { get; set; }

    /// <summary>Loads the file and checks that it is valid, so that no run times the error path.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = File == ConfigFile.Typical ? TypicalVm : System.IO.File.ReadAllText(SnapshotsPath());
        var config = QemuVmConfig.Parse(_text);
        if (!config.IsValid)
        {
            throw new InvalidOperationException("The benchmark's config is not valid: " + string.Join("; ", config.Problems));
        }

        _propertyStrings = config.Sections.SelectMany(section => section.Options)
            .Where(option => option.Format is not null)
            .Select(option => (option.Format!, option.Value))
            .ToArray();
    }

    /// <summary>The whole file: its lines, their checks, the model.</summary>
    [Benchmark(Baseline = true, Description = "QemuVmConfig.Parse")]
    public int ReadFile() => QemuVmConfig.Parse(_text).Sections.Count;

    /// <summary>Only the file's property strings, each through its format (as the reader calls it).</summary>
    [Benchmark(Description = "Its property strings alone")]
    public int PropertyStringsAlone()
    {
        int valid = 0;
        foreach (var (format, value) in _propertyStrings)
        {
            valid += format.TryParse(value, out _, out _) ? 1 : 0;
        }

        return valid;
    }

    // The test config, found from the benchmark's output folder up to the repository.
    private static string SnapshotsPath()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var path = Path.Combine(folder.FullName, "tests", "SchemaGen.Proxmox.Tests", "configs", "snapshot-delete-104.conf");
            if (System.IO.File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException(
            "tests/SchemaGen.Proxmox.Tests/configs/snapshot-delete-104.conf not found above " + AppContext.BaseDirectory);
    }
}
