using System.ComponentModel;

namespace SchemaGen.Proxmox;

/// <summary>
/// An <c>ipconfig0</c>..<c>ipconfig31</c> option: cloud-init addresses of a network device, for example <c>ip=10.0.0.2/24,gw=10.0.0.1</c>.
/// </summary>
[PropertyString("pve-qm-ipconfig", Option = "ipconfig0")]
public readonly partial record struct IpConfig
{
    /// <summary>Default gateway for IPv4 traffic.</summary>
    [Key("gw", Optional = true, FormatDescription = "GatewayIPv4", Format = "ipv4", Requires = "ip")]
    [Description("Default gateway for IPv4 traffic.")]
    public partial string? Gw { get; init; }

    /// <summary>Default gateway for IPv6 traffic.</summary>
    [Key("gw6", Optional = true, FormatDescription = "GatewayIPv6", Format = "ipv6", Requires = "ip6")]
    [Description("Default gateway for IPv6 traffic.")]
    public partial string? Gw6 { get; init; }

    /// <summary>IPv4 address in CIDR format.</summary>
    [Key("ip", Default = "dhcp", FormatDescription = "IPv4Format/CIDR", Format = "pve-ipv4-config")]
    [Description("IPv4 address in CIDR format.")]
    public partial string Ip { get; init; }

    /// <summary>IPv6 address in CIDR format.</summary>
    [Key("ip6", Default = "dhcp", FormatDescription = "IPv6Format/CIDR", Format = "pve-ipv6-config")]
    [Description("IPv6 address in CIDR format.")]
    public partial string Ip6 { get; init; }
}
