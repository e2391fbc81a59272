using SchemaGen.Sev;

namespace SchemaGen.Sev.Tests.Sev;

/// <summary>What PVE refuses an SEV VM: moving or saving its running state, and an EFI disk for SNP.</summary>
public sealed class ConfidentialVmGuardsTests
{
    private const string Refusal = "Cannot live-migrate, snapshot (with RAM), or hibernate a VM with: amd-sev";

    [Theory]
    [InlineData(VmStateOperation.LiveMigration)]
    [InlineData(VmStateOperation.SnapshotWithRam)]
    [InlineData(VmStateOperation.Hibernate)]
    public void Running_state_operations_are_refused_for_every_sev_type(VmStateOperation operation)
    {
        foreach (string amdSev in new[] { "std", "es", "snp" })
        {
            var options = AmdSevOptions.Parse(amdSev);

            Assert.Equal(Refusal, ConfidentialVmGuards.CheckStateOperation(operation, options));
            var exception = Assert.Throws<SevOperationRefusedException>(
                () => ConfidentialVmGuards.EnsureStateOperationAllowed(operation, options));
            Assert.Equal(Refusal, exception.Message);
        }
    }

    [Theory]
    [InlineData(VmStateOperation.OfflineMigration)]
    [InlineData(VmStateOperation.SnapshotWithoutRam)]
    public void Offline_migration_and_disk_snapshots_are_allowed(VmStateOperation operation)
    {
        Assert.Null(ConfidentialVmGuards.CheckStateOperation(operation, AmdSevOptions.Parse("snp")));
        ConfidentialVmGuards.EnsureStateOperationAllowed(operation, AmdSevOptions.Parse("std"));
    }

    [Theory]
    [InlineData(VmStateOperation.LiveMigration)]
    [InlineData(VmStateOperation.Hibernate)]
    public void Vms_without_sev_are_not_refused(VmStateOperation operation)
    {
        Assert.Null(ConfidentialVmGuards.CheckStateOperation(operation, (AmdSevOptions?)null));
    }

    [Fact]
    public void Presence_overload_refuses_for_amd_sev_alone()
    {
        Assert.Equal(Refusal,
            ConfidentialVmGuards.CheckStateOperation(VmStateOperation.SnapshotWithRam, hasAmdSev: true, hasIntelTdx: false));
        Assert.Null(ConfidentialVmGuards.CheckStateOperation(VmStateOperation.SnapshotWithRam, hasAmdSev: false, hasIntelTdx: false));
        Assert.Null(ConfidentialVmGuards.CheckStateOperation(VmStateOperation.OfflineMigration, hasAmdSev: true, hasIntelTdx: false));
    }

    [Fact]
    public void Efi_disk_creation_is_refused_for_snp_only()
    {
        const string Message = "SEV-SNP uses consolidated read-only firmware and does not require an EFI disk";

        Assert.Equal(Message, ConfidentialVmGuards.CheckEfiDiskCreation(AmdSevOptions.Parse("snp")));
        var exception = Assert.Throws<SevOperationRefusedException>(()
            => ConfidentialVmGuards.EnsureEfiDiskCreationAllowed(AmdSevOptions.Parse("snp,no-debug=1")));
        Assert.Equal(Message, exception.Message);
        Assert.Null(ConfidentialVmGuards.CheckEfiDiskCreation(AmdSevOptions.Parse("std")));
        Assert.Null(ConfidentialVmGuards.CheckEfiDiskCreation(AmdSevOptions.Parse("es")));
        Assert.Null(ConfidentialVmGuards.CheckEfiDiskCreation(null));
    }
}
