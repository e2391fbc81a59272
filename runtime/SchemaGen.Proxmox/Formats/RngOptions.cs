using System.ComponentModel;

namespace SchemaGen.Proxmox;

/// <summary>
/// The <c>rng0</c> option: a VirtIO random number generator and its entropy source, for example
/// <c>source=/dev/urandom,max_bytes=1024,period=1000</c>.
/// </summary>
[PropertyString("pve-qm-rng", Option = "rng0")]
public readonly partial record struct RngOptions
{
    /// <summary>The file on the host to gather entropy from.</summary>
    [Key("source", DefaultKey = true)]
    [Description("The file on the host to gather entropy from. Using urandom does *not* decrease security in any meaningful way, as " +
        "it's still seeded from real entropy, and the bytes provided will most likely be mixed with real entropy on the " +
        "guest as well. '/dev/hwrng' can be used to pass through a hardware RNG from the host.")]
    public required partial RngSource Source { get; init; }

    /// <summary>Maximum bytes of entropy allowed to get injected into the guest every 'period' milliseconds.</summary>
    [Key("max_bytes", Default = 1024L)]
    [Description("Maximum bytes of entropy allowed to get injected into the guest every 'period' milliseconds. Use `0` to disable " +
        "limiting (potentially dangerous!).")]
    public partial long MaxBytes { get; init; }

    /// <summary>
    /// Every 'period' milliseconds the entropy-injection quota is reset, allowing the guest to retrieve another 'max_bytes' of entropy.
    /// </summary>
    [Key("period", Default = 1000L)]
    [Description("Every 'period' milliseconds the entropy-injection quota is reset, allowing the guest to retrieve another " +
        "'max_bytes' of entropy.")]
    public partial long Period { get; init; }
}
