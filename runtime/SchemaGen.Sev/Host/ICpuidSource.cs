namespace SchemaGen.Sev;

/// <summary>
/// Where the probe gets <c>CPUID</c> answers from: the processor it runs on
/// (<see cref="X86CpuidSource"/>), or recorded register values in tests.
/// </summary>
public interface ICpuidSource
{
    /// <summary>Whether the machine has a <c>CPUID</c> instruction at all (false on anything but x86).</summary>
    bool IsSupported { get; }

    /// <summary>Runs <c>CPUID</c> for a leaf and sub-leaf. Only called when <see cref="IsSupported"/> is true.</summary>
    /// <param name="leaf">The leaf (the EAX input), e.g. <c>0x8000001F</c>.</param>
    /// <param name="subleaf">The sub-leaf (the ECX input); 0 for leaves that have none.</param>
    CpuidRegisters Read(uint leaf, uint subleaf = 0);
}
