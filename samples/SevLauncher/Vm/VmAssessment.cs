using System.Globalization;
using SchemaGen;
using SchemaGen.Proxmox;
using SchemaGen.Sev;
using SchemaGen.Tdx;
using SevLauncher.Host;

namespace SevLauncher.Vm;

/// <summary>
/// A VM configuration read and judged against the host: every problem found (not only the first, as
/// qemu-server stops at), the plan for its confidential part, and which firmware files this machine
/// lacks. The shared first step of <c>check</c>, <c>showcmd</c> and <c>start</c>. The file is read with
/// SchemaGen.Proxmox's <see cref="QemuVmConfig"/>, which checks every option with its format; only the
/// current configuration decides the plan (snapshots and <c>[PENDING]</c> are read, their problems are warnings).
/// </summary>
internal sealed class VmAssessment
{
    private VmAssessment(VmInputs inputs, QemuVmConfig file, ResolvedCapabilities capabilities, IReadOnlyList<Finding> findings,
        ConfidentialVmPlan? plan, VmBasics basics, IReadOnlyList<string> missingFirmware, string machineVersion)
    {
        MachineVersion = machineVersion;
        Inputs = inputs;
        ConfigFile = file;
        Capabilities = capabilities;
        Findings = findings;
        Plan = plan;
        Basics = basics;
        MissingFirmware = missingFirmware;
    }

    public VmInputs Inputs { get; }

    /// <summary>The whole file: the current configuration, snapshots, pending changes.</summary>
    public QemuVmConfig ConfigFile { get; }

    /// <summary>The current configuration, the one the plan is for.</summary>
    public QemuConfigSection Config => ConfigFile.Current;

    /// <summary>
    /// What the <c>[PENDING]</c> section would change (<c>memory, net0; delete: ide2</c>), or null when it changes nothing. Not
    /// applied: qemu-server applies pending changes when it starts a VM, sev-launch plans the current configuration.
    /// </summary>
    public string? PendingChanges => ConfigFile.Pending is { } pending && (pending.Options.Count > 0 || pending.Delete is not null)
        ? string.Join(", ", pending.Options.Select(o => o.Key).Distinct(StringComparer.Ordinal))
            + (pending.Delete is { } delete ? (pending.Options.Count > 0 ? "; " : "") + "delete: " + delete : "")
        : null;

    public ResolvedCapabilities Capabilities { get; }

    /// <summary>Every error and warning, configuration problems first, in the order they were found.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    public IEnumerable<Finding> Errors => Findings.Where(f => f.IsError);

    /// <summary>The plan; null when the amd-sev value or the architecture could not be read. Its arguments are null when there is an
    /// error.</summary>
    public ConfidentialVmPlan? Plan { get; }

    public VmBasics Basics { get; }

    /// <summary>Which QEMU machine version the firmware form was chosen for, and where it came from.</summary>
    public string MachineVersion { get; }

    /// <summary>Whether the plan attaches firmware as a writable pair (SEV, SEV-ES), whose form depends on <see
    /// cref="MachineVersion"/>.</summary>
    public bool HasPflashFirmware => Plan?.VarsPath is not null;

    /// <summary>qemu-server's messages for firmware images this machine does not have (<c>EFI base image '...' not found</c>).</summary>
    public IReadOnlyList<string> MissingFirmware { get; }

    /// <summary>1 for any configuration error, else 2 for a usage error, else 3 for a host error, else 0.</summary>
    public int ExitCode =>
        Errors.Any(f => f.Kind == FindingKind.Configuration) ? ExitCodes.InvalidConfiguration
        : Errors.Any(f => f.Kind == FindingKind.Usage) ? ExitCodes.UsageError
        : Errors.Any(f => f.Kind == FindingKind.Host) ? ExitCodes.HostLacksCapability
        : ExitCodes.Ok;

