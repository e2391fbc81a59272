using System.ComponentModel;

namespace SchemaGen.Proxmox;

/// <summary>
/// The <c>vga</c> option: the emulated display adapter, for example <c>qxl,memory=32</c>.
/// </summary>
[PropertyString("pve-qm-vga", Option = "vga")]
public readonly partial record struct VgaOptions
{
    /// <summary>Select the VGA type.</summary>
    [Key("type", DefaultKey = true, Default = VgaType.Std)]
    [Description("Select the VGA type. Using type 'cirrus' is not recommended.")]
    public partial VgaType Type { get; init; }

    /// <summary>Enable a specific clipboard.</summary>
    [Key("clipboard", Optional = true)]
    [Description("Enable a specific clipboard. If not set, depending on the display type the SPICE one will be added. Live migration " +
        "with a VNC clipboard is not possible with QEMU machine version < 10.1.")]
    public partial VgaClipboard? Clipboard { get; init; }

    /// <summary>Sets the VGA memory (in MiB).</summary>
    [Key("memory", Optional = true, Minimum = 4, Maximum = 512)]
    [Description("Sets the VGA memory (in MiB). Has no effect with serial display.")]
    public partial int? Memory { get; init; }
}
