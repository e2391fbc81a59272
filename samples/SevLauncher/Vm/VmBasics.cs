using System.Globalization;
using SchemaGen.Proxmox;

namespace SevLauncher.Vm;

/// <summary>
/// The few settings outside <c>amd-sev</c> that <c>start</c> needs to run a bootable QEMU: name,
/// memory, sockets and cores, machine type. Read with qemu-server's defaults (512 MiB, one socket,
/// one core, i440fx) so that a config holding only the confidential part still starts.
/// </summary>
internal sealed record VmBasics(string Name, int MemoryMiB, int Sockets, int Cores, bool Q35)
{
    public const int DefaultMemoryMiB = 512;

    public int Cpus => Sockets * Cores;

    /// <summary>The <c>-machine</c> options before the confidential flags: upstream QEMU's type (qemu-server's <c>+pve</c> versions exist
    /// only in Proxmox's QEMU) and KVM, which SEV needs.</summary>
    public string MachineOptions => $"type={(Q35 ? "q35" : "pc")},accel=kvm";

    /// <summary>
    /// Reads the settings; a count the launcher cannot start with (0, or beyond an int) is a configuration error. The reader has
    /// checked every option already (<c>memory</c>'s format, the counts' type): one it refused is reported there, and the default
    /// stands in for it.
    /// </summary>
    public static VmBasics Read(QemuConfigSection config, string configPath, int? vmId, List<Finding> findings)
    {
        string name = config["name"] ?? (vmId is { } id ? "vm" + id.ToString(CultureInfo.InvariantCulture)
            : Path.GetFileNameWithoutExtension(configPath));
        int memory = DefaultMemoryMiB;
        if (config.GetParsed<MemoryOptions>("memory") is { } parsed && config.TryGetOption("memory", out var option))
        {
            if (parsed.Current <= int.MaxValue)
            {
                memory = (int)parsed.Current;
            }
            else
            {
                findings.Add(Finding.ConfigError($"line {option.Line}: memory: {parsed.Current} MiB is more than sev-launch can start"));
            }
        }

        return new VmBasics(name, memory, Count(config, "sockets", findings), Count(config, "cores", findings), config.IsQ35());
    }

    private static int Count(QemuConfigSection config, string key, List<Finding> findings)
    {
        // Absent, or not an integer at all, which the reader has reported already (qemu-server's check_type): the default.
        if (!config.TryGetOption(key, out var option) || !option.IsValid)
        {
            return 1;
        }

        if (int.TryParse(option.Value, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value >= 1)
        {
            return value;
        }

        findings.Add(Finding.ConfigError($"line {option.Line}: {key}: value '{option.Value}' is not a positive integer"));
        return 1;
    }
}