    /// <summary>Reads the configuration and the capabilities and judges the VM; on a file it cannot read, prints why and gives the exit
    /// code.</summary>
    public static VmAssessment? Load(VmInputs inputs, LauncherEnvironment environment, LauncherOutput output, out int exitCode)
    {
        if (!TryReadConfig(inputs.ConfigPath, environment, output, out var file))
        {
            exitCode = ExitCodes.UsageError;
            return null;
        }

        if (!CapabilitySource.TryResolve(inputs.CapsPath, environment, output, out var capabilities, out exitCode))
        {
            return null;
        }

        var config = file.Current;
        var findings = new List<Finding>();
        foreach (var problem in file.Problems)
        {
            string message = problem.ToString();
            findings.Add(IsCurrentOptionError(config, problem) ? Finding.ConfigError(message) : Finding.Warning(message));
        }

        int? vmId = VmIdOf(inputs.ConfigPath);
        var basics = VmBasics.Read(config, inputs.ConfigPath, vmId, findings);
        var machineVersion = MachineVersionSource.Resolve(config, inputs, environment, out string machineVersionText);
        var plan = PlanConfidentialPart(inputs, config, capabilities, vmId, machineVersion, output, findings);

        // qemu-server stops at its first failed check; a host without SEV or TDX hides a BIOS that is wrong too.
        if (!string.Equals(config["bios"], "ovmf", StringComparison.Ordinal) && !(config.HasAmdSev() && config.HasIntelTdx()))
        {
            string? notOvmf = config.HasAmdSev() ? SevHostChecks.NotOvmf : config.HasIntelTdx() ? TdxHostChecks.NotOvmf : null;
            if (notOvmf is not null && !findings.Any(f => f.Message == notOvmf))
            {
                findings.Add(Finding.ConfigError(notOvmf));
            }
        }

        var missingFirmware = new List<string>();
        if (plan?.Firmware is { } firmware)
        {
            if (!environment.FileExists(firmware.CodePath))
            {
                missingFirmware.Add($"EFI base image '{firmware.CodePath}' not found");
            }

            if (firmware.VarsTemplatePath is { } vars && !environment.FileExists(vars))
            {
                missingFirmware.Add($"EFI vars image '{vars}' not found");
            }
        }

        exitCode = ExitCodes.Ok;
        return new VmAssessment(inputs, file, capabilities, findings, plan, basics, missingFirmware, machineVersionText);
    }

    /// <summary>Prints the findings on standard error; after a host error, what the probe says is missing.</summary>
    public void WriteFindings(LauncherOutput output)
    {
        if (PendingChanges is { } pending)
        {
            output.Note($"the config has pending changes ({pending}), not applied: sev-launch plans the current configuration");
        }

        foreach (var finding in Findings)
        {
            output.Err.WriteLine(finding.ToString());
            if (finding.IsError && finding.Kind == FindingKind.Host)
            {
                WhyTheHostLacksIt(output);
            }
            else if (finding.IsError && finding.Kind == FindingKind.Usage)
            {
                output.Note("sev-launch does not read Proxmox's storage configuration: pass the efidisk's path with --efidisk PATH");
            }
        }
    }

    private void WhyTheHostLacksIt(LauncherOutput output)
    {
        if (Config.HasIntelTdx() && Capabilities.TdxProbe is { } tdxProbe)
        {
            foreach (string reason in tdxProbe.Missing)
            {
                output.Note(reason);
            }
        }
        else if (!Config.HasIntelTdx() && Capabilities.Probe is { } probe)
        {
            foreach (string reason in probe.Missing)
            {
                output.Note(reason);
            }
        }
        else
        {
            output.Note($"host capabilities {Capabilities.Describe()}; run 'sev-launch probe' to see what this host lacks");
        }
    }

    // A refused value of the current configuration is an error; a line PVE skips (it warns too), an unknown section and anything in a
    // snapshot or [PENDING] (which do not decide this start) are warnings.
    private static bool IsCurrentOptionError(QemuConfigSection current, QemuConfigProblem problem)
        => problem.Section is null && current.Options.Any(o => o.Line == problem.Line && !o.IsValid);

    private static bool TryReadConfig(string path, LauncherEnvironment environment, LauncherOutput output, out QemuVmConfig config)
    {
        config = null!;
        try
        {
            // The cpu option's model must be one this node offers; its custom models count.
            using var models = CpuModelCatalog.Use(environment.CpuModels());
            config = QemuVmConfig.ReadFile(path);
            return true;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            output.Error($"cannot read the VM config '{path}': no such file");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            string why = Directory.Exists(path) ? "it is a directory" : e.Message;
            output.Error($"cannot read the VM config '{path}': {why}");
        }

        return false;
    }

