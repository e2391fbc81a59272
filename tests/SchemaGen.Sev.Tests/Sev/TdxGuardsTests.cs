using SchemaGen.Sev;
using SchemaGen.Tdx;

namespace SchemaGen.Sev.Tests.Sev;

/// <summary>What PVE refuses an Intel TDX VM: its running state, and (our addition) an EFI disk.</summary>
public sealed class TdxGuardsTests
{
    private static readonly IntelTdxOptions Tdx = IntelTdxOptions.Parse("tdx,attestation=0");

    [Theory]
    [InlineData(VmStateOperation.LiveMigration)]
    [InlineData(VmStateOperation.SnapshotWithRam)]
    [InlineData(VmStateOperation.Hibernate)]
    public void Running_state_operations_are_refused_naming_every_blocker(VmStateOperation operation)
    {
        Assert.Equal("Cannot live-migrate, snapshot (with RAM), or hibernate a VM with: intel-tdx",
            ConfidentialVmGuards.CheckStateOperation(operation, null, Tdx));
        Assert.Equal("Cannot live-migrate, snapshot (with RAM), or hibernate a VM with: amd-sev, intel-tdx",
            ConfidentialVmGuards.CheckStateOperation(operation, AmdSevOptions.Parse("std"), Tdx));
        Assert.Equal(ConfidentialVmGuards.StateOperationRefused, ConfidentialVmGuards.CheckStateOperation(operation,
            AmdSevOptions.Parse("std"), null));
        Assert.Equal(
            "Cannot live-migrate, snapshot (with RAM), or hibernate a VM with: intel-tdx",
            ConfidentialVmGuards.CheckStateOperation(operation, hasAmdSev: false, hasIntelTdx: true));
    }

    [Theory]
    [InlineData(VmStateOperation.OfflineMigration)]
    [InlineData(VmStateOperation.SnapshotWithoutRam)]
    public void Operations_without_running_state_are_allowed(VmStateOperation operation)
    {
        Assert.Null(ConfidentialVmGuards.CheckStateOperation(operation, AmdSevOptions.Parse("std"), Tdx));
        Assert.Null(ConfidentialVmGuards.CheckStateOperation(operation, hasAmdSev: false, hasIntelTdx: true));
    }

    [Fact]
    public void An_efidisk_is_refused_for_tdx_with_a_clear_message()
    {
        Assert.Equal(ConfidentialVmGuards.TdxEfiDiskRefused, ConfidentialVmGuards.CheckEfiDiskCreation(null, Tdx));
        Assert.Contains("Intel TDX", ConfidentialVmGuards.TdxEfiDiskRefused, StringComparison.Ordinal);
        Assert.Null(ConfidentialVmGuards.CheckEfiDiskCreation(AmdSevOptions.Parse("std"), null));
        Assert.Equal(ConfidentialVmGuards.SnpEfiDiskRefused, ConfidentialVmGuards.CheckEfiDiskCreation(AmdSevOptions.Parse("snp"), null));
    }
}
