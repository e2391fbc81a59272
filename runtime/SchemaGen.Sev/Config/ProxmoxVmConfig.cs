using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace SchemaGen.Sev;

/// <summary>
/// The current configuration of a Proxmox VE VM, read from its <c>/etc/pve/qemu-server/&lt;vmid&gt;.conf</c>:
/// <c>key: value</c> lines. Comment lines (<c>#</c>) and blank lines are skipped; reading stops at the
/// first section header (<c>[snapshot-name]</c>, <c>[PENDING]</c>, <c>[special:cloudinit]</c>), which
/// holds snapshots and pending changes rather than the current configuration. Every key is kept,
/// known or not; values are the text after the colon with surrounding white space trimmed.
/// </summary>
public sealed partial class ProxmoxVmConfig
{
    private readonly Dictionary<string, string> _values;
    private readonly List<string> _keys;

    private ProxmoxVmConfig(Dictionary<string, string> values, List<string> keys, List<string> unparsed)
    {
        _values = values;
        _keys = keys;
        UnparsedLines = unparsed;
    }

    /// <summary>The keys in the order of the file (a repeated key keeps its first place and its last value, as PVE keeps the
    /// last).</summary>
    public IReadOnlyList<string> Keys => _keys;

    /// <summary>Lines of the current configuration that are neither <c>key: value</c>, comments nor blank (PVE warns about and skips
    /// them).</summary>
    public IReadOnlyList<string> UnparsedLines { get; }

    /// <summary>A key's value, or <see langword="null"/> when the configuration does not have it.</summary>
    /// <param name="key">The key, for example <c>amd-sev</c>.</param>
    public string? this[string key] => _values.GetValueOrDefault(key);

    /// <summary>The <c>bios</c> option (<see langword="null"/> means SeaBIOS).</summary>
    public string? Bios => this["bios"];

    /// <summary>The <c>machine</c> option, for example <c>q35</c> or <c>pc-q35-9.2+pve1</c>.</summary>
    public string? Machine => this["machine"];

    /// <summary>Whether the machine type is q35 (which has SMM), as qemu-server tells it: the type contains <c>q35</c>.</summary>
    public bool IsQ35 => Machine is { } machine && MachineType(machine).Contains("q35", StringComparison.Ordinal);

    /// <summary>Whether the VM has an <c>amd-sev</c> option.</summary>
    public bool HasAmdSev => !string.IsNullOrEmpty(this["amd-sev"]);

    /// <summary>Whether the VM has an <c>intel-tdx</c> option.</summary>
    public bool HasIntelTdx => !string.IsNullOrEmpty(this["intel-tdx"]);

    /// <summary>Reads a configuration from its text.</summary>
    /// <param name="text">The file's content.</param>
    public static ProxmoxVmConfig Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var keys = new List<string>();
        var unparsed = new List<string>();
        foreach (var span in text.AsSpan().EnumerateLines())
        {
            string line = span.ToString();
            if (line.StartsWith('[') && SectionHeader().IsMatch(line))
            {
                break;
            }

            if (line.StartsWith('#') || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var match = KeyValueLine().Match(line);
            if (!match.Success)
            {
                unparsed.Add(line);
                continue;
            }

            string key = match.Groups[1].Value;
            if (!values.ContainsKey(key))
            {
                keys.Add(key);
            }

            values[key] = match.Groups[2].Value;
        }

        return new ProxmoxVmConfig(values, keys, unparsed);
    }

    /// <summary>Reads a configuration file.</summary>
    /// <param name="path">The file, for example <c>/etc/pve/qemu-server/100.conf</c>.</param>
    public static ProxmoxVmConfig ReadFile(string path) => Parse(File.ReadAllText(path));

    /// <summary>Whether the configuration has a key.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">Its value.</param>
    public bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);

    /// <summary>The <c>amd-sev</c> option, parsed; <see langword="null"/> when the VM has none.</summary>
    /// <exception cref="PropertyStringException">The value is not a valid <c>amd-sev</c> option.</exception>
    public AmdSevOptions? GetAmdSev() => this["amd-sev"] is { } value ? AmdSevOptions.Parse(value) : null;

    /// <summary>The <c>intel-tdx</c> option, parsed; <see langword="null"/> when the VM has none.</summary>
    /// <exception cref="PropertyStringException">The value is not a valid <c>intel-tdx</c> option.</exception>
    public SchemaGen.Tdx.IntelTdxOptions? GetIntelTdx() => this["intel-tdx"] is { } value ? SchemaGen.Tdx.IntelTdxOptions.Parse(value)
        : null;

    /// <summary>The <c>efidisk0</c> option, parsed; <see langword="null"/> when the VM has none.</summary>
    /// <exception cref="PropertyStringException">The value is not a valid <c>efidisk0</c> option.</exception>
    public EfiDiskOptions? GetEfiDisk() => this["efidisk0"] is { } value ? EfiDiskOptions.Parse(value) : null;

    /// <summary>The <c>arch</c> option; <see langword="null"/> when absent (PVE then uses the host's).</summary>
    /// <exception cref="FormatException">The value is neither <c>x86_64</c> nor <c>aarch64</c>.</exception>
    public GuestArchitecture? GetArchitecture() => this["arch"] switch
    {
        null => null,
        var name when GuestArchitectureNames.TryParse(name, out var architecture) => architecture,
        var name => throw new FormatException($"arch: value '{name}' does not have a value in the enumeration 'x86_64, aarch64'"),
    };

    // The machine option is itself a property string whose default key is the type.
    private static string MachineType(string machine)
    {
        string first = machine.Split(',')[0];
        return first.StartsWith("type=", StringComparison.Ordinal) ? first["type=".Length..] : first;
    }

    // qemu-server's parse_vm_config: a key of lowercase letters, '_' and '-', with an optional index.
    [GeneratedRegex(@"^([a-z][a-z_\-]*\d*):\s*(.+?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyValueLine();

    [GeneratedRegex(@"^\[([a-zA-Z0-9_:\-]+)\]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SectionHeader();
}
