using System.ComponentModel;

namespace SchemaGen.Proxmox;

/// <summary>
/// The <c>agent</c> option: the QEMU guest agent and what it is used for, for example <c>1,fstrim_cloned_disks=1</c>.
/// </summary>
[PropertyString("pve-qm-agent", Option = "agent")]
public readonly partial record struct AgentOptions
{
    /// <summary>
    /// Enable/disable communication with a QEMU Guest Agent (QGA) running in the VM. PVE reads an absent value as 0, but the key must be
    /// given.
    /// </summary>
    [Key("enabled", DefaultKey = true)]
    [Description("Enable/disable communication with a QEMU Guest Agent (QGA) running in the VM.")]
    public required partial bool Enabled { get; init; }

    /// <summary>
    /// Freeze guest filesystems through QGA for consistent disk state on operations such as snapshots, backups, replications and clones.
    /// </summary>
    [Key(
        "freeze-fs",
        Aliases = ["guest-fsfreeze", "freeze-fs-on-backup"],
        Default = true,
        VerboseDescription = "Whether to issue the guest-fsfreeze-freeze and guest-fsfreeze-thaw QEMU guest agent commands. Backups " +
            "in snapshot mode, clones, snapshots without RAM, importing disks from a running guest, and " +
            "replications normally issue a guest-fsfreeze-freeze and a respective thaw command when the QEMU Guest " +
            "agent option is enabled in the guest's configuration and the agent is running inside of the " +
            "guest.\n\nThe deprecated 'freeze-fs-on-backup' setting is treated as an alias for this setting.")]
    [Description("Freeze guest filesystems through QGA for consistent disk state on operations such as snapshots, backups, " +
        "replications and clones.")]
    public partial bool FreezeFs { get; init; }

    /// <summary>Run fstrim after moving a disk or migrating the VM.</summary>
    [Key("fstrim_cloned_disks", Default = false)]
    [Description("Run fstrim after moving a disk or migrating the VM.")]
    public partial bool FstrimClonedDisks { get; init; }

    /// <summary>Select the agent type.</summary>
    [Key("type", Default = AgentType.Virtio)]
    [Description("Select the agent type")]
    public partial AgentType Type { get; init; }
}