    // Proxmox names a VM's config <vmid>.conf; qemu-server names the temporary vars file after the id.
    private static int? VmIdOf(string configPath) =>
        int.TryParse(Path.GetFileNameWithoutExtension(configPath), NumberStyles.None, CultureInfo.InvariantCulture, out int id) && id > 0
            ? id : null;

    private static ConfidentialVmPlan? PlanConfidentialPart(VmInputs inputs, QemuConfigSection config, ResolvedCapabilities capabilities,
        int? vmId, Version? machineVersion, LauncherOutput output, List<Finding> findings)
    {
        // A value its format refused is already a finding, with its line, from the reader.
        bool hasAmdSev = config.HasAmdSev();
        bool hasIntelTdx = config.HasIntelTdx();
        var amdSev = config.GetParsed<AmdSevOptions>("amd-sev");
        var intelTdx = config.GetParsed<IntelTdxOptions>("intel-tdx");
        if (!hasAmdSev && !hasIntelTdx)
        {
            findings.Add(Finding.ConfigError(ConfidentialVmPlanner.NotConfidential));
        }

        bool optionsOk = (amdSev is not null || intelTdx is not null)
            && hasAmdSev == amdSev is not null
            && hasIntelTdx == intelTdx is not null;

        // Refused however the values read: a VM is one kind of confidential guest (docs/decisions/0012).
        if (hasAmdSev && hasIntelTdx)
        {
            findings.Add(Finding.ConfigError(ConfidentialVmPlanner.BothAmdSevAndIntelTdx));
            return null;
        }

        EfiDisk? efiDisk = null;
        bool efiDiskBroken = config.TryGetOption("efidisk0", out var efiDiskOption) && !efiDiskOption.IsValid;
        if (efiDiskOption is { IsValid: true })
        {
            try
            {
                efiDisk = config.GetEfiDisk();
            }
            catch (PropertyStringException e)
            {
                efiDiskBroken = true;
                findings.Add(Finding.ConfigError($"line {efiDiskOption.Line}: efidisk0: {e.Message}"));
            }
        }

        GuestArchitecture architecture;
        try
        {
            architecture = config.GetArchitecture() ?? GuestArchitecture.X86_64;
        }
        catch (FormatException e)
        {
            config.TryGetOption("arch", out var arch);
            findings.Add(Finding.ConfigError($"line {arch!.Line}: {e.Message}"));
            return null;
        }

        if (!optionsOk)
        {
            return null;
        }

        bool pflash = amdSev is { Type: not SevType.Snp };
        var request = new ConfidentialVmRequest
        {
            AmdSev = amdSev,
            IntelTdx = intelTdx,
            Host = capabilities.Host,
            TdxHost = capabilities.TdxHost,
            MachineVersion = machineVersion,
            Bios = config["bios"],
            Architecture = architecture,
            Q35 = config.IsQ35(),
            EfiDisk = efiDisk,
            EfiDiskPath = efiDisk is { } disk && pflash ? EfiDiskLocator.Locate(disk, inputs.EfiDiskPath, output) : inputs.EfiDiskPath,
            VmId = vmId,
            TemporaryVarsPath = inputs.VarsPath,

            // Plan as if every image existed, so that showcmd can print the command on a machine without
            // firmware; Load checks the real files afterwards.
            Firmware = new OvmfCatalog(inputs.FirmwareRoot, fileExists: _ => true),
        };

        var plan = ConfidentialVmPlanner.Plan(request);
        foreach (var diagnostic in plan.Diagnostics)
        {
            // An efidisk0 we could not read is reported above, not as "no efidisk".
            if (efiDiskBroken && diagnostic.Message == ConfidentialVmPlanner.NoEfiDisk)
            {
                continue;
            }

            findings.Add(new Finding(diagnostic.IsError, KindOf(diagnostic), diagnostic.Message));
        }

        return plan;
    }

    private static FindingKind KindOf(SevDiagnostic diagnostic) => diagnostic.Message switch
    {
        _ when !diagnostic.IsError => FindingKind.Configuration,
        SevHostChecks.NoSev or SevHostChecks.NoSevEs or SevHostChecks.NoSevSnp or TdxHostChecks.NoTdx => FindingKind.Host,

        // The planner cannot find a storage volume; the user can, and tells us with --efidisk.
        var message when message.StartsWith("efidisk0: cannot tell where volume", StringComparison.Ordinal) => FindingKind.Usage,
        _ => FindingKind.Configuration,
    };
}
