namespace SchemaGen.Sev;

/// <summary>The firmware images chosen for a VM, as paths that were found to exist.</summary>
/// <param name="ImageSet">The table row they come from.</param>
/// <param name="CodePath">The firmware code image (read-only pflash unit 0, or <c>-bios</c> for a consolidated image).</param>
/// <param name="VarsTemplatePath">The variable-store template a VM's efidisk is made from; <see langword="null"/> for a consolidated
/// image.</param>
public sealed record OvmfFirmware(OvmfImageSet ImageSet, string CodePath, string? VarsTemplatePath)
{
    /// <summary>
    /// The variable-store template's size in bytes, which qemu-server gives a raw VARS node as <c>size</c>:
    /// the file's size when the catalog could measure it, else <see cref="OvmfImageSet.NominalVarsSize"/>.
    /// </summary>
    public long? VarsTemplateSize { get; init; } = ImageSet.NominalVarsSize;

    /// <summary>Whether QEMU loads the firmware with <c>-bios</c> and no pflash (SEV-SNP).</summary>
    public bool UsesBiosOption => ImageSet.IsConsolidated;
}
