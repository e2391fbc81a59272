#if SCHEMAGEN_GENERATOR
namespace SchemaGen.Generator.Shared;
#else
namespace SchemaGen;
#endif

/// <summary>
/// A named format of PVE's schema language (<c>format =&gt; 'mac-addr'</c>): a validator that
/// pve-common, pve-storage or qemu-server registers with <c>PVE::JSONSchema::register_format</c>.
/// <see cref="PveFormats"/> maps each to its PVE name and checks a value against it.
/// </summary>
#if SCHEMAGEN_GENERATOR
internal
#else
public
#endif
enum PveFormat
{
    /// <summary><c>string</c>: any text (registered so that <c>string-list</c> exists).</summary>
    String,

    /// <summary><c>mac-addr</c>: a unicast MAC address, <c>XX:XX:XX:XX:XX:XX</c> with the I/G bit clear.</summary>
    MacAddr,

    /// <summary><c>pve-bridge-id</c>: a bridge name of letters, digits, <c>-</c>, <c>_</c> and <c>.</c>.</summary>
    PveBridgeId,

    /// <summary><c>pve-configid</c>: a letter, then at least one letter, digit, <c>_</c> or <c>-</c>.</summary>
    PveConfigId,

    /// <summary><c>urlencoded</c>: only <c>-%a-zA-Z0-9_.!~*'()</c> (may be empty).</summary>
    UrlEncoded,

    /// <summary>
    /// <c>disk-size</c>: a size PVE's <c>parse_size</c> reads, such as <c>32G</c>, <c>1.5T</c> or
    /// <c>3316KiB</c> (see <see cref="SchemaGen.DiskSize"/>).
    /// </summary>
    DiskSize,

    /// <summary><c>ipv4</c>: a dotted-quad IPv4 address without leading zeros.</summary>
    Ipv4,

    /// <summary><c>ipv6</c>: an IPv6 address (RFC 4291 text, an embedded IPv4 tail allowed).</summary>
    Ipv6,

    /// <summary><c>ip</c>: an IPv4 or IPv6 address.</summary>
    Ip,

    /// <summary><c>ipv4mask</c>: a dotted-quad netmask of contiguous one bits (<c>255.255.255.0</c>).</summary>
    Ipv4Mask,

    /// <summary><c>CIDRv4</c>: an IPv4 address, <c>/</c> and a prefix length from 8 to 32.</summary>
    CidrV4,

    /// <summary><c>CIDRv6</c>: an IPv6 address, <c>/</c> and a prefix length from 8 to 128.</summary>
    CidrV6,

    /// <summary><c>CIDR</c>: a <see cref="CidrV4"/> or <see cref="CidrV6"/> network.</summary>
    Cidr,

    /// <summary><c>pve-ipv4-config</c>: <c>dhcp</c>, <c>manual</c> or a <see cref="CidrV4"/> address.</summary>
    PveIpv4Config,

    /// <summary><c>pve-ipv6-config</c>: <c>auto</c>, <c>dhcp</c>, <c>manual</c> or a <see cref="CidrV6"/> address.</summary>
    PveIpv6Config,

    /// <summary><c>pve-storage-id</c>: a storage name (a letter, then letters, digits, <c>-_.</c>, ending in a letter or digit).</summary>
    PveStorageId,

    /// <summary><c>pve-volume-id</c>: <c>STORAGE:VOLUME</c>, checked by syntax only (pve-storage's <c>parse_volume_id</c>).</summary>
    PveVolumeId,

    /// <summary><c>pve-volume-id-or-qm-path</c>: <c>none</c>, <c>cdrom</c>, an absolute path or a <see cref="PveVolumeId"/>.</summary>
    PveVolumeIdOrQmPath,

    /// <summary><c>pve-volume-id-or-absolute-path</c>: an absolute path or a <see cref="PveVolumeId"/>.</summary>
    PveVolumeIdOrAbsolutePath,

    /// <summary><c>pve-vmid</c>: a VM ID from 100 to 999999999 written without leading zeros.</summary>
    PveVmid,

    /// <summary><c>pve-node</c>: a cluster node name (letters, digits and inner <c>-</c>).</summary>
    PveNode,

    /// <summary><c>dns-name</c>: dot-separated labels of letters, digits and inner <c>-</c>.</summary>
    DnsName,

    /// <summary><c>address</c>: an <see cref="Ip"/> address or a <see cref="DnsName"/>.</summary>
    Address,

    /// <summary><c>pve-tag</c>: a guest tag (a letter, digit or <c>_</c>, then also <c>-+.</c>).</summary>
    PveTag,

    /// <summary><c>pve-iface</c>: a network interface name, optionally with <c>:N</c> or <c>.N</c>.</summary>
    PveIface,

    /// <summary><c>pve-phys-bits</c>: <c>host</c> or an integer from 8 to 64 of at most two digits.</summary>
    PvePhysBits,

    /// <summary>
    /// <c>pve-qm-bootdev</c>: a boot device of a VM (a disk other than EFI and TPM state, <c>netN</c>,
    /// <c>usbN</c>, <c>hostpciN</c>).
    /// </summary>
    PveQmBootdev,

    /// <summary>
    /// <c>pve-qm-bootdisk</c>: a disk of a VM (<c>ide0</c>..<c>ide3</c>, <c>scsi0</c>..<c>scsi30</c>,
    /// ..., <c>efidisk0</c>, <c>tpmstate0</c>).
    /// </summary>
    PveQmBootdisk,

    /// <summary>
    /// <c>pve-startup-order</c>: <c>[[order=]N] [,up=N] [,down=N]</c>, as pve-common's
    /// <c>pve_parse_startup_order</c> reads it.
    /// </summary>
    PveStartupOrder,
}
