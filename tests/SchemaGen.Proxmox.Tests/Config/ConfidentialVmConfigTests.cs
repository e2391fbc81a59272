using SchemaGen.Sev;
using SchemaGen.Tdx;

namespace SchemaGen.Proxmox.Tests.Config;

/// <summary>A VM config read by <see cref="QemuVmConfig"/> becomes the planner's request and answers PVE's guards.</summary>
public sealed class ConfidentialVmConfigTests
{
    private static readonly SevHostCapabilities Turin = new()
    {
        Cbitpos = 51,
        ReducedPhysBits = 6,
        SevSupport = true,
        SevSupportEs = true,
        SevSupportSnp = true,
    };

    [Fact]
    public void Request_reads_every_option_it_needs()
    {
        var config = QemuVmConfig.Parse(
            "bios: ovmf\nmachine: q35\narch: x86_64\nefidisk0: local:100/vm-100-disk-0.raw,efitype=4m\namd-sev: type=es,no-debug=1\n");

        var request = config.Current.ToConfidentialVmRequest(Turin);

        Assert.Equal(AmdSevOptions.Parse("es,no-debug=1"), request.AmdSev);
        Assert.Null(request.IntelTdx);
        Assert.Equal("ovmf", request.Bios);
        Assert.True(request.Q35);
        Assert.Equal(GuestArchitecture.X86_64, request.Architecture);
        Assert.Equal(EfiType.Size4M, request.EfiDisk!.Value.EfiType);
        Assert.Same(OvmfCatalog.Default, request.Firmware);
    }

    [Fact]
    public void Request_without_a_confidential_option_is_refused()
    {
        var config = QemuVmConfig.Parse("bios: ovmf\n").Current;

        var error = Assert.Throws<SevConfigurationException>(() => config.ToConfidentialVmRequest(Turin));
        Assert.Equal(ConfidentialVmPlanner.NotConfidential, error.Message);
    }

    [Theory]
    [InlineData("amd-sev: type=stdd\n", "type: value may only be 3 characters long")]
    [InlineData("intel-tdx: tdx\n", "attestation: property is missing and it is not optional")]
    [InlineData("amd-sev: std\nefidisk0: local:100/vm-100-disk-0.raw,efitype=3m\n",
        "efitype: value '3m' does not have a value in the enumeration '2m, 4m'")]
    public void Request_with_an_invalid_option_throws_pves_message(string text, string message)
    {
        var config = QemuVmConfig.Parse(text).Current;

        var error = Assert.Throws<PropertyStringException>(() => config.ToConfidentialVmRequest(Turin));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("machine: q35\n", true)]
    [InlineData("machine: pc-q35-9.2+pve1,viommu=intel\n", true)]
    [InlineData("machine: type=pc-q35-10.0\n", true)]
    [InlineData("machine: pc-i440fx-9.2\n", false)]
    [InlineData("machine: not a machine\n", false)]
    [InlineData("bios: ovmf\n", false)]
    public void Q35_is_read_from_the_machine_type(string text, bool q35)
    {
        Assert.Equal(q35, QemuVmConfig.Parse(text).Current.IsQ35());
    }

    [Fact]
    public void An_unknown_architecture_gets_pves_enumeration_message()
    {
        var config = QemuVmConfig.Parse("arch: riscv\n").Current;

        var error = Assert.Throws<FormatException>(() => config.GetArchitecture());
        Assert.Equal("arch: value 'riscv' does not have a value in the enumeration 'x86_64, aarch64'", error.Message);
        Assert.Equal(GuestArchitecture.Aarch64, QemuVmConfig.Parse("arch: aarch64\n").Current.GetArchitecture());
        Assert.Null(QemuVmConfig.Parse("bios: ovmf\n").Current.GetArchitecture());
    }

    [Fact]
    public void Guards_block_on_any_confidential_option_even_one_that_is_not_valid()
    {
        var sev = QemuVmConfig.Parse("bios: ovmf\namd-sev: es\n").Current;
        var brokenTdx = QemuVmConfig.Parse("intel-tdx: tdx\n").Current;
        var plain = QemuVmConfig.Parse("bios: ovmf\n").Current;

        Assert.Equal(ConfidentialVmGuards.StateOperationRefused, sev.CheckStateOperation(VmStateOperation.SnapshotWithRam));
        Assert.Equal("Cannot live-migrate, snapshot (with RAM), or hibernate a VM with: intel-tdx",
            brokenTdx.CheckStateOperation(VmStateOperation.Hibernate));
        Assert.Null(plain.CheckStateOperation(VmStateOperation.SnapshotWithRam));
        Assert.Null(sev.CheckStateOperation(VmStateOperation.OfflineMigration));
    }

    [Fact]
    public void Pending_changes_do_not_reach_the_request()
    {
        var config = QemuVmConfig.Parse("bios: ovmf\namd-sev: snp\n\n[PENDING]\namd-sev: std\nbios: seabios\n");

        var request = config.Current.ToConfidentialVmRequest(Turin);

        Assert.Equal(SevType.Snp, request.AmdSev!.Value.Type);
        Assert.Equal("ovmf", request.Bios);
        Assert.Equal("seabios", config.Pending!["bios"]);
    }
}
