namespace SchemaGen.Sev;

/// <summary>
/// One row of the OVMF table: a named pair of firmware images, or a single consolidated image
/// (SEV-SNP's, which has no separate variable store).
/// </summary>
/// <param name="Name">The row's name in qemu-server's table, for example <c>4m-sev</c>.</param>
/// <param name="CodeFile">The firmware code image's file name, for example <c>OVMF_SEV_CODE_4M.fd</c>.</param>
/// <param name="VarsFile">The variable-store template's file name; <see langword="null"/> for a consolidated image.</param>
/// <param name="NominalVarsSize">The template's size in bytes as Proxmox VE ships it, used when the file is not on this machine; <see
/// langword="null"/> when unknown or consolidated.</param>
public sealed record OvmfImageSet(string Name, string CodeFile, string? VarsFile, long? NominalVarsSize = null)
{
    /// <summary>Whether the set is one read-only image that QEMU loads with <c>-bios</c> and no pflash.</summary>
    public bool IsConsolidated => VarsFile is null;
}
