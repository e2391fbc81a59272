using System.ComponentModel;

namespace SchemaGen.Proxmox;

/// <summary>
/// A <c>usb0</c>..<c>usb13</c> option: a host USB device or a SPICE redirection, for example <c>spice,usb3=1</c>.
/// </summary>
[PropertyString("pve-qm-usb", Option = "usb0")]
public readonly partial record struct UsbDevice
{
    /// <summary>The Host USB device or port or the value 'spice'.</summary>
    [Key(
        "host",
        DefaultKey = true,
        Optional = true,
        Pattern = @"(?:(?:(?:(?:(0x)?([0-9A-Fa-f]{4}):(0x)?([0-9A-Fa-f]{4})))|(?:(?:(\d+)\-(\d+(\.\d+)*)))|[Ss][Pp][Ii][Cc][Ee]))",
        FormatDescription = "HOSTUSBDEVICE|spice")]
    [Description("The Host USB device or port or the value 'spice'. HOSTUSBDEVICE syntax is:\n\n 'bus-port(.port)*' (decimal numbers) " +
        "or\n 'vendor_id:product_id' (hexadecimal numbers) or\n 'spice'\n\nYou can use the 'lsusb -t' command to list existing " +
        "usb devices.\n\nNOTE: This option allows direct access to host hardware. So it is no longer possible to migrate " +
        "such\nmachines - use with special care.\n\nThe value 'spice' can be used to add a usb redirection devices for " +
        "spice.\n\nEither this or the 'mapping' key must be set.\n")]
    public partial string? Host { get; init; }

    /// <summary>The ID of a cluster wide mapping.</summary>
    [Key("mapping", Optional = true, FormatDescription = "mapping-id", Format = "pve-configid")]
    [Description("The ID of a cluster wide mapping. Either this or the default-key 'host' must be set.")]
    public partial string? Mapping { get; init; }

    /// <summary>Specifies whether if given host option is a USB3 device or port.</summary>
    [Key("usb3", Default = false)]
    [Description("Specifies whether if given host option is a USB3 device or port. For modern guests (machine version >= 7.1 and " +
        "ostype l26 and windows > 7), this flag is irrelevant (all devices are plugged into a xhci controller).")]
    public partial bool Usb3 { get; init; }
}
