using SchemaGen;

namespace SchemaGen.Tdx;

/// <summary>Which Intel Trust Domain Extensions a guest uses: the <c>type</c> of the <c>intel-tdx</c> option (qemu-server knows
/// one).</summary>
public enum TdxType
{
    /// <summary>TDX: the guest runs as a trust domain, its memory and CPU state hidden from the host.</summary>
    [EnumValue("tdx")]
    Tdx,
}
