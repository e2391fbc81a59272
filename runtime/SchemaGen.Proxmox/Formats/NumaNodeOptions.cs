using System.ComponentModel;

namespace SchemaGen.Proxmox;

/// <summary>
/// A <c>numa0</c>..<c>numa7</c> option: one NUMA node of the guest, for example <c>cpus=0-3,hostnodes=0,memory=4096,policy=bind</c>.
/// </summary>
[PropertyString("pve-qm-numanode", Option = "numa0")]
public readonly partial record struct NumaNodeOptions
{
    /// <summary>CPUs accessing this NUMA node.</summary>
    [Key("cpus", Pattern = @"(?:\d+(?:-\d+)?(?:;\d+(?:-\d+)?)*)", FormatDescription = "id[-id];...")]
    [Description("CPUs accessing this NUMA node.")]
    public required partial string Cpus { get; init; }

    /// <summary>Host NUMA nodes to use.</summary>
    [Key("hostnodes", Optional = true, Pattern = @"(?:\d+(?:-\d+)?(?:;\d+(?:-\d+)?)*)", FormatDescription = "id[-id];...")]
    [Description("Host NUMA nodes to use.")]
    public partial string? Hostnodes { get; init; }

    /// <summary>Amount of memory this NUMA node provides.</summary>
    [Key("memory", Optional = true)]
    [Description("Amount of memory this NUMA node provides.")]
    public partial double? Memory { get; init; }

    /// <summary>NUMA allocation policy.</summary>
    [Key("policy", Optional = true)]
    [Description("NUMA allocation policy.")]
    public partial NumaPolicy? Policy { get; init; }
}
