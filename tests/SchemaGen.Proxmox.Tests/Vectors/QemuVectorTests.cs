namespace SchemaGen.Proxmox.Tests.Vectors;

/// <summary>Every line of every qemu-server vector family, through the typed records.</summary>
public sealed class QemuVectorTests
{
    private static TypedFormat<T> Typed<T>(TryParseUtf16<T> utf16, TryParseUtf8<T> utf8)
        where T : IUtf8SpanFormattable
        => new(utf16, utf8);

    [Fact] public void Agent() => FamilySuite.AssertAllPass("agent", 250, Typed<AgentOptions>(AgentOptions.TryParse, AgentOptions.TryParse));
    [Fact] public void Audio() => FamilySuite.AssertAllPass("audio", 250, Typed<AudioOptions>(AudioOptions.TryParse, AudioOptions.TryParse));
    [Fact] public void Ivshmem() => FamilySuite.AssertAllPass("ivshmem", 250, Typed<IvshmemOptions>(IvshmemOptions.TryParse, IvshmemOptions.TryParse));
    [Fact] public void Machine() => FamilySuite.AssertAllPass("machine", 250, Typed<MachineOptions>(MachineOptions.TryParse, MachineOptions.TryParse));
    [Fact] public void Memory() => FamilySuite.AssertAllPass("memory", 250, Typed<MemoryOptions>(MemoryOptions.TryParse, MemoryOptions.TryParse));
    [Fact] public void Meta() => FamilySuite.AssertAllPass("meta", 250, Typed<MetaInfo>(MetaInfo.TryParse, MetaInfo.TryParse));
    [Fact] public void Numa() => FamilySuite.AssertAllPass("numa", 250, Typed<NumaNodeOptions>(NumaNodeOptions.TryParse, NumaNodeOptions.TryParse));
    [Fact] public void Rng() => FamilySuite.AssertAllPass("rng", 250, Typed<RngOptions>(RngOptions.TryParse, RngOptions.TryParse));
    [Fact] public void Smbios1() => FamilySuite.AssertAllPass("smbios1", 250, Typed<Smbios1Options>(Smbios1Options.TryParse, Smbios1Options.TryParse));
    [Fact] public void Spice_enhancements() => FamilySuite.AssertAllPass("spice_enhancements", 250, Typed<SpiceEnhancements>(SpiceEnhancements.TryParse, SpiceEnhancements.TryParse));
    [Fact] public void Vga() => FamilySuite.AssertAllPass("vga", 250, Typed<VgaOptions>(VgaOptions.TryParse, VgaOptions.TryParse));
    [Fact] public void Watchdog() => FamilySuite.AssertAllPass("watchdog", 250, Typed<WatchdogOptions>(WatchdogOptions.TryParse, WatchdogOptions.TryParse));
}
