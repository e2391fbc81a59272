using System.ComponentModel;

namespace SchemaGen.Proxmox;

/// <summary>
/// The <c>cicustom</c> option: cloud-init files to use instead of the generated ones, for example <c>user=local:snippets/user.yaml</c>.
/// </summary>
[PropertyString("pve-qm-cicustom", Option = "cicustom")]
public readonly partial record struct CloudInitCustom
{
    /// <summary>Specify a custom file containing all meta data passed to the VM via cloud-init.</summary>
    [Key("meta", Optional = true, FormatDescription = "volume", Format = "pve-volume-id")]
    [Description("Specify a custom file containing all meta data passed to the VM via cloud-init. This is provider specific meaning " +
        "configdrive2 and nocloud differ.")]
    public partial string? Meta { get; init; }

    /// <summary>To pass a custom file containing all network data to the VM via cloud-init.</summary>
    [Key("network", Optional = true, FormatDescription = "volume", Format = "pve-volume-id")]
    [Description("To pass a custom file containing all network data to the VM via cloud-init.")]
    public partial string? Network { get; init; }

    /// <summary>To pass a custom file containing all user data to the VM via cloud-init.</summary>
    [Key("user", Optional = true, FormatDescription = "volume", Format = "pve-volume-id")]
    [Description("To pass a custom file containing all user data to the VM via cloud-init.")]
    public partial string? User { get; init; }

    /// <summary>To pass a custom file containing all vendor data to the VM via cloud-init.</summary>
    [Key("vendor", Optional = true, FormatDescription = "volume", Format = "pve-volume-id")]
    [Description("To pass a custom file containing all vendor data to the VM via cloud-init.")]
    public partial string? Vendor { get; init; }
}
