namespace SchemaGen.Sev;

/// <summary>
/// What the running kernel enabled for SEV guests: the <c>kvm_amd</c> module parameters <c>sev</c>,
/// <c>sev_es</c> and <c>sev_snp</c>, and whether <c>/dev/sev</c> (the PSP device QEMU opens) exists.
/// </summary>
/// <remarks>
/// The kernel can hide what the CPU has: KVM turns a feature off when the firmware left it off, when
/// the PSP firmware is too old, when no ASIDs are left for it, or when the module was loaded with the
/// parameter set to <c>N</c>. These files say what KVM actually decided.
/// </remarks>
public sealed record KvmSevSettings
{
    /// <summary>The directory of the <c>kvm_amd</c> module's parameters.</summary>
    public const string ParameterDirectory = "/sys/module/kvm_amd/parameters";

    /// <summary>The directory that exists while <c>kvm_amd</c> is loaded.</summary>
    public const string ModuleDirectory = "/sys/module/kvm_amd";

    /// <summary>The SEV firmware (PSP) device.</summary>
    public const string DevSevPath = "/dev/sev";

    /// <summary>Whether the <c>kvm_amd</c> module is loaded.</summary>
    public required bool ModuleLoaded { get; init; }

    /// <summary>The <c>sev</c> parameter.</summary>
    public required KvmParameter Sev { get; init; }

    /// <summary>The <c>sev_es</c> parameter.</summary>
    public required KvmParameter SevEs { get; init; }

    /// <summary>The <c>sev_snp</c> parameter (absent before Linux 6.11, which first ran SNP guests).</summary>
    public required KvmParameter SevSnp { get; init; }

    /// <summary>Whether <c>/dev/sev</c> exists.</summary>
    public required bool DevSevExists { get; init; }

    /// <summary>Reads the settings; never throws.</summary>
    /// <param name="fileSystem">Where to read them.</param>
    public static KvmSevSettings Read(IHostFileSystem fileSystem)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        return new KvmSevSettings
        {
            ModuleLoaded = SafeExists(fileSystem, ModuleDirectory),
            Sev = KvmParameter.Read(fileSystem, "sev"),
            SevEs = KvmParameter.Read(fileSystem, "sev_es"),
            SevSnp = KvmParameter.Read(fileSystem, "sev_snp"),
            DevSevExists = SafeExists(fileSystem, DevSevPath),
        };
    }

    private static bool SafeExists(IHostFileSystem fileSystem, string path)
    {
        try
        {
            return fileSystem.Exists(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
