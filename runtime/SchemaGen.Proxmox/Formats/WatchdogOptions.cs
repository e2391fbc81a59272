using System.ComponentModel;

namespace SchemaGen.Proxmox;

/// <summary>
/// The <c>watchdog</c> option: an emulated hardware watchdog and what it does when the guest stops feeding it, for example
/// <c>i6300esb,action=reset</c>.
/// </summary>
[PropertyString("pve-qm-watchdog", Option = "watchdog")]
public readonly partial record struct WatchdogOptions
{
    /// <summary>Watchdog type to emulate.</summary>
    [Key("model", DefaultKey = true, Default = WatchdogModel.I6300esb)]
    [Description("Watchdog type to emulate.")]
    public partial WatchdogModel Model { get; init; }

    /// <summary>The action to perform if after activation the guest fails to poll the watchdog in time.</summary>
    [Key("action", Optional = true)]
    [Description("The action to perform if after activation the guest fails to poll the watchdog in time.")]
    public partial WatchdogAction? Action { get; init; }
}
