namespace SchemaGen.Proxmox;

/// <summary>The values of <see cref="RngOptions.Source"/>.</summary>
public enum RngSource
{
    /// <summary><c>/dev/urandom</c>.</summary>
    [EnumValue("/dev/urandom")]
    DevUrandom,

    /// <summary><c>/dev/random</c>.</summary>
    [EnumValue("/dev/random")]
    DevRandom,

    /// <summary><c>/dev/hwrng</c>.</summary>
    [EnumValue("/dev/hwrng")]
    DevHwrng,
}
