namespace SchemaGen.Proxmox;

/// <summary>The values of <see cref="VgaOptions.Clipboard"/>.</summary>
public enum VgaClipboard
{
    /// <summary><c>vnc</c>.</summary>
    [EnumValue("vnc")]
    Vnc,
}
