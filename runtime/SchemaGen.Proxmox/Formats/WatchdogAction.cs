namespace SchemaGen.Proxmox;

/// <summary>The values of <see cref="WatchdogOptions.Action"/>.</summary>
public enum WatchdogAction
{
    /// <summary><c>reset</c>.</summary>
    [EnumValue("reset")]
    Reset,

    /// <summary><c>shutdown</c>.</summary>
    [EnumValue("shutdown")]
    Shutdown,

    /// <summary><c>poweroff</c>.</summary>
    [EnumValue("poweroff")]
    Poweroff,

    /// <summary><c>pause</c>.</summary>
    [EnumValue("pause")]
    Pause,

    /// <summary><c>debug</c>.</summary>
    [EnumValue("debug")]
    Debug,

    /// <summary><c>none</c>.</summary>
    [EnumValue("none")]
    None,
}
