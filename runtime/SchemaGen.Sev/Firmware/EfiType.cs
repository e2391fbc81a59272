using SchemaGen;

namespace SchemaGen.Sev;

/// <summary>The size and layout of a VM's OVMF variable store: the <c>efitype</c> of its <c>efidisk0</c>.</summary>
public enum EfiType
{
    /// <summary><c>2m</c>: the legacy 2 MiB images (PVE's default when <c>efitype</c> is absent).</summary>
    [EnumValue("2m")]
    Size2M,

    /// <summary><c>4m</c>: the 4 MiB images, needed for Secure Boot.</summary>
    [EnumValue("4m")]
    Size4M,
}
