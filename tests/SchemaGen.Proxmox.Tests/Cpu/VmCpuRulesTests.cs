namespace SchemaGen.Proxmox.Tests.Cpu;

/// <summary>validate_vm_cpu_conf's rules and messages, one each (the cpu vectors run them all through the record).</summary>
public sealed class VmCpuRulesTests
{
    private const string FlagsMessage = "VM-specific CPU flags must be a subset of: "
        + "aes, amd-no-ssb, amd-ssbd, hv-evmcs, hv-tlbflush, ibpb, md-clear, nested-virt, pcid, pdpe1gb, spec-ctrl, ssbd, virt-ssbd";

    private static readonly CpuModelCatalog Node = CpuModelCatalog.WithCustomModels(["qemu64"]);

    [Theory]
    [InlineData(null, null, false, "CPU is missing cputype")]
    [InlineData("0", null, false, "CPU is missing cputype")]
    [InlineData("custom-jrl", null, false, "Custom cputype 'jrl' not found")]
    [InlineData("custom-", null, false, "Custom cputype '' not found")]
    [InlineData("Skylake", null, false, "Built-in cputype 'Skylake' is not defined (missing 'custom-' prefix?)")]
    [InlineData("host", "+aes;-pcid;+foo", false, FlagsMessage)]
    [InlineData("host", "+aes;", false, FlagsMessage)]
    [InlineData("host", null, true, "Property 'reported-model' not allowed in VM-specific CPU config.")]
    [InlineData("host", "+md-clear;+pdpe1gb;-hv-tlbflush", false, null)]
    [InlineData("custom-qemu64", "+virt-ssbd", false, null)]
    [InlineData("x86-64-v3", null, false, null)]
    public void Rules_in_pves_order(string? cputype, string? flags, bool reportedModel, string? message)
        => Assert.Equal(message, VmCpuRules.Check(cputype, flags, reportedModel, Node));
}
