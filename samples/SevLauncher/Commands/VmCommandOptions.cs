using System.CommandLine;
using SchemaGen.Sev;
using SevLauncher.Vm;

namespace SevLauncher.Commands;

/// <summary>The argument and options every VM command (<c>check</c>, <c>showcmd</c>, <c>start</c>) takes.</summary>
internal sealed class VmCommandOptions
{
    public Argument<string> Config { get; } = new("VMCONF")
    {
        Description = "The VM's configuration, as in /etc/pve/qemu-server/<vmid>.conf: 'key: value' lines; "
            + "[snapshot] and [PENDING] sections are ignored.",
    };

    public Option<string?> Caps { get; } = new("--caps")
    {
        Description = "Host capabilities from this JSON file (the format of " + SevCapabilityFile.DefaultPath + "). "
            + "Default: that file, else a live probe of this machine.",
        HelpName = "FILE",
    };

    public Option<string> Firmware { get; } = new("--firmware")
    {
        Description = "The OVMF firmware folder.",
        HelpName = "DIR",
        DefaultValueFactory = _ => OvmfCatalog.DefaultRoot,
    };

    public Option<string?> EfiDisk { get; } = new("--efidisk")
    {
        Description = "Where the VM's efidisk0 volume is on this host (what 'pvesm path <volume>' prints). "
            + "Needed for a volume on any storage but 'local' (/var/lib/vz).",
        HelpName = "PATH",
    };

    /// <summary>Adds the argument and the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Arguments.Add(Config);
        command.Options.Add(Caps);
        command.Options.Add(Firmware);
        command.Options.Add(EfiDisk);
    }

    public VmInputs Read(ParseResult result, string? varsPath = null) => new(
        result.GetValue(Config)!,
        result.GetValue(Caps),
        result.GetValue(Firmware)!,
        result.GetValue(EfiDisk),
        varsPath);
}
