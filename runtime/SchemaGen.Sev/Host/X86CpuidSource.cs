using System.Runtime.Intrinsics.X86;

namespace SchemaGen.Sev;

/// <summary>The processor this process runs on, through <see cref="X86Base.CpuId(int, int)"/>: no native helper.</summary>
public sealed class X86CpuidSource : ICpuidSource
{
    private X86CpuidSource()
    {
    }

    /// <summary>The one instance.</summary>
    public static X86CpuidSource Instance { get; } = new();

    /// <inheritdoc/>
    public bool IsSupported => X86Base.IsSupported;

    /// <inheritdoc/>
    public CpuidRegisters Read(uint leaf, uint subleaf = 0)
    {
        if (!X86Base.IsSupported)
        {
            throw new PlatformNotSupportedException("CPUID needs an x86 processor.");
        }

        var (eax, ebx, ecx, edx) = X86Base.CpuId(unchecked((int)leaf), unchecked((int)subleaf));
        return new CpuidRegisters(unchecked((uint)eax), unchecked((uint)ebx), unchecked((uint)ecx), unchecked((uint)edx));
    }
}
