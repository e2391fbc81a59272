using System.ComponentModel;
using SchemaGen;

namespace ConsumerSample;

/// <summary>A network device of a VM, in the shape of Proxmox VE's <c>net0</c> option (simplified).</summary>
[PropertyString("pve-qm-net", Option = "net0")]
public sealed partial record NetworkDevice
{
    /// <summary>The emulated network card.</summary>
    [Key("model", DefaultKey = true)]
    [Description("Network Card Model.")]
    public required partial NicModel Model { get; init; }

    /// <summary>The bridge the device is attached to.</summary>
    [Key("bridge", Pattern = @"[-_.\w\d]+", MaxLength = 15)]
    [Description("Bridge to attach the network device to.")]
    public partial string? Bridge { get; init; }

    /// <summary>The MAC address.</summary>
    [Key("macaddr", Format = nameof(CheckMacAddress), FormatDescription = "XX:XX:XX:XX:XX:XX")]
    [Description("MAC address. That address must be unique within your network.")]
    public partial string? MacAddress { get; init; }

    /// <summary>Whether the firewall protects this interface.</summary>
    [Key("firewall", Default = false)]
    public partial bool Firewall { get; init; }

    /// <summary>The VLAN tag.</summary>
    [Key("tag", Minimum = 1, Maximum = 4094)]
    public partial int? Tag { get; init; }

    /// <summary>The rate limit in MB/s.</summary>
    [Key("rate", Minimum = 0.0)]
    public partial double? Rate { get; init; }

    /// <summary>The MTU; 1 means the bridge's.</summary>
    [Key("mtu", Minimum = 1, Maximum = 65520)]
    public partial int? Mtu { get; init; }

    // A custom format: six pairs of hex digits separated by ':'.
    private static string? CheckMacAddress(ReadOnlySpan<char> value)
    {
        const string message = "value does not look like a valid MAC address";
        if (value.Length != 17)
        {
            return message;
        }

        for (int i = 0; i < value.Length; i++)
        {
            bool separator = i % 3 == 2;
            if (separator ? value[i] != ':' : !char.IsAsciiHexDigit(value[i]))
            {
                return message;
            }
        }

        return null;
    }
}

/// <summary>Network card models.</summary>
public enum NicModel
{
    /// <summary>Intel E1000.</summary>
    [EnumValue("e1000")] E1000,

    /// <summary>VirtIO (paravirtualized).</summary>
    [EnumValue("virtio")] Virtio,

    /// <summary>Realtek RTL8139.</summary>
    [EnumValue("rtl8139")] Rtl8139,

    /// <summary>VMware vmxnet3.</summary>
    [EnumValue("vmxnet3")] Vmxnet3,
}
