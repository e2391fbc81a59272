using System.ComponentModel;

namespace SchemaGen.Proxmox;

/// <summary>
/// The <c>smbios1</c> option: the SMBIOS type 1 fields the guest sees, for example <c>uuid=7b10d7af-b932-4c66-b2c3-3996152ec465</c>.
/// </summary>
[PropertyString("pve-qm-smbios1", Option = "smbios1")]
public readonly partial record struct Smbios1Options
{
    /// <summary>Flag to indicate that the SMBIOS values are base64 encoded.</summary>
    [Key("base64", Optional = true)]
    [Description("Flag to indicate that the SMBIOS values are base64 encoded")]
    public partial bool? Base64 { get; init; }

    /// <summary>Set SMBIOS1 family string.</summary>
    [Key("family", Optional = true, Pattern = @"[A-Za-z0-9+\/]+={0,2}", FormatDescription = "Base64 encoded string")]
    [Description("Set SMBIOS1 family string.")]
    public partial string? Family { get; init; }

    /// <summary>Set SMBIOS1 manufacturer.</summary>
    [Key("manufacturer", Optional = true, Pattern = @"[A-Za-z0-9+\/]+={0,2}", FormatDescription = "Base64 encoded string")]
    [Description("Set SMBIOS1 manufacturer.")]
    public partial string? Manufacturer { get; init; }

    /// <summary>Set SMBIOS1 product ID.</summary>
    [Key("product", Optional = true, Pattern = @"[A-Za-z0-9+\/]+={0,2}", FormatDescription = "Base64 encoded string")]
    [Description("Set SMBIOS1 product ID.")]
    public partial string? Product { get; init; }

    /// <summary>Set SMBIOS1 serial number.</summary>
    [Key("serial", Optional = true, Pattern = @"[A-Za-z0-9+\/]+={0,2}", FormatDescription = "Base64 encoded string")]
    [Description("Set SMBIOS1 serial number.")]
    public partial string? Serial { get; init; }

    /// <summary>Set SMBIOS1 SKU string.</summary>
    [Key("sku", Optional = true, Pattern = @"[A-Za-z0-9+\/]+={0,2}", FormatDescription = "Base64 encoded string")]
    [Description("Set SMBIOS1 SKU string.")]
    public partial string? Sku { get; init; }

    /// <summary>Set SMBIOS1 UUID.</summary>
    [Key("uuid", Optional = true, Pattern = @"[a-fA-F0-9]{8}(?:-[a-fA-F0-9]{4}){3}-[a-fA-F0-9]{12}", FormatDescription = "UUID")]
    [Description("Set SMBIOS1 UUID.")]
    public partial string? Uuid { get; init; }

    /// <summary>Set SMBIOS1 version.</summary>
    [Key("version", Optional = true, Pattern = @"[A-Za-z0-9+\/]+={0,2}", FormatDescription = "Base64 encoded string")]
    [Description("Set SMBIOS1 version.")]
    public partial string? Version { get; init; }
}
