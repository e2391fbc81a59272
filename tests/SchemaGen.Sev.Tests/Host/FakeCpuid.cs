using SchemaGen.Sev;

namespace SchemaGen.Sev.Tests.Host;

/// <summary>Recorded CPUID answers. A leaf not in the table answers zeros, as AMD processors do; every read is logged.</summary>
internal sealed class FakeCpuid(bool isSupported, IReadOnlyDictionary<uint, CpuidRegisters> leaves) : ICpuidSource
{
    public List<uint> Reads { get; } = [];

    public bool IsSupported => isSupported;

    public CpuidRegisters Read(uint leaf, uint subleaf = 0)
    {
        if (!isSupported)
        {
            throw new InvalidOperationException("CPUID read on a machine without CPUID.");
        }

        Reads.Add(leaf);
        return leaves.TryGetValue(leaf, out var registers) ? registers : default;
    }
}
