using SchemaGen;

namespace SchemaGen.TestSchemas;

/// <summary>
/// A NIC with PVE's keyAlias (<c>virtio=MAC</c>), an alias and more keys than a generated fast path reads
/// in line, so that its fast path finds every key in the key table and reads it out of line: the one test
/// schema of that form with a keyAlias (the drives of SchemaGen.Proxmox have many keys and aliases, no keyAlias).
/// </summary>
[PropertyString("test-throttled-net")]
public readonly partial record struct ThrottledNetDevice
{
    /// <summary>The NIC model; each model is also a key for <see cref="MacAddress"/>.</summary>
    [Key("model", DefaultKey = true, ValuesAreKeysFor = "macaddr")]
    public required partial NicModel Model { get; init; }

    /// <summary>The MAC address.</summary>
    [Key("macaddr", Format = "mac-addr", FormatDescription = "XX:XX:XX:XX:XX:XX")]
    public partial string? MacAddress { get; init; }

    /// <summary>The bridge, also by its short name <c>br</c>.</summary>
    [Key("bridge", Alias = "br", Format = "pve-bridge-id", FormatDescription = "bridge")]
    public partial string? Bridge { get; init; }

    /// <summary>Whether the firewall protects the interface.</summary>
    [Key("firewall")]
    public partial bool? Firewall { get; init; }

    /// <summary>The VLAN tag.</summary>
    [Key("tag", Minimum = 1, Maximum = 4094)]
    public partial int? Tag { get; init; }

    /// <summary>The number of packet queues.</summary>
    [Key("queues", Minimum = 0, Maximum = 64)]
    public partial int? Queues { get; init; }

    /// <summary>Bytes per second, both directions.</summary>
    [Key("bps", Minimum = 0)]
    public partial long? Bps { get; init; }

    /// <summary>Bytes per second received.</summary>
    [Key("bps_rd", Minimum = 0)]
    public partial long? BpsRd { get; init; }

    /// <summary>Bytes per second sent.</summary>
    [Key("bps_wr", Minimum = 0)]
    public partial long? BpsWr { get; init; }

    /// <summary>The burst of bytes per second.</summary>
    [Key("bps_max", Minimum = 0)]
    public partial long? BpsMax { get; init; }

    /// <summary>Packets per second, both directions.</summary>
    [Key("pps", Minimum = 0)]
    public partial long? Pps { get; init; }

    /// <summary>Packets per second received.</summary>
    [Key("pps_rd", Minimum = 0)]
    public partial long? PpsRd { get; init; }

    /// <summary>Packets per second sent.</summary>
    [Key("pps_wr", Minimum = 0)]
    public partial long? PpsWr { get; init; }

    /// <summary>The burst of packets per second.</summary>
    [Key("pps_max", Minimum = 0)]
    public partial long? PpsMax { get; init; }

    /// <summary>Megabytes per second, both directions.</summary>
    [Key("mbps", Minimum = 0)]
    public partial double? Mbps { get; init; }

    /// <summary>Megabytes per second received.</summary>
    [Key("mbps_rd", Minimum = 0)]
    public partial double? MbpsRd { get; init; }

    /// <summary>Megabytes per second sent.</summary>
    [Key("mbps_wr", Minimum = 0)]
    public partial double? MbpsWr { get; init; }

    /// <summary>Whether the link is down.</summary>
    [Key("link_down", Default = false)]
    public partial bool LinkDown { get; init; }
}
