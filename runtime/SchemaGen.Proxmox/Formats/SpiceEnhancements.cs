using System.ComponentModel;

namespace SchemaGen.Proxmox;

/// <summary>
/// The <c>spice_enhancements</c> option: optional SPICE features, for example <c>foldersharing=1,videostreaming=all</c>.
/// </summary>
[PropertyString("pve-qm-spice-enhancements", Option = "spice_enhancements")]
public readonly partial record struct SpiceEnhancements
{
    /// <summary>Enable folder sharing via SPICE.</summary>
    [Key("foldersharing", Default = false)]
    [Description("Enable folder sharing via SPICE. Needs Spice-WebDAV daemon installed in the VM.")]
    public partial bool Foldersharing { get; init; }

    /// <summary>Enable video streaming.</summary>
    [Key("videostreaming", Default = SpiceVideoStreaming.Off)]
    [Description("Enable video streaming. Uses compression for detected video streams.")]
    public partial SpiceVideoStreaming Videostreaming { get; init; }
}
