namespace SchemaGen.Sev;

/// <summary>
/// What the planner needs of a VM's <c>efidisk0</c>: the volume that holds its OVMF variables and which
/// variable-store template it was made from. The option's property-string format is declared once, by
/// <c>SchemaGen.Proxmox.EfiDiskDrive</c>, which builds this record.
/// </summary>
/// <param name="Volume">The volume: a storage volume id (<c>storage:volume</c>) or an absolute path.</param>
/// <param name="Format">
/// The volume's image format as PVE writes it and QEMU names its block driver (<c>raw</c>, <c>qcow2</c>, ...);
/// <see langword="null"/> when the option has none and the storage decides.
/// </param>
/// <param name="EfiType">Which variable-store size the disk was made with.</param>
/// <param name="PreEnrolledKeys">Whether the disk was made from the template with distribution and Microsoft keys enrolled.</param>
public readonly record struct EfiDisk(string Volume, string? Format, EfiType EfiType, bool PreEnrolledKeys);
