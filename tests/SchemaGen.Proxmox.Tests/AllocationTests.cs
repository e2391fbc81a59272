namespace SchemaGen.Proxmox.Tests;

/// <summary>Parsing and printing the records allocate nothing beyond their own strings.</summary>
public sealed class AllocationTests
{
    [Theory]
    [InlineData("vga", true)]
    [InlineData("agent", true)]
    [InlineData("rng", true)]
    [InlineData("startup", true)]
    [InlineData("vga-error", false)]
    public void Parsing_and_formatting_allocate_nothing(string what, bool succeeds)
    {
        var buffer = new char[128];
        Func<bool> call = what switch
        {
            "vga" => () => VgaOptions.TryParse("qxl,memory=32,clipboard=vnc", out var vga, out _) && vga.TryFormat(buffer, out _),
            "agent" => () => AgentOptions.TryParse("1,freeze-fs=0,fstrim_cloned_disks=on,type=isa", out var agent, out _)
                && agent.TryFormat(buffer, out _),
            "rng" => () => RngOptions.TryParse("/dev/urandom,max_bytes=1024,period=1000", out var rng, out _)
                && rng.TryFormat(buffer, out _),
            "startup" => () => StartupOrder.TryParse("order=2,up=30,down=60", out _, out _),
            _ => () => VgaOptions.TryParse("qxl,memory=2", out _, out _),
        };

        Assert.Equal(succeeds, call());
        Assert.Equal(0, AllocationMeter.BytesPerCall(call));
    }
}
