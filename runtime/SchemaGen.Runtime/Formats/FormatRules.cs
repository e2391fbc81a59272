using System;

#if SCHEMAGEN_GENERATOR
namespace SchemaGen.Generator.Shared;
#else
namespace SchemaGen;
#endif

/// <summary>
/// Each named format's rule and PVE's message for it (<c>invalid format - </c> and the text the
/// validator dies with). The messages live here and nowhere else.
/// </summary>
internal static class FormatRules
{
    private const string Prefix = PveFormats.InvalidFormatPrefix;

    private const string MacAddrMessage = Prefix + "value does not look like a valid unicast MAC address\n";
    private const string BridgeIdMessage = Prefix + "invalid bridge ID '{0}'\n";
    private const string ConfigIdMessage = Prefix + "invalid configuration ID '{0}'\n";
    private const string UrlEncodedMessage = Prefix + "invalid urlencoded string: {0}\n";
    private const string DiskSizeMessage = Prefix + "value does not look like a valid disk size: {0}\n";
    private const string Ipv4Message = Prefix + "value does not look like a valid IPv4 address\n";
    private const string Ipv6Message = Prefix + "value does not look like a valid IPv6 address\n";
    private const string IpMessage = Prefix + "value does not look like a valid IP address\n";
    private const string Ipv4MaskMessage = Prefix + "value does not look like a valid IP netmask\n";
    private const string CidrV4Message = Prefix + "value does not look like a valid IPv4 CIDR network\n";
    private const string CidrV6Message = Prefix + "value does not look like a valid IPv6 CIDR network\n";
    private const string CidrMessage = Prefix + "value does not look like a valid CIDR network\n";
    private const string Ipv4ConfigMessage = Prefix + "value does not look like a valid ipv4 network configuration\n";
    private const string Ipv6ConfigMessage = Prefix + "value does not look like a valid ipv6 network configuration\n";
    private const string StorageIdMessage = Prefix + "storage ID '{0}' contains illegal characters\n";
    private const string VolumeIdMessage = Prefix + "unable to parse volume ID '{0}'\n";
    private const string VmidMessage = Prefix + "value does not look like a valid VM ID\n";
    private const string NodeMessage = Prefix + "value does not look like a valid node name\n";
    private const string DnsNameMessage = Prefix + "value does not look like a valid DNS name\n";
    private const string AddressMessage = Prefix + "value does not look like a valid address: {0}\n";
    private const string TagMessage = Prefix + "invalid characters in tag\n";
    private const string IfaceMessage = Prefix + "invalid network interface name '{0}'\n";
    private const string PhysBitsMessage = Prefix + "value must be an integer between 8 and 64 or 'host'\n";
    private const string BootdevMessage = Prefix + "invalid boot device '{0}'\n";
    private const string BootdiskMessage = Prefix + "invalid boot disk '{0}'\n";
    private const string StartupOrderMessage = Prefix + StartupOrderText.ErrorMessage + "\n";

    /// <summary><see langword="null"/> when <paramref name="value"/> passes <paramref name="format"/>, else its message template.</summary>
    internal static string? Check(PveFormat format, ReadOnlySpan<char> value) => format switch
    {
        PveFormat.String => null,
        PveFormat.MacAddr => NetworkAddresses.IsUnicastMac(value) ? null : MacAddrMessage,
        PveFormat.PveBridgeId => Identifiers.IsBridgeId(value) ? null : BridgeIdMessage,
        PveFormat.PveConfigId => Identifiers.IsConfigId(value) ? null : ConfigIdMessage,
        PveFormat.UrlEncoded => Identifiers.IsUrlEncoded(value) ? null : UrlEncodedMessage,
        PveFormat.DiskSize => DiskSize.IsValidSyntax(value) ? null : DiskSizeMessage,
        PveFormat.Ipv4 => NetworkAddresses.IsIpv4(value) ? null : Ipv4Message,
        PveFormat.Ipv6 => NetworkAddresses.IsIpv6(value) ? null : Ipv6Message,
        PveFormat.Ip => NetworkAddresses.IsIpv4(value) || NetworkAddresses.IsIpv6(value) ? null : IpMessage,
        PveFormat.Ipv4Mask => NetworkAddresses.IsIpv4Mask(value) ? null : Ipv4MaskMessage,
        PveFormat.CidrV4 => NetworkAddresses.IsCidrV4(value) ? null : CidrV4Message,
        PveFormat.CidrV6 => NetworkAddresses.IsCidrV6(value) ? null : CidrV6Message,
        PveFormat.Cidr => NetworkAddresses.IsCidrV4(value) || NetworkAddresses.IsCidrV6(value) ? null : CidrMessage,
        PveFormat.PveIpv4Config => IsOneOf(value, "dhcp", "manual") || NetworkAddresses.IsCidrV4(value) ? null : Ipv4ConfigMessage,
        PveFormat.PveIpv6Config => IsOneOf(value, "auto", "dhcp", "manual") || NetworkAddresses.IsCidrV6(value) ? null : Ipv6ConfigMessage,
        PveFormat.PveStorageId => Identifiers.IsStorageId(value) ? null : StorageIdMessage,
        PveFormat.PveVolumeId => Identifiers.IsVolumeId(value) ? null : VolumeIdMessage,
        PveFormat.PveVolumeIdOrQmPath
            => IsOneOf(value, "none", "cdrom") || IsAbsolutePath(value) || Identifiers.IsVolumeId(value) ? null : VolumeIdMessage,
        PveFormat.PveVolumeIdOrAbsolutePath => IsAbsolutePath(value) || Identifiers.IsVolumeId(value) ? null : VolumeIdMessage,
        PveFormat.PveVmid => Identifiers.IsVmid(value) ? null : VmidMessage,
        PveFormat.PveNode => Identifiers.IsDnsLabel(value) ? null : NodeMessage,
        PveFormat.DnsName => Identifiers.IsDnsName(value) ? null : DnsNameMessage,
        PveFormat.Address
            => NetworkAddresses.IsIpv4(value) || NetworkAddresses.IsIpv6(value) || Identifiers.IsDnsName(value) ? null : AddressMessage,
        PveFormat.PveTag => Identifiers.IsTag(value) ? null : TagMessage,
        PveFormat.PveIface => Identifiers.IsInterfaceName(value) ? null : IfaceMessage,
        PveFormat.PvePhysBits => QemuDevices.IsPhysBits(value) ? null : PhysBitsMessage,
        PveFormat.PveQmBootdev => QemuDevices.IsBootDevice(value) ? null : BootdevMessage,
        PveFormat.PveQmBootdisk => QemuDevices.IsDiskName(value) ? null : BootdiskMessage,
        PveFormat.PveStartupOrder => StartupOrderText.IsValid(value) ? null : StartupOrderMessage,
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    private static bool IsAbsolutePath(ReadOnlySpan<char> value) => !value.IsEmpty && value[0] == '/';

    private static bool IsOneOf(ReadOnlySpan<char> value, string first, string second)
        => value.SequenceEqual(first.AsSpan()) || value.SequenceEqual(second.AsSpan());

    private static bool IsOneOf(ReadOnlySpan<char> value, string first, string second, string third)
        => IsOneOf(value, first, second) || value.SequenceEqual(third.AsSpan());
}
