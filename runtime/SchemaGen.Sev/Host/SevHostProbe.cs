namespace SchemaGen.Sev;

/// <summary>
/// Probes the host for AMD SEV: the processor (CPUID <c>Fn8000_001F</c>), what KVM enabled, and what that
/// means for each SEV type, with a reason for everything that is missing. Never throws for a host that
/// lacks SEV; the answer says so.
/// </summary>
/// <example><code>
/// var result = SevHostProbe.Probe();
/// foreach (var level in result.Levels) Console.WriteLine($"{level.Name}: {(level.Usable ? "yes" : level.Missing)}");
/// SevCapabilityFile.Write(SevCapabilityFile.DefaultPath, result.Capabilities);
/// </code></example>
public static class SevHostProbe
{
    /// <summary>Probes the machine this process runs on.</summary>
    public static SevHostProbeResult Probe() => Probe(X86CpuidSource.Instance, LocalHostFileSystem.Instance);

    /// <summary>Probes through the given sources (recorded registers and files in tests).</summary>
    /// <param name="cpuid">Where CPUID answers come from.</param>
    /// <param name="fileSystem">Where the kernel's files are read from.</param>
    public static SevHostProbeResult Probe(ICpuidSource cpuid, IHostFileSystem fileSystem)
    {
        ArgumentNullException.ThrowIfNull(cpuid);
        ArgumentNullException.ThrowIfNull(fileSystem);
        var cpu = SevCpuInfo.Read(cpuid);
        var kvm = KvmSevSettings.Read(fileSystem);

        string? notSupported = !cpu.IsX86
            ? "This machine is not x86 (it has no CPUID instruction): AMD SEV needs an AMD x86-64 processor."
            : !cpu.IsAmd
                ? $"The CPU vendor is '{cpu.Vendor}', not {SevCpuInfo.AmdVendor}: AMD SEV needs an AMD processor."
                : null;

        SevLevelSupport[] levels =
        [
            Level(SevType.Std, "SEV", SevCpuFeatures.Sev, kvm.Sev, cpu, kvm, notSupported),
            Level(SevType.Es, "SEV-ES", SevCpuFeatures.SevEs, kvm.SevEs, cpu, kvm, notSupported),
            Level(SevType.Snp, "SEV-SNP", SevCpuFeatures.SevSnp, kvm.SevSnp, cpu, kvm, notSupported),
        ];

        var missing = new List<string>();
        SevHostCapabilities? capabilities = null;
        if (notSupported is not null)
        {
            missing.Add(notSupported);
        }
        else
        {
            missing.AddRange(levels.Where(level => level.Missing is not null).Select(level => level.Missing!));
            AddHostNotes(missing, cpu, kvm, levels);

            // Like Proxmox's helper, an AMD host always gets the amd-sev object; unlike it, a type counts
            // as supported only when KVM enabled it too, so qemu-server refuses a guest that could not start.
            capabilities = new SevHostCapabilities
            {
                Cbitpos = cpu.EncryptedMemory?.CbitPosition ?? 0,
                ReducedPhysBits = cpu.EncryptedMemory?.ReducedPhysBits ?? 0,
                SevSupport = levels[0].Usable,
                SevSupportEs = levels[1].Usable,
                SevSupportSnp = levels[2].Usable,
            };
        }

        return new SevHostProbeResult
        {
            Cpu = cpu,
            Kvm = kvm,
            Levels = levels,
            NotSupportedReason = notSupported,
            Capabilities = capabilities,
            Missing = missing,
        };
    }

    private static SevLevelSupport Level(SevType type, string name, SevCpuFeatures feature, KvmParameter parameter, SevCpuInfo cpu,
        KvmSevSettings kvm, string? notSupported)
    {
        bool cpuSupports = notSupported is null && cpu.EncryptedMemory is { } leaf && leaf.Has(feature);
        string? missing = notSupported is not null
            ? $"{name}: not an AMD x86 host."
            : !cpuSupports
                ? $"{name}: {WhyNotInCpu(cpu, feature)}"
                : parameter.IsEnabled
                    ? null
                    : $"{name}: the CPU supports it but {WhyNotInKvm(type, parameter, cpu, kvm)}";
        return new SevLevelSupport(type, name, cpuSupports, parameter, missing);
    }

    private static string WhyNotInCpu(SevCpuInfo cpu, SevCpuFeatures feature)
    {
        if (cpu.EncryptedMemory is null)
        {
            return $"the CPU's extended CPUID leaves end at {cpu.MaxExtendedLeaf:X8}h, before 8000001Fh (Encrypted Memory Capabilities), " +
                "so it has no SEV.";
        }

        var info = SevCpuFeatureInfo.All.First(entry => entry.Feature == feature);
        return $"the CPU does not report it (CPUID Fn8000_001F EAX bit {info.Bit} is clear).";
    }

    private static string WhyNotInKvm(SevType type, KvmParameter parameter, SevCpuInfo cpu, KvmSevSettings kvm)
    {
        string setting = $"kvm_amd {parameter.Name}";
        switch (parameter.State)
        {
            case KvmParameterState.Absent when !kvm.ModuleLoaded:
                return "the kvm_amd module is not loaded (modprobe kvm_amd).";
            case KvmParameterState.Absent when type == SevType.Snp:
                return $"KVM cannot run it: {parameter.Path} does not exist, and SEV-SNP hosts need Linux 6.11 or newer.";
            case KvmParameterState.Absent:
                return $"KVM cannot run it: {parameter.Path} does not exist (a kernel built without CONFIG_KVM_AMD_SEV?).";
            case KvmParameterState.Unreadable:
                return $"{parameter.Path} could not be read: {parameter.Text}";
            case KvmParameterState.Unrecognized:
                return $"{parameter.Path} holds '{parameter.Text}', not Y or N.";
        }

        // Disabled. ES and SNP guests need ASIDs below the minimum SEV ASID; with none, KVM turns both off.
        string why = $"KVM has it off ({setting}={parameter.Text}).";
        if (type != SevType.Std && cpu.EncryptedMemory is { MinSevAsid: <= 1 })
        {
            return why + " The firmware leaves no ASIDs for SEV-ES/SEV-SNP guests (minimum SEV ASID is "
                + $"{cpu.EncryptedMemory.Value.MinSevAsid}): raise the SEV-ES ASID space limit in the firmware setup.";
        }

        return type switch
        {
            SevType.Snp => why + " Enable SEV-SNP (and SNP memory coverage, IOMMU) in the firmware setup, or load kvm_amd with sev_snp=1.",
            SevType.Es => why + " Load kvm_amd with sev_es=1, and check that the SEV firmware initialised (dmesg | grep -i sev).",
            _ => why + " Enable SME and SEV in the firmware setup, check that the SEV firmware initialised (dmesg | grep -i sev), or " +
                "load kvm_amd with sev=1.",
        };
    }

    private static void AddHostNotes(List<string> missing, SevCpuInfo cpu, KvmSevSettings kvm, SevLevelSupport[] levels)
    {
        bool anyUsable = levels.Any(level => level.Usable);
        if (anyUsable && !kvm.DevSevExists)
        {
            missing.Add($"{KvmSevSettings.DevSevPath} does not exist: QEMU opens it to launch SEV guests (is the ccp module loaded?).");
        }

        if (!anyUsable && cpu.Hypervisor is not null)
        {
            string hypervisor = cpu.Hypervisor.Length == 0 ? "a hypervisor" : $"hypervisor '{cpu.Hypervisor}'";
            missing.Add($"This machine is a virtual machine ({hypervisor}): SEV guests need a bare-metal AMD host.");
        }
    }
}
