using SchemaGen.Tdx;

namespace SchemaGen.Proxmox.Tests.Vectors;

/// <summary>
/// Every line of every qemu-server vector family, through the typed record and through
/// <see cref="QemuConfigFormats"/>; and each family's synopsis against PVE's.
/// </summary>
public sealed class QemuVectorTests
{
    /// <summary>The families whose formats are declared; the test below checks that none is forgotten.</summary>
    public static readonly IReadOnlyList<VectorFamily> Families =
    [
        VectorFamily.Of<AudioOptions>("audio", "audio0", AudioOptions.TryParse, AudioOptions.TryParse),
        VectorFamily.Of<IntelTdxOptions>("intel-tdx", "intel-tdx", IntelTdxOptions.TryParse, IntelTdxOptions.TryParse),
        VectorFamily.Of<IvshmemOptions>("ivshmem", "ivshmem", IvshmemOptions.TryParse, IvshmemOptions.TryParse),
        VectorFamily.Of<MachineOptions>("machine", "machine", MachineOptions.TryParse, MachineOptions.TryParse),
        VectorFamily.Of<MemoryOptions>("memory", "memory", MemoryOptions.TryParse, MemoryOptions.TryParse),
        VectorFamily.Of<MetaInfo>("meta", "meta", MetaInfo.TryParse, MetaInfo.TryParse),
        VectorFamily.Of<NumaNodeOptions>("numa", "numa0", NumaNodeOptions.TryParse, NumaNodeOptions.TryParse),
        VectorFamily.Of<RngOptions>("rng", "rng0", RngOptions.TryParse, RngOptions.TryParse),
        VectorFamily.Of<Smbios1Options>("smbios1", "smbios1", Smbios1Options.TryParse, Smbios1Options.TryParse),
        VectorFamily.Of<SpiceEnhancements>(
            "spice_enhancements", "spice_enhancements", SpiceEnhancements.TryParse, SpiceEnhancements.TryParse),
        VectorFamily.Of<VgaOptions>("vga", "vga", VgaOptions.TryParse, VgaOptions.TryParse),
        VectorFamily.Of<WatchdogOptions>("watchdog", "watchdog", WatchdogOptions.TryParse, WatchdogOptions.TryParse),
        VectorFamily.Of<BootOptions>("boot", "boot", BootOptions.TryParse, BootOptions.TryParse),
        VectorFamily.Of<CloudInitCustom>("cicustom", "cicustom", CloudInitCustom.TryParse, CloudInitCustom.TryParse),
        VectorFamily.Of<CpuOptions>("cpu", "cpu", CpuOptions.TryParse, CpuOptions.TryParse),
        VectorFamily.Of<EfiDiskDrive>("efidisk", "efidisk0", EfiDiskDrive.TryParse, EfiDiskDrive.TryParse),
        VectorFamily.Of<HostPciDevice>("hostpci", "hostpci0", HostPciDevice.TryParse, HostPciDevice.TryParse),
        VectorFamily.Of<IdeDrive>("ide", "ide0", IdeDrive.TryParse, IdeDrive.TryParse),
        VectorFamily.Of<IpConfig>("ipconfig", "ipconfig0", IpConfig.TryParse, IpConfig.TryParse),
        VectorFamily.Of<NetworkDevice>("net", "net0", NetworkDevice.TryParse, NetworkDevice.TryParse),
        VectorFamily.Of<SataDrive>("sata", "sata0", SataDrive.TryParse, SataDrive.TryParse),
        VectorFamily.Of<ScsiDrive>("scsi", "scsi0", ScsiDrive.TryParse, ScsiDrive.TryParse),
        VectorFamily.Of<TpmStateDrive>("tpmstate", "tpmstate0", TpmStateDrive.TryParse, TpmStateDrive.TryParse),
        VectorFamily.Of<UnusedDrive>("unused", "unused0", UnusedDrive.TryParse, UnusedDrive.TryParse),
        VectorFamily.Of<UsbDevice>("usb", "usb0", UsbDevice.TryParse, UsbDevice.TryParse),
        VectorFamily.Of<VirtioDrive>("virtio", "virtio0", VirtioDrive.TryParse, VirtioDrive.TryParse),
        VectorFamily.Of<VirtiofsShare>("virtiofs", "virtiofs0", VirtiofsShare.TryParse, VirtiofsShare.TryParse),
    ];

    public static TheoryData<string> FamilyNames() => [.. Families.Select(f => f.Name)];

