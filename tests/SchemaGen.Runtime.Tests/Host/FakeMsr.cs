using SchemaGen.Tdx;

namespace SchemaGen.Runtime.Tests.Host;

/// <summary>Recorded MSR values of CPU 0, or a device that cannot be read; every read is logged.</summary>
internal sealed class FakeMsr(IReadOnlyDictionary<uint, ulong> values, Exception? failure = null) : IMsrSource
{
    public List<uint> Reads { get; } = [];

    /// <summary>A TDX host as Proxmox's helper sees it: TME active, 0xA0 zero, the SEAM range enabled.</summary>
    public static FakeMsr TdxHost() => new(new Dictionary<uint, ulong> { [0x982] = 0x2, [0xA0] = 0, [0x1401] = 0x800 });

    /// <summary>An Intel host without TDX: TME off, no SEAM range.</summary>
    public static FakeMsr IntelWithoutTdx() => new(new Dictionary<uint, ulong> { [0x982] = 0, [0xA0] = 0, [0x1401] = 0 });

    /// <summary>No msr driver, or not root: every read fails.</summary>
    public static FakeMsr Unreadable() => new(new Dictionary<uint, ulong>(),
        new IOException("/dev/cpu/0/msr does not exist (is the msr module loaded? modprobe msr)"));

    public ulong Read(uint index)
    {
        Reads.Add(index);
        if (failure is not null)
        {
            throw failure;
        }

        return values.TryGetValue(index, out ulong value) ? value : throw new IOException($"rdmsr: CPU cannot read MSR 0x{index:x8}");
    }
}
