namespace SchemaGen.Proxmox;

/// <summary>The values of <see cref="AudioOptions.Device"/>.</summary>
public enum AudioDevice
{
    /// <summary><c>ich9-intel-hda</c>.</summary>
    [EnumValue("ich9-intel-hda")]
    Ich9IntelHda,

    /// <summary><c>intel-hda</c>.</summary>
    [EnumValue("intel-hda")]
    IntelHda,

    /// <summary><c>AC97</c>.</summary>
    [EnumValue("AC97")]
    AC97,
}
