using System.ComponentModel;

namespace SchemaGen.Proxmox;

/// <summary>
/// The <c>audio0</c> option: an emulated sound device and its backend, for example <c>device=ich9-intel-hda,driver=spice</c>.
/// </summary>
[PropertyString("pve-qm-audio", Option = "audio0")]
public readonly partial record struct AudioOptions
{
    /// <summary>Configure an audio device.</summary>
    [Key("device")]
    [Description("Configure an audio device.")]
    public required partial AudioDevice Device { get; init; }

    /// <summary>Driver backend for the audio device.</summary>
    [Key("driver", Default = AudioDriver.Spice)]
    [Description("Driver backend for the audio device.")]
    public partial AudioDriver Driver { get; init; }
}
