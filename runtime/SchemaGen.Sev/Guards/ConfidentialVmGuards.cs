namespace SchemaGen.Sev;

/// <summary>
/// The operations Proxmox VE refuses for an AMD SEV VM. Its memory is encrypted with a key only
/// the CPU's secure processor holds (and qemu-server sets NOSEND in the SEV policy), so the running
/// state can be neither moved nor saved: live migration, snapshots with RAM and hibernation are
/// refused, while offline migration and disk-only snapshots work. An SEV-SNP VM boots one read-only
/// firmware image, so it is refused an EFI disk.
/// </summary>
public static class ConfidentialVmGuards
{
    /// <summary>The name the refusal gives the blocking option.</summary>
    public const string AmdSevBlocker = "amd-sev";

    /// <summary>PVE's refusal of live migration, snapshots with RAM and hibernation.</summary>
    public const string StateOperationRefused = "Cannot live-migrate, snapshot (with RAM), or hibernate a VM with: amd-sev";

    /// <summary>PVE's refusal of an EFI disk for an SEV-SNP VM.</summary>
    public const string SnpEfiDiskRefused = "SEV-SNP uses consolidated read-only firmware and does not require an EFI disk";

    /// <summary>Whether the operation carries or saves the VM's running state.</summary>
    /// <param name="operation">The operation.</param>
    public static bool NeedsRunningState(this VmStateOperation operation) => operation switch
    {
        VmStateOperation.LiveMigration or VmStateOperation.SnapshotWithRam or VmStateOperation.Hibernate => true,
        VmStateOperation.OfflineMigration or VmStateOperation.SnapshotWithoutRam => false,
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Unknown operation."),
    };

    /// <summary>Checks an operation on a VM.</summary>
    /// <param name="operation">The operation.</param>
    /// <param name="amdSev">The VM's <c>amd-sev</c> option, or <see langword="null"/> when it has none.</param>
    /// <returns>PVE's refusal, or <see langword="null"/> when the operation is allowed.</returns>
    public static string? CheckStateOperation(VmStateOperation operation, AmdSevOptions? amdSev) =>
        amdSev is not null && operation.NeedsRunningState() ? StateOperationRefused : null;

    /// <summary>Checks an operation on a VM given its configuration (any non-empty <c>amd-sev</c> blocks, as in PVE).</summary>
    /// <param name="operation">The operation.</param>
    /// <param name="config">The VM's configuration.</param>
    /// <returns>PVE's refusal, or <see langword="null"/> when the operation is allowed.</returns>
    public static string? CheckStateOperation(VmStateOperation operation, ProxmoxVmConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return config.HasAmdSev && operation.NeedsRunningState() ? StateOperationRefused : null;
    }

    /// <summary>Refuses an operation the VM cannot do.</summary>
    /// <param name="operation">The operation.</param>
    /// <param name="amdSev">The VM's <c>amd-sev</c> option, or <see langword="null"/> when it has none.</param>
    /// <exception cref="SevOperationRefusedException">The operation needs the VM's running state and the VM uses SEV.</exception>
    public static void EnsureStateOperationAllowed(VmStateOperation operation, AmdSevOptions? amdSev)
    {
        if (CheckStateOperation(operation, amdSev) is { } refusal)
        {
            throw new SevOperationRefusedException(refusal);
        }
    }

    /// <summary>Checks the creation of an EFI disk (<c>efidisk0</c>) for a VM.</summary>
    /// <param name="amdSev">The VM's <c>amd-sev</c> option, or <see langword="null"/> when it has none.</param>
    /// <returns>PVE's refusal for SEV-SNP, or <see langword="null"/> when the disk may be created.</returns>
    public static string? CheckEfiDiskCreation(AmdSevOptions? amdSev) =>
        amdSev is { Type: SevType.Snp } ? SnpEfiDiskRefused : null;

    /// <summary>Refuses the creation of an EFI disk for an SEV-SNP VM.</summary>
    /// <param name="amdSev">The VM's <c>amd-sev</c> option, or <see langword="null"/> when it has none.</param>
    /// <exception cref="SevOperationRefusedException">The VM uses SEV-SNP.</exception>
    public static void EnsureEfiDiskCreationAllowed(AmdSevOptions? amdSev)
    {
        if (CheckEfiDiskCreation(amdSev) is { } refusal)
        {
            throw new SevOperationRefusedException(refusal);
        }
    }
}
