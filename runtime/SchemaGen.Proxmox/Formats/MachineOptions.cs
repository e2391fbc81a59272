using System.ComponentModel;

namespace SchemaGen.Proxmox;

/// <summary>
/// The <c>machine</c> option (and <c>runningmachine</c>): the QEMU machine type and its settings, for example <c>q35,viommu=virtio</c>.
/// </summary>
[PropertyString("pve-qemu-machine-fmt", Option = "machine")]
public readonly partial record struct MachineOptions
{
    /// <summary>Specifies the QEMU machine type.</summary>
    [Key(
        "type",
        DefaultKey = true,
        Optional = true,
        MaxLength = 40,
        Pattern = @"(pc|pc(-i440fx)?-\d+(\.\d+)+(\+pve\d+)?(\.pxe)?|q35|pc-q35-\d+(\.\d+)+(\+pve\d+)?(\.pxe)?|virt(?:-\d+(\.\d+)+)?(\+" +
            @"pve\d+)?)",
        FormatDescription = "machine type")]
    [Description("Specifies the QEMU machine type.")]
    public partial string? Type { get; init; }

    /// <summary>Specifies the vIOMMU address space bit width.</summary>
    [Key(
        "aw-bits",
        Optional = true,
        Minimum = 32.0,
        Maximum = 64.0,
        VerboseDescription = "Specifies the vIOMMU address space bit width.\n\nIntel vIOMMU supports a bit width of either 39 or 48 " +
            "bits and VirtIO vIOMMU supports any bit width between 32 and 64 bits.")]
    [Description("Specifies the vIOMMU address space bit width.")]
    public partial double? AwBits { get; init; }

    /// <summary>Enables S3 power state.</summary>
    [Key("enable-s3", Optional = true)]
    [Description("Enables S3 power state. Defaults to false beginning with machine types 9.2+pve1, true before.")]
    public partial bool? EnableS3 { get; init; }

    /// <summary>Enables S4 power state.</summary>
    [Key("enable-s4", Optional = true)]
    [Description("Enables S4 power state. Defaults to false beginning with machine types 9.2+pve1, true before.")]
    public partial bool? EnableS4 { get; init; }

    /// <summary>Enable and set guest vIOMMU variant (Intel vIOMMU needs q35 to be set as machine type).</summary>
    [Key("viommu", Optional = true)]
    [Description("Enable and set guest vIOMMU variant (Intel vIOMMU needs q35 to be set as machine type).")]
    public partial MachineViommu? Viommu { get; init; }
}
