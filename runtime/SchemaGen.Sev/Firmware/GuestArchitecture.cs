namespace SchemaGen.Sev;

/// <summary>A VM's CPU architecture: the <c>arch</c> option of a Proxmox VE VM (the host's when absent).</summary>
public enum GuestArchitecture
{
    /// <summary><c>x86_64</c>: OVMF firmware; the only architecture with AMD SEV.</summary>
    X86_64,

    /// <summary><c>aarch64</c>: AAVMF firmware.</summary>
    Aarch64,
}

/// <summary>Reads and writes <see cref="GuestArchitecture"/> as PVE spells it.</summary>
public static class GuestArchitectureNames
{
    /// <summary>The name PVE uses: <c>x86_64</c> or <c>aarch64</c>.</summary>
    /// <param name="architecture">The architecture.</param>
    public static string ToPveName(this GuestArchitecture architecture) => architecture switch
    {
        GuestArchitecture.X86_64 => "x86_64",
        GuestArchitecture.Aarch64 => "aarch64",
        _ => throw new ArgumentOutOfRangeException(nameof(architecture), architecture, "Unknown architecture."),
    };

    /// <summary>Reads PVE's name for an architecture.</summary>
    /// <param name="name"><c>x86_64</c> or <c>aarch64</c>.</param>
    /// <param name="architecture">The architecture, when the name is known.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParse(string? name, out GuestArchitecture architecture)
    {
        switch (name)
        {
            case "x86_64":
                architecture = GuestArchitecture.X86_64;
                return true;
            case "aarch64":
                architecture = GuestArchitecture.Aarch64;
                return true;
            default:
                architecture = default;
                return false;
        }
    }
}
