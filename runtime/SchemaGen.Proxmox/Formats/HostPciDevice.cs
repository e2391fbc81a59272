using System.ComponentModel;

namespace SchemaGen.Proxmox;

/// <summary>
/// A <c>hostpci0</c>..<c>hostpci15</c> option: a host PCI device passed through, for example <c>0000:01:00.0,pcie=1</c>.
/// </summary>
[PropertyString("pve-qm-hostpci", Option = "hostpci0")]
public readonly partial record struct HostPciDevice
{
    /// <summary>Host PCI device pass through.</summary>
    [Key(
        "host",
        DefaultKey = true,
        Optional = true,
        Pattern = @"(?:(?:(?:[a-f0-9]{4,}:)?[a-f0-9]{2}:[a-f0-9]{2}(?:\.[a-f0-9])?)(;(?:(?:[a-f0-9]{4,}:)?[a-f0-9]{2}:[a-f0-9]{2}(?:\." +
            @"[a-f0-9])?))*)",
        FormatDescription = "HOSTPCIID[;HOSTPCIID2...]")]
    [Description("Host PCI device pass through. The PCI ID of a host's PCI device or a list\nof PCI virtual functions of the host. " +
        "HOSTPCIID syntax is:\n\n'bus:dev.func' (hexadecimal numbers)\n\nYou can use the 'lspci' command to list existing PCI " +
        "devices.\n\nEither this or the 'mapping' key must be set.\n")]
    public partial string? Host { get; init; }

    /// <summary>Override PCI device ID visible to guest.</summary>
    [Key("device-id", Optional = true, Pattern = @"(?:^0x[0-9a-fA-F]{4}$)", FormatDescription = "hex id")]
    [Description("Override PCI device ID visible to guest")]
    public partial string? DeviceId { get; init; }

    /// <summary>If set to 'keep' the device will neither be reset nor bound to the 'vfio-pci' driver.</summary>
    [Key("driver", Default = HostPciDriver.Vfio)]
    [Description("If set to 'keep' the device will neither be reset nor bound to the 'vfio-pci' driver. Useful for devices that " +
        "already have the correct driver loaded.")]
    public partial HostPciDriver Driver { get; init; }

    /// <summary>Pass this device in legacy IGD mode, making it the primary and exclusive graphics device in the VM.</summary>
    [Key("legacy-igd", Default = false)]
    [Description("Pass this device in legacy IGD mode, making it the primary and exclusive graphics device in the VM. Requires " +
        "'pc-i440fx' machine type and VGA set to 'none'.")]
    public partial bool LegacyIgd { get; init; }

    /// <summary>The ID of a cluster wide mapping.</summary>
    [Key("mapping", Optional = true, FormatDescription = "mapping-id", Format = "pve-configid")]
    [Description("The ID of a cluster wide mapping. Either this or the default-key 'host' must be set.")]
    public partial string? Mapping { get; init; }

    /// <summary>The type of mediated device to use.</summary>
    [Key("mdev", Optional = true, Pattern = @"[^/\.:]+", FormatDescription = "string")]
    [Description("The type of mediated device to use.\nAn instance of this type will be created on startup of the VM and\nwill be " +
        "cleaned up when the VM stops.\n")]
    public partial string? Mdev { get; init; }

    /// <summary>Choose the PCI-express bus (needs the 'q35' machine model).</summary>
    [Key("pcie", Default = false)]
    [Description("Choose the PCI-express bus (needs the 'q35' machine model).")]
    public partial bool Pcie { get; init; }

    /// <summary>Specify whether or not the device's ROM will be visible in the guest's memory map.</summary>
    [Key("rombar", Default = true)]
    [Description("Specify whether or not the device's ROM will be visible in the guest's memory map.")]
    public partial bool Rombar { get; init; }

    /// <summary>Custom pci device rom filename (must be located in /usr/share/kvm/).</summary>
    [Key("romfile", Optional = true, Pattern = @"[^,;]+", FormatDescription = "string")]
    [Description("Custom pci device rom filename (must be located in /usr/share/kvm/).")]
    public partial string? Romfile { get; init; }

    /// <summary>Override PCI subsystem device ID visible to guest.</summary>
    [Key("sub-device-id", Optional = true, Pattern = @"(?:^0x[0-9a-fA-F]{4}$)", FormatDescription = "hex id")]
    [Description("Override PCI subsystem device ID visible to guest")]
    public partial string? SubDeviceId { get; init; }

    /// <summary>Override PCI subsystem vendor ID visible to guest.</summary>
    [Key("sub-vendor-id", Optional = true, Pattern = @"(?:^0x[0-9a-fA-F]{4}$)", FormatDescription = "hex id")]
    [Description("Override PCI subsystem vendor ID visible to guest")]
    public partial string? SubVendorId { get; init; }

    /// <summary>Override PCI vendor ID visible to guest.</summary>
    [Key("vendor-id", Optional = true, Pattern = @"(?:^0x[0-9a-fA-F]{4}$)", FormatDescription = "hex id")]
    [Description("Override PCI vendor ID visible to guest")]
    public partial string? VendorId { get; init; }

    /// <summary>Enable vfio-vga device support.</summary>
    [Key("x-vga", Default = false)]
    [Description("Enable vfio-vga device support.")]
    public partial bool XVga { get; init; }
}
