using System.ComponentModel;

namespace SchemaGen.Proxmox;

/// <summary>
/// The <c>cpu</c> option: the emulated CPU model and VM-specific CPU settings, for example <c>host,flags=+aes</c>, checked as
/// qemu-server's <c>validate_vm_cpu_conf</c> does against the models of <see cref="CpuModelCatalog.Current"/>.
/// </summary>
[PropertyString("pve-vm-cpu-conf", Option = "cpu")]
public readonly partial record struct CpuOptions
{
    /// <summary>Emulated CPU type. PVE reads an absent value as kvm64; null here tells that it is absent.</summary>
    [Key("cputype", DefaultKey = true, Optional = true, FormatDescription = "string")]
    [Description("Emulated CPU type. Can be default or custom name (custom model names must be prefixed with 'custom-').")]
    public partial string? Cputype { get; init; }

    /// <summary>List of additional CPU flags separated by ';'.</summary>
    [Key(
        "flags",
        Optional = true,
        Pattern = @"(?:(?:([+-])([a-zA-Z0-9\-_\.]+))(;(?:([+-])([a-zA-Z0-9\-_\.]+)))*)",
        FormatDescription = "+FLAG[;-FLAG...]")]
    [Description("List of additional CPU flags separated by ';'. Use '+FLAG' to enable, '-FLAG' to disable a flag. There is a " +
        "special 'nested-virt' shorthand which controls nested virtualization for the current CPU ('svm' for AMD and 'vmx' " +
        "for Intel). Custom CPU models can specify any flag supported by QEMU/KVM, VM-specific flags must be from the " +
        "following set for security reasons: aes, amd-no-ssb, amd-ssbd, hv-evmcs, hv-tlbflush, ibpb, md-clear, nested-virt, " +
        "pcid, pdpe1gb, spec-ctrl, ssbd, virt-ssbd")]
    public partial string? Flags { get; init; }

    /// <summary>Number of physical address bits available to the guest.</summary>
    [Key("guest-phys-bits", Optional = true, Minimum = 32, Maximum = 64)]
    [Description("Number of physical address bits available to the guest.")]
    public partial int? GuestPhysBits { get; init; }

    /// <summary>Do not identify as a KVM virtual machine.</summary>
    [Key("hidden", Default = false)]
    [Description("Do not identify as a KVM virtual machine. Only affects vCPUs with x86-64 architecture.")]
    public partial bool Hidden { get; init; }

    /// <summary>The Hyper-V vendor ID.</summary>
    [Key("hv-vendor-id", Optional = true, Pattern = @"(?:[a-zA-Z0-9]{1,12})", FormatDescription = "vendor-id")]
    [Description("The Hyper-V vendor ID. Some drivers or programs inside Windows guests need a specific ID.")]
    public partial string? HvVendorId { get; init; }

    /// <summary>
    /// Maximum input value for the basic CPUID leaves the guest can query - that is the vendor (leaf 0), family/model/stepping and feature
    /// bits (leaf 1), cache and topology info (leaves 4 and B), and so on.
    /// </summary>
    [Key("level", Optional = true, Minimum = 0L, Maximum = 4294967295L)]
    [Description("Maximum input value for the basic CPUID leaves the guest can query - that is the vendor (leaf 0), " +
        "family/model/stepping and feature bits (leaf 1), cache and topology info (leaves 4 and B), and so on. " +
        "Higher-numbered leaves are hidden. Setting '30' is a common workaround for Hyper-V boot failures on Windows guests " +
        "running on recent Intel hosts. Only applies when the vCPU architecture is x86_64.")]
    public partial long? Level { get; init; }

    /// <summary>The physical memory address bits that are reported to the guest OS.</summary>
    [Key("phys-bits", Optional = true, FormatDescription = "8-64|host", Format = "pve-phys-bits")]
    [Description("The physical memory address bits that are reported to the guest OS. Should be smaller or equal to the host's. Set " +
        "to 'host' to use value from host CPU, but note that doing so will break live migration to CPUs with other values.")]
    public partial string? PhysBits { get; init; }

    /// <summary>
    /// CPU model and vendor to report to the guest. PVE reads an absent value as kvm64; null here tells that it is absent.
    /// </summary>
    [Key("reported-model", Optional = true)]
    [Description("CPU model and vendor to report to the guest. Must be a QEMU/KVM supported model. Only valid for custom CPU model " +
        "definitions, default models will always report themselves to the guest OS.")]
    public partial CpuModel? ReportedModel { get; init; }
}
