using System.ComponentModel;
using SchemaGen;

namespace SchemaGen.TestSchemas;

/// <summary>
/// qemu-server's <c>net</c> format, to test PVE's keyAlias (every NIC model is also a key whose value
/// is the MAC address: <c>virtio=BC:24:11:2D:3E:4F</c>), named formats, an optional default key's
/// absence, numbers and a pattern, against tests/vectors/qemu/net.cases.jsonl.
/// </summary>
[PropertyString("test-net", Option = "net0")]
public sealed partial record NetDevice
{
    /// <summary>The NIC model; each model is also a key for <see cref="MacAddress"/>.</summary>
    [Key("model", DefaultKey = true, ValuesAreKeysFor = "macaddr")]
    [Description("Network Card Model.")]
    public required partial NicModel Model { get; init; }

    /// <summary>The MAC address.</summary>
    [Key("macaddr", Format = "mac-addr", FormatDescription = "XX:XX:XX:XX:XX:XX",
        VerboseDescription = "A common MAC address with the I/G (Individual/Group) bit not set.")]
    [Description("MAC address.")]
    public partial string? MacAddress { get; init; }

    /// <summary>The bridge.</summary>
    [Key("bridge", Format = "pve-bridge-id", FormatDescription = "bridge")]
    public partial string? Bridge { get; init; }

    /// <summary>Whether the firewall protects the interface.</summary>
    [Key("firewall")]
    public partial bool? Firewall { get; init; }

    /// <summary>Host GSO over UDP tunnel offload.</summary>
    [Key("host-tunnel")]
    public partial bool? HostTunnel { get; init; }

    /// <summary>Whether the link is down.</summary>
    [Key("link_down")]
    public partial bool? LinkDown { get; init; }

    /// <summary>The MTU.</summary>
    [Key("mtu", Minimum = 1, Maximum = 65520)]
    public partial int? Mtu { get; init; }

    /// <summary>The number of packet queues.</summary>
    [Key("queues", Minimum = 0, Maximum = 64)]
    public partial int? Queues { get; init; }

    /// <summary>The rate limit in MB/s.</summary>
    [Key("rate", Minimum = 0)]
    public partial double? Rate { get; init; }

    /// <summary>The VLAN tag.</summary>
    [Key("tag", Minimum = 1, Maximum = 4094)]
    public partial int? Tag { get; init; }

    /// <summary>The VLAN trunks.</summary>
    [Key("trunks", FormatDescription = "vlanid[;vlanid...]", Pattern = @"\d+(?:-\d+)?(?:;\d+(?:-\d+)?)*")]
    public partial string? Trunks { get; init; }
}

/// <summary>The NIC models of qemu-server.</summary>
public enum NicModel
{
    /// <summary>e1000.</summary>
    [EnumValue("e1000")] E1000,

    /// <summary>e1000-82540em.</summary>
    [EnumValue("e1000-82540em")] E1000_82540em,

    /// <summary>e1000-82544gc.</summary>
    [EnumValue("e1000-82544gc")] E1000_82544gc,

    /// <summary>e1000-82545em.</summary>
    [EnumValue("e1000-82545em")] E1000_82545em,

    /// <summary>e1000e.</summary>
    [EnumValue("e1000e")] E1000e,

    /// <summary>i82551.</summary>
    [EnumValue("i82551")] I82551,

    /// <summary>i82557b.</summary>
    [EnumValue("i82557b")] I82557b,

    /// <summary>i82559er.</summary>
    [EnumValue("i82559er")] I82559er,

    /// <summary>ne2k_isa.</summary>
    [EnumValue("ne2k_isa")] Ne2kIsa,

    /// <summary>ne2k_pci.</summary>
    [EnumValue("ne2k_pci")] Ne2kPci,

    /// <summary>pcnet.</summary>
    [EnumValue("pcnet")] Pcnet,

    /// <summary>rtl8139.</summary>
    [EnumValue("rtl8139")] Rtl8139,

    /// <summary>virtio.</summary>
    [EnumValue("virtio")] Virtio,

    /// <summary>vmxnet3.</summary>
    [EnumValue("vmxnet3")] Vmxnet3,
}
