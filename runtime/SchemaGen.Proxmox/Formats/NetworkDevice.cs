using System.ComponentModel;

namespace SchemaGen.Proxmox;

/// <summary>
/// A <c>net0</c>..<c>net31</c> option: a network device, for example <c>virtio=BC:24:11:2D:3E:4F,bridge=vmbr0,firewall=1</c>.
/// </summary>
[PropertyString("pve-qm-net", Option = "net0")]
public readonly partial record struct NetworkDevice
{
    /// <summary>Network Card Model.</summary>
    [Key("model", DefaultKey = true, ValuesAreKeysFor = "macaddr")]
    [Description("Network Card Model. The 'virtio' model provides the best performance with very low CPU overhead. If your guest " +
        "does not support this driver, it is usually best to use 'e1000'.")]
    public required partial NetworkModel Model { get; init; }

    /// <summary>Bridge to attach the network device to.</summary>
    [Key("bridge", Optional = true, FormatDescription = "bridge", Format = "pve-bridge-id")]
    [Description("Bridge to attach the network device to. The Proxmox VE standard bridge\nis called 'vmbr0'.\n\nIf you do not specify a " +
        "bridge, we create a kvm user (NATed) network\ndevice, which provides DHCP and DNS services. The following " +
        "addresses\nare used:\n\n 10.0.2.2   Gateway\n 10.0.2.3   DNS Server\n 10.0.2.4   SMB Server\n\nThe DHCP server assign " +
        "addresses to the guest starting from 10.0.2.15.\n")]
    public partial string? Bridge { get; init; }

    /// <summary>Whether this interface should be protected by the firewall.</summary>
    [Key("firewall", Optional = true)]
    [Description("Whether this interface should be protected by the firewall.")]
    public partial bool? Firewall { get; init; }

    /// <summary>Enable host GSO over UDP tunnel offload.</summary>
    [Key(
        "host-tunnel",
        Optional = true,
        VerboseDescription = "Enable host GSO over UDP tunnel offload (VirtIO only). Requires QEMU > 10.2 and guest and host kernel " +
            "support. Disabled by default starting with machine version 11.0+pve1 to work around an issue with the " +
            "virtio-net driver in guest kernels. With machine versions 10.2 and 11.0, this is enabled by default.")]
    [Description("Enable host GSO over UDP tunnel offload. (VirtIO only).")]
    public partial bool? HostTunnel { get; init; }

    /// <summary>Whether this interface should be disconnected (like pulling the plug).</summary>
    [Key("link_down", Optional = true)]
    [Description("Whether this interface should be disconnected (like pulling the plug).")]
    public partial bool? LinkDown { get; init; }

    /// <summary>MAC address.</summary>
    [Key(
        "macaddr",
        Optional = true,
        FormatDescription = "XX:XX:XX:XX:XX:XX",
        Format = "mac-addr",
        VerboseDescription = "A common MAC address with the I/G (Individual/Group) bit not set.")]
    [Description("MAC address. That address must be unique within your network. This is automatically generated if not specified.")]
    public partial string? Macaddr { get; init; }

    /// <summary>Force MTU of network device (VirtIO only).</summary>
    [Key("mtu", Optional = true, Minimum = 1, Maximum = 65520)]
    [Description("Force MTU of network device (VirtIO only). Setting to '1' or empty will use the bridge MTU")]
    public partial int? Mtu { get; init; }

    /// <summary>Number of packet queues to be used on the device.</summary>
    [Key("queues", Optional = true, Minimum = 0, Maximum = 64)]
    [Description("Number of packet queues to be used on the device.")]
    public partial int? Queues { get; init; }

    /// <summary>Rate limit in mbps (megabytes per second) as floating point number.</summary>
    [Key("rate", Optional = true, Minimum = 0.0)]
    [Description("Rate limit in mbps (megabytes per second) as floating point number.")]
    public partial double? Rate { get; init; }

    /// <summary>VLAN tag to apply to packets on this interface.</summary>
    [Key("tag", Optional = true, Minimum = 1, Maximum = 4094)]
    [Description("VLAN tag to apply to packets on this interface.")]
    public partial int? Tag { get; init; }

    /// <summary>VLAN trunks to pass through this interface.</summary>
    [Key("trunks", Optional = true, Pattern = @"(?:\d+(?:-\d+)?(?:;\d+(?:-\d+)?)*)", FormatDescription = "vlanid[;vlanid...]")]
    [Description("VLAN trunks to pass through this interface.")]
    public partial string? Trunks { get; init; }
}
