using System.ComponentModel;

namespace SchemaGen.Proxmox;

/// <summary>
/// The <c>ivshmem</c> option: an inter-VM shared memory device, for example <c>size=32,name=foo</c>.
/// </summary>
[PropertyString("pve-qm-ivshmem", Option = "ivshmem")]
public readonly partial record struct IvshmemOptions
{
    /// <summary>The name of the file.</summary>
    [Key("name", Optional = true, Pattern = @"[a-zA-Z0-9\-]+", FormatDescription = "string")]
    [Description("The name of the file. Will be prefixed with 'pve-shm-'. Default is the VMID. Will be deleted when the VM is stopped.")]
    public partial string? Name { get; init; }

    /// <summary>The size of the file in MB.</summary>
    [Key("size", Minimum = 1L)]
    [Description("The size of the file in MB.")]
    public required partial long Size { get; init; }
}
