using System.CommandLine;
using SchemaGen.Sev;
using SevLauncher.Qemu;
using SevLauncher.Vm;

namespace SevLauncher.Commands;

/// <summary>The argument and options every VM command (<c>check</c>, <c>showcmd</c>, <c>start</c>) takes.</summary>
internal sealed class VmCommandOptions
{
    public Argument<string> Config { get; } = new("VMCONF")
    {
        Description = "The VM's configuration, as in /etc/pve/qemu-server/<vmid>.conf: 'key: value' lines; "
            + "[snapshot] and [PENDING] sections are read and checked, but only the current configuration is planned.",
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

    public Option<string> Qemu { get; } = new("--qemu")
    {
        Description = "The QEMU executable start runs, and whose --version decides the firmware form (a name is looked up in PATH; "
            + "Proxmox VE's is /usr/bin/kvm).",
        HelpName = "PATH",
        DefaultValueFactory = _ => VmInputs.DefaultQemu,
    };

    public Option<string?> QemuVersion { get; } = CreateQemuVersion();

    /// <summary>Adds the argument and the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Arguments.Add(Config);
        command.Options.Add(Caps);
        command.Options.Add(Firmware);
        command.Options.Add(EfiDisk);
        command.Options.Add(Qemu);
        command.Options.Add(QemuVersion);
    }

    public VmInputs Read(ParseResult result, string? varsPath = null) => new(
        result.GetValue(Config)!,
        result.GetValue(Caps),
        result.GetValue(Firmware)!,
        result.GetValue(EfiDisk),
        varsPath,
        result.GetValue(Qemu)!,
        result.GetValue(QemuVersion) is { } version ? SevLauncher.Qemu.QemuVersion.ParseNumber(version) : null);

    private static Option<string?> CreateQemuVersion()
    {
        var option = new Option<string?>("--qemu-version")
        {
            Description = "Plan for this QEMU version (10.0 and later: qemu-server 9's -blockdev firmware lines; before: -drive "
                + "if=pflash) instead of asking '--qemu --version'. A machine version the config pins (pc-q35-9.2+pve1) wins.",
            HelpName = "VERSION",
        };
        option.Validators.Add(result =>
        {
            string? text = result.GetValueOrDefault<string?>();
            if (text is not null && SevLauncher.Qemu.QemuVersion.ParseNumber(text) is null)
            {
                result.AddError($"--qemu-version: '{text}' is not a version like 10.0 or 9.2.0");
            }
        });
        return option;
    }
}
