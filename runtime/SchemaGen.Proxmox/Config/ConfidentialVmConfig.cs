using SchemaGen.Sev;
using SchemaGen.Tdx;

namespace SchemaGen.Proxmox;

/// <summary>
/// What SchemaGen.Sev's planner and guards need from a VM config read by <see cref="QemuVmConfig"/>: the
/// planner takes parsed options, and this is where a config's options become them. Read from one section,
/// normally <see cref="QemuVmConfig.Current"/> (snapshots and pending changes do not decide how the VM starts).
/// </summary>
/// <example><code>
/// var config = QemuVmConfig.ReadFile("/etc/pve/qemu-server/100.conf");
/// var plan = ConfidentialVmPlanner.Plan(config.Current.ToConfidentialVmRequest(host));   // host: a SevHostCapabilities
/// </code></example>
public static class ConfidentialVmConfig
{
    /// <summary>Whether the section has a non-empty <c>amd-sev</c> option (valid or not, as PVE's checks ask).</summary>
    /// <param name="config">The section.</param>
    public static bool HasAmdSev(this QemuConfigSection config) => !string.IsNullOrEmpty(Value(config, "amd-sev"));

    /// <summary>Whether the section has a non-empty <c>intel-tdx</c> option (valid or not).</summary>
    /// <param name="config">The section.</param>
    public static bool HasIntelTdx(this QemuConfigSection config) => !string.IsNullOrEmpty(Value(config, "intel-tdx"));

    /// <summary>
    /// Whether the machine type is q35 (which has SMM), as qemu-server tells it: the <c>machine</c> option's type contains
    /// <c>q35</c>. False without a machine or with one that is not valid.
    /// </summary>
    /// <param name="config">The section.</param>
    public static bool IsQ35(this QemuConfigSection config)
        => config.GetParsed<MachineOptions>("machine")?.Type?.Contains("q35", StringComparison.Ordinal) == true;

    /// <summary>The <c>arch</c> option; null when absent (PVE then uses the host's).</summary>
    /// <param name="config">The section.</param>
    /// <exception cref="FormatException">The value is neither <c>x86_64</c> nor <c>aarch64</c>; the message is PVE's.</exception>
    public static GuestArchitecture? GetArchitecture(this QemuConfigSection config) => Value(config, "arch") switch
    {
        null => null,
        var name when GuestArchitectureNames.TryParse(name, out var architecture) => architecture,
        var name => throw new FormatException($"arch: value '{name}' does not have a value in the enumeration 'x86_64, aarch64'"),
    };

    /// <summary>
    /// The request for the section's confidential part: its <c>amd-sev</c> or <c>intel-tdx</c>, <c>bios</c>, <c>arch</c>,
    /// <c>machine</c> and <c>efidisk0</c> options.
    /// </summary>
    /// <param name="config">The section, normally <see cref="QemuVmConfig.Current"/>.</param>
    /// <param name="host">What the host can do for SEV.</param>
    /// <param name="firmware">The firmware folder; <see cref="OvmfCatalog.Default"/> when not given.</param>
    /// <param name="tdxHost">What the host can do for TDX.</param>
    /// <param name="machineVersion">The QEMU machine version (see <see cref="ConfidentialVmRequest.MachineVersion"/>).</param>
    /// <exception cref="SevConfigurationException">The section has neither <c>amd-sev</c> nor <c>intel-tdx</c>.</exception>
    /// <exception cref="PropertyStringException">One of those options or <c>efidisk0</c> is not valid; the message is PVE's.</exception>
    /// <exception cref="FormatException">The <c>arch</c> option is not an architecture PVE knows.</exception>
    public static ConfidentialVmRequest ToConfidentialVmRequest(this QemuConfigSection config, SevHostCapabilities host,
        OvmfCatalog? firmware = null, TdxHostCapabilities tdxHost = default, Version? machineVersion = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        var amdSev = Valid<AmdSevOptions>(config, "amd-sev");
        var intelTdx = Valid<IntelTdxOptions>(config, "intel-tdx");
        if (amdSev is null && intelTdx is null)
        {
            throw new SevConfigurationException(ConfidentialVmPlanner.NotConfidential);
        }

        return new ConfidentialVmRequest
        {
            AmdSev = amdSev,
            IntelTdx = intelTdx,
            Host = host,
            TdxHost = tdxHost,
            MachineVersion = machineVersion,
            Bios = Value(config, "bios"),
            Architecture = config.GetArchitecture() ?? GuestArchitecture.X86_64,
            Q35 = config.IsQ35(),
            EfiDisk = GetEfiDisk(config),
            Firmware = firmware ?? OvmfCatalog.Default,
        };
    }

    /// <summary>
    /// The <c>efidisk0</c> option as the planner reads it (its volume, format and EFI type); null when the section has none.
    /// </summary>
    /// <param name="config">The section.</param>
    /// <exception cref="PropertyStringException">The value is not valid; the message is PVE's.</exception>
    public static EfiDisk? GetEfiDisk(this QemuConfigSection config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return Valid<EfiDiskDrive>(config, "efidisk0") is { } drive ? drive.ToEfiDisk() : null;
    }

    /// <summary>What the planner needs of an <c>efidisk0</c> drive: its volume, format, EFI type and pre-enrolled keys.</summary>
    /// <param name="drive">The parsed <c>efidisk0</c>.</param>
    public static EfiDisk ToEfiDisk(this EfiDiskDrive drive)
        => new(drive.File, drive.Format is { } format ? EnumValues.TextOf(format) : null,
            drive.Efitype, drive.PreEnrolledKeys);

    /// <summary>
    /// PVE's refusal of an operation that needs the VM's running state (any non-empty <c>amd-sev</c> or <c>intel-tdx</c> blocks, as in
    /// PVE), or null when it is allowed.
    /// </summary>
    /// <param name="config">The section.</param>
    /// <param name="operation">The operation.</param>
    public static string? CheckStateOperation(this QemuConfigSection config, VmStateOperation operation)
    {
        ArgumentNullException.ThrowIfNull(config);
        return ConfidentialVmGuards.CheckStateOperation(operation, config.HasAmdSev(), config.HasIntelTdx());
    }

    private static string? Value(QemuConfigSection config, string key)
    {
        ArgumentNullException.ThrowIfNull(config);
        return config[key];
    }

    // The parsed option; null when absent; PVE's error when present but not valid.
    private static T? Valid<T>(QemuConfigSection config, string key)
        where T : struct
        => !config.TryGetOption(key, out var option) ? null
            : option.Error is { } error ? throw new PropertyStringException(error)
            : option.Parsed is T parsed ? parsed : null;
}
