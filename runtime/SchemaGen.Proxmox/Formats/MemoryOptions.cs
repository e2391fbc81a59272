using System.ComponentModel;

namespace SchemaGen.Proxmox;

/// <summary>
/// The <c>memory</c> option: how much RAM the VM has online, in MiB, for example <c>4096</c>.
/// </summary>
[PropertyString("pve-qm-memory", Option = "memory")]
public readonly partial record struct MemoryOptions
{
    /// <summary>Current amount of online RAM for the VM in MiB. PVE reads an absent value as 512, but the key must be given.</summary>
    [Key("current", DefaultKey = true, Minimum = 16L)]
    [Description("Current amount of online RAM for the VM in MiB. This is the maximum available memory when you use the balloon device.")]
    public required partial long Current { get; init; }
}
