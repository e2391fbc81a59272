using SchemaGen;

namespace SchemaGen.TestSchemas;

/// <summary>
/// qemu-server's <c>ipconfig</c> format, to test PVE's <c>requires</c> (a gateway needs its address)
/// and the IP named formats, against tests/vectors/qemu/ipconfig.cases.jsonl.
/// </summary>
[PropertyString("test-ipconfig", Option = "ipconfig0")]
public sealed partial class IpConfig
{
    /// <summary>The IPv4 gateway.</summary>
    [Key("gw", Format = "ipv4", FormatDescription = "GatewayIPv4", Requires = "ip")]
    public partial string? Gateway { get; set; }

    /// <summary>The IPv6 gateway.</summary>
    [Key("gw6", Format = "ipv6", FormatDescription = "GatewayIPv6", Requires = "ip6")]
    public partial string? Gateway6 { get; set; }

    /// <summary>The IPv4 address in CIDR form, <c>dhcp</c> or <c>manual</c>.</summary>
    [Key("ip", Format = "pve-ipv4-config", FormatDescription = "IPv4Format/CIDR", Default = "dhcp")]
    public partial string Address { get; set; }

    /// <summary>The IPv6 address in CIDR form, <c>auto</c>, <c>dhcp</c> or <c>manual</c>.</summary>
    [Key("ip6", Format = "pve-ipv6-config", FormatDescription = "IPv6Format/CIDR", Default = "dhcp")]
    public partial string Address6 { get; set; }
}