    private static VectorFamily Family(string name) => Families.Single(f => f.Name == name);

    [Theory]
    [MemberData(nameof(FamilyNames))]
    public void Through_the_typed_record(string family)
    {
        var f = Family(family);
        FamilySuite.AssertAllPass(f.Name, f.Lines, f.Typed);
    }

    [Theory]
    [MemberData(nameof(FamilyNames))]
    public void Through_QemuConfigFormats(string family)
    {
        var f = Family(family);
        FamilySuite.AssertAllPass(f.Name, f.Lines, new OptionFormat(f.Option, f.Record));
    }

    /// <summary>
    /// The generated parser's fast path accepts only what PVE's two passes accept, as the same value: every line and
    /// every print PVE made of one, in UTF-16 and UTF-8. Its count shows the fast path ran on the family.
    /// </summary>
    [Theory]
    [MemberData(nameof(FamilyNames))]
    public void The_fast_path_answers_as_the_exact_path(string family)
    {
        var f = Family(family);
        var cases = VectorCase.Load("qemu/" + family + ".cases.jsonl");
        Assert.Equal(f.Lines, cases.Count);
        var inputs = cases.Select(c => c.Input).Concat(cases.Where(c => c.Printed is not null).Select(c => c.Printed!)).ToList();
        int accepted = FastPathAgreement.Check(f.Record, inputs);
        Assert.True(accepted > 0, $"{family}: the fast path accepted none of {inputs.Count} inputs");
    }

    /// <summary>Every family but <c>meta</c>, whose synopsis PVE cannot print.</summary>
    public static TheoryData<string> FamiliesWithSynopsis() => [.. Families.Select(f => f.Name).Where(name => name != "meta")];

    [Theory]
    [MemberData(nameof(FamiliesWithSynopsis))]
    public void Synopsis_is_pves(string family)
    {
        var f = Family(family);
        Assert.True(QemuConfigFormats.TryGetFormat(f.Option, out var format));
        Assert.Equal(VectorReadme.Synopsis(family), format.Synopsis);
    }

    /// <summary>
    /// PVE dies on meta's synopsis (creation-qemu has neither format_description nor typetext);
    /// we print a string key as &lt;string&gt; (decision 0020).
    /// </summary>
    [Fact]
    public void Meta_synopsis_where_pve_has_none()
    {
        Assert.Throws<KeyNotFoundException>(() => VectorReadme.Synopsis("meta"));
        Assert.Equal("[creation-qemu=<string>] [,ctime=<integer>]", MetaInfo.PropertyStringFormat.Synopsis);
    }

    /// <summary>cpu-custom/: the cpu option on a node with qemu-server's two mocked custom models, injected.</summary>
    [Fact]
    public void Cpu_on_a_node_with_custom_models()
    {
        var cpu = Family("cpu");
        using (CpuModelCatalog.Use(CpuModelCatalog.WithCustomModels(["qemu64", "alldefault"])))
        {
            FamilySuite.AssertAllPass("cpu-custom/cpu", 100, cpu.Typed);
            FamilySuite.AssertAllPass("cpu-custom/cpu", 100, new OptionFormat(cpu.Option, cpu.Record));
        }

        // Without them, the lines that use a custom model answer differently: the injection is what makes them pass.
        Assert.NotEmpty(FamilySuite.Failures("cpu-custom/cpu", 100, cpu.Typed));
    }

    /// <summary>
    /// agent: every line, among them the 25 that use <c>freeze-fs-on-backup</c>, PVE's second alias of
    /// <c>freeze-fs</c> beside <c>guest-fsfreeze</c> (<c>Aliases</c> declares both).
    /// </summary>
    [Fact]
    public void Agent_with_both_aliases_of_freeze_fs()
    {
        var agent = VectorFamily.Of<AgentOptions>("agent", "agent", AgentOptions.TryParse, AgentOptions.TryParse);
        Assert.Equal(25, VectorCase.Load("qemu/agent.cases.jsonl")
            .Count(v => v.Input.Contains("freeze-fs-on-backup", StringComparison.Ordinal)));
        FamilySuite.AssertAllPass("agent", 250, agent.Typed);
        FamilySuite.AssertAllPass("agent", 250, new OptionFormat(agent.Option, agent.Record));
        Assert.Equal("[enabled=]<1|0> [,freeze-fs=<1|0>] [,fstrim_cloned_disks=<1|0>] [,type=<virtio|isa>]", AgentOptions.Synopsis);
    }
}
