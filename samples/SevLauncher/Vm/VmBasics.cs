using System.Globalization;
using System.Text.RegularExpressions;
using SchemaGen.Sev;

namespace SevLauncher.Vm;

/// <summary>
/// The few settings outside <c>amd-sev</c> that <c>start</c> needs to run a bootable QEMU: name,
/// memory, sockets and cores, machine type. Read with qemu-server's defaults (512 MiB, one socket,
/// one core, i440fx) so that a config holding only the confidential part still starts.
/// </summary>
internal sealed partial record VmBasics(string Name, int MemoryMiB, int Sockets, int Cores, bool Q35)
{
    public const int DefaultMemoryMiB = 512;

    public int Cpus => Sockets * Cores;

    /// <summary>The <c>-machine</c> options before the confidential flags: upstream QEMU's type (qemu-server's <c>+pve</c> versions exist
    /// only in Proxmox's QEMU) and KVM, which SEV needs.</summary>
    public string MachineOptions => $"type={(Q35 ? "q35" : "pc")},accel=kvm";

    /// <summary>Reads the settings; a value that is not a number is a configuration error.</summary>
    public static VmBasics Read(ProxmoxVmConfig config, string configPath, int? vmId, List<Finding> findings)
    {
        string name = config["name"] ?? (vmId is { } id ? "vm" + id.ToString(CultureInfo.InvariantCulture)
            : Path.GetFileNameWithoutExtension(configPath));
        int memory = DefaultMemoryMiB;
        if (config["memory"] is { } memoryText)
        {
            // qemu-server 8.1+ writes memory as a property string whose default key is 'current'.
            var match = Memory().Match(memoryText);
            if (match.Success && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int mib)
                && mib >= 16)
            {
                memory = mib;
            }
            else
            {
                findings.Add(Finding.ConfigError($"memory: value '{memoryText}' is not a memory size in MiB (16 or more)"));
            }
        }

        return new VmBasics(name, memory, Count(config, "sockets", findings), Count(config, "cores", findings), config.IsQ35);
    }

    private static int Count(ProxmoxVmConfig config, string key, List<Finding> findings)
    {
        if (config[key] is not { } text)
        {
            return 1;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value >= 1)
        {
            return value;
        }

        findings.Add(Finding.ConfigError($"{key}: value '{text}' is not a positive integer"));
        return 1;
    }

    [GeneratedRegex(@"^(?:current=)?(\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Memory();
}
