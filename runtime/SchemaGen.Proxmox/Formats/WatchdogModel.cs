namespace SchemaGen.Proxmox;

/// <summary>The values of <see cref="WatchdogOptions.Model"/>.</summary>
public enum WatchdogModel
{
    /// <summary><c>i6300esb</c>.</summary>
    [EnumValue("i6300esb")]
    I6300esb,

    /// <summary><c>ib700</c>.</summary>
    [EnumValue("ib700")]
    Ib700,
}
