using System.ComponentModel;

namespace SchemaGen.Proxmox;

/// <summary>
/// The <c>boot</c> option: the boot order, for example <c>order=scsi0;net0</c>.
/// </summary>
[PropertyString("pve-qm-boot", Option = "boot")]
public readonly partial record struct BootOptions
{
    /// <summary>Boot on floppy (a), hard disk (c), CD-ROM (d), or network (n).</summary>
    [Key("legacy", DefaultKey = true, Default = "cdn", Pattern = @"[acdn]{1,4}", FormatDescription = "[acdn]{1,4}")]
    [Description("Boot on floppy (a), hard disk (c), CD-ROM (d), or network (n). Deprecated, use 'order=' instead.")]
    public partial string Legacy { get; init; }

    /// <summary>The guest will attempt to boot from devices in the order they appear here.</summary>
    [Key("order", Optional = true, FormatDescription = "device[;device...]", Format = "pve-qm-bootdev-list")]
    [Description("The guest will attempt to boot from devices in the order they appear here.\n\nDisks, optical drives and " +
        "passed-through storage USB devices will be directly\nbooted from, NICs will load PXE, and PCIe devices will either " +
        "behave like disks\n(e.g. NVMe) or load an option ROM (e.g. RAID controller, hardware NIC).\n\nNote that only devices " +
        "in this list will be marked as bootable and thus loaded\nby the guest firmware (BIOS/UEFI). If you require multiple " +
        "disks for booting\n(e.g. software-raid), you need to specify all of them here.\n\nOverrides the deprecated " +
        "'legacy=[acdn]*' value when given.\n")]
    public partial string? Order { get; init; }
}
