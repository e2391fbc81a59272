namespace SchemaGen.Sev;

/// <summary>An operation on a VM that may have to carry or save its running state.</summary>
public enum VmStateOperation
{
    /// <summary>Migrate the running VM with its memory to another node.</summary>
    LiveMigration,

    /// <summary>Migrate the stopped VM: only its disks and configuration move.</summary>
    OfflineMigration,

    /// <summary>Take a snapshot that includes the VM's memory (<c>vmstate</c>).</summary>
    SnapshotWithRam,

    /// <summary>Take a snapshot of the disks only.</summary>
    SnapshotWithoutRam,

    /// <summary>Suspend the VM to disk.</summary>
    Hibernate,
}
