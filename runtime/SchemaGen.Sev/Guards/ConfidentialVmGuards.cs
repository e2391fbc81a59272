using SchemaGen.Tdx;

namespace SchemaGen.Sev;

/// <summary>
/// The operations Proxmox VE refuses for a confidential VM (AMD SEV or Intel TDX). Its memory is
/// encrypted with a key only the CPU holds (and qemu-server sets NOSEND in the SEV policy), so the
/// running state can be neither moved nor saved: live migration, snapshots with RAM and hibernation
/// are refused, while offline migration and disk-only snapshots work. SEV-SNP and TDX VMs boot one
/// read-only firmware image, so they are refused an EFI disk.
/// </summary>
public static class ConfidentialVmGuards
{
    /// <summary>The name the refusal gives the <c>amd-sev</c> option.</summary>
    public const string AmdSevBlocker = "amd-sev";

    /// <summary>The name the refusal gives the <c>intel-tdx</c> option.</summary>
    public const string IntelTdxBlocker = "intel-tdx";

    /// <summary>PVE's refusal of live migration, snapshots with RAM and hibernation, before the list of blocking options.</summary>
    public const string StateOperationRefusedPrefix = "Cannot live-migrate, snapshot (with RAM), or hibernate a VM with: ";

    /// <summary>PVE's refusal for a VM whose only blocker is <c>amd-sev</c>.</summary>
    public const string StateOperationRefused = StateOperationRefusedPrefix + AmdSevBlocker;

    /// <summary>Our refusal of an EFI disk for an Intel TDX VM (PVE fails obscurely there, looking for a vars template the TDX image has
    /// not got).</summary>
    public const string TdxEfiDiskRefused = "Intel TDX uses one consolidated read-only firmware image (4m-tdx) and cannot use an EFI disk";

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

    /// <summary>Checks an operation on a VM with either or both confidential options.</summary>
    /// <param name="operation">The operation.</param>
    /// <param name="amdSev">The VM's <c>amd-sev</c> option, or <see langword="null"/>.</param>
    /// <param name="intelTdx">The VM's <c>intel-tdx</c> option, or <see langword="null"/>.</param>
    /// <returns>PVE's refusal naming every blocker present, or <see langword="null"/> when the operation is allowed.</returns>
    public static string? CheckStateOperation(VmStateOperation operation, AmdSevOptions? amdSev, IntelTdxOptions? intelTdx) =>
        Refusal(operation, amdSev is not null, intelTdx is not null);

    /// <summary>Checks an operation on a VM by which confidential options its configuration has (any non-empty <c>amd-sev</c> or
    /// <c>intel-tdx</c> blocks, valid or not, as in PVE).</summary>
    /// <param name="operation">The operation.</param>
    /// <param name="hasAmdSev">Whether the VM has an <c>amd-sev</c> option.</param>
    /// <param name="hasIntelTdx">Whether the VM has an <c>intel-tdx</c> option.</param>
    /// <returns>PVE's refusal naming every blocker present, or <see langword="null"/> when the operation is allowed.</returns>
    public static string? CheckStateOperation(VmStateOperation operation, bool hasAmdSev, bool hasIntelTdx) =>
        Refusal(operation, hasAmdSev, hasIntelTdx);

    private static string? Refusal(VmStateOperation operation, bool amdSev, bool intelTdx)
    {
        if (!operation.NeedsRunningState() || (!amdSev && !intelTdx))
        {
            return null;
        }

        string[] blockers = [.. new[] { (amdSev, AmdSevBlocker), (intelTdx, IntelTdxBlocker) }.Where(b => b.Item1).Select(b => b.Item2)];
        return StateOperationRefusedPrefix + string.Join(", ", blockers);
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

    /// <summary>Checks the creation of an EFI disk for a VM with either confidential option.</summary>
    /// <param name="amdSev">The VM's <c>amd-sev</c> option, or <see langword="null"/>.</param>
    /// <param name="intelTdx">The VM's <c>intel-tdx</c> option, or <see langword="null"/>.</param>
    /// <returns>The refusal for SEV-SNP (PVE's) or TDX (ours), or <see langword="null"/> when the disk may be created.</returns>
    public static string? CheckEfiDiskCreation(AmdSevOptions? amdSev, IntelTdxOptions? intelTdx) =>
        intelTdx is not null ? TdxEfiDiskRefused : CheckEfiDiskCreation(amdSev);

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
