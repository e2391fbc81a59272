using SchemaGen.Sev;
using SchemaGen.TestSchemas;

namespace SchemaGen.Runtime.Tests.Parsing;

/// <summary>
/// Each test schema's fast path accepts only what the exact path (PVE's two passes) accepts, as the same
/// value (<see cref="FastPathAgreement"/>): over the vector lines of its format, and for the schema whose
/// fast path reads its keys out of line, over the inputs that reach each kind of key.
/// </summary>
public sealed class FastPathAgreementTests
{
    // Inputs for a net device, read by ThrottledNetDevice too: the net vector lines and their prints.
    private static readonly IReadOnlyList<string> NetInputs = Inputs("qemu/net.cases.jsonl", 250);

    // What reaches each path of a fast path that reads its keys out of line (more than 16 keys).
    private static readonly string[] ThrottledInputs =
    [
        "virtio=BC:24:11:2D:3E:4F,br=vmbr0,bps=100,bps_rd=1,bps_wr=2,bps_max=3,pps=4,pps_rd=5,pps_wr=6,pps_max=7",
        "e1000,macaddr=BC:24:11:2D:3E:4F,bridge=vmbr0,mbps=1.5,mbps_rd=0.5,mbps_wr=2,tag=10,queues=4,firewall=1,link_down=1",
        "model=virtio,bridge=vmbr1",
        "virtio",
        "rtl8139=BC:24:11:2D:3E:4F",
        // Given twice, through a keyAlias or an alias, or refused: the fast path gives up, the exact path words the error.
        "virtio=BC:24:11:2D:3E:4F,e1000=BC:24:11:2D:3E:40",
        "macaddr=BC:24:11:2D:3E:4F,virtio=BC:24:11:2D:3E:40",
        "virtio=BC:24:11:2D:3E:4F,macaddr=BC:24:11:2D:3E:40",
        "virtio,br=vmbr0,bridge=vmbr1",
        "virtio,bridge=vmbr0,br=vmbr1",
        "virtio,bps=1,bps=2",
        "virtio=01:24:11:2D:3E:4F",
        "virtio,tag=0",
        "virtio,pps=-1",
        "virtio,mbps=x",
        "virtio,unknown=1",
        "br=vmbr0",
    ];

    [Fact]
    public void AmdSevOptions() => AssertAgree<AmdSevOptions>(Inputs("amd-sev.cases.jsonl", 443));

    [Fact]
    public void SevHostCapabilities() => AssertAgree<SevHostCapabilities>(Inputs("node-capabilities.cases.jsonl", 200));

    [Fact]
    public void NetDevice() => AssertAgree<NetDevice>(NetInputs);

    [Fact]
    public void IpConfig() => AssertAgree<IpConfig>(Inputs("qemu/ipconfig.cases.jsonl", 250));

    [Fact]
    public void BootOrder() => AssertAgree<BootOrder>(Inputs("qemu/boot.cases.jsonl", 250));

    [Fact]
    public void ThrottledNetDevice() => AssertAgree<ThrottledNetDevice>([.. NetInputs, .. ThrottledInputs]);

    [Fact]
    public void The_out_of_line_reader_reads_every_kind_of_key()
    {
        // Each of these the fast path reads whole: a keyAlias value, an alias, integers, numbers, booleans.
        Assert.Equal(2 * 5, FastPathAgreement.Check<ThrottledNetDevice>(ThrottledInputs.Take(5)));
        var device = TestSchemas.ThrottledNetDevice.Parse(ThrottledInputs[0]);
        Assert.Equal((NicModel.Virtio, "BC:24:11:2D:3E:4F", "vmbr0"), (device.Model, device.MacAddress, device.Bridge));
        Assert.Equal([100L, 1, 2, 3, 4, 5, 6, 7], [device.Bps, device.BpsRd, device.BpsWr, device.BpsMax, device.Pps, device.PpsRd,
            device.PpsWr, device.PpsMax]);
        Assert.Equal("virtio=BC:24:11:2D:3E:4F,bps=100,bps_max=3,bps_rd=1,bps_wr=2,bridge=vmbr0,pps=4,pps_max=7,pps_rd=5,pps_wr=6",
            device.ToString());
    }

    [Fact]
    public void Given_twice_is_still_pves_error()
    {
        Assert.False(TestSchemas.ThrottledNetDevice.TryParse("virtio,br=vmbr0,bridge=vmbr1", out _, out var alias));
        Assert.Equal("duplicate key in comma-separated list property: bridge", alias.ToString());
        Assert.False(TestSchemas.ThrottledNetDevice.TryParse("virtio=BC:24:11:2D:3E:4F,e1000=BC:24:11:2D:3E:40", out _, out var keyAlias));
        Assert.Equal("key alias 'model' is already defined", keyAlias.ToString());
    }

    private static IReadOnlyList<string> Inputs(string file, int lines)
    {
        var cases = VectorCase.Load(file);
        Assert.Equal(lines, cases.Count);
        return [.. cases.Select(c => c.Input), .. cases.Where(c => c.Printed is not null).Select(c => c.Printed!)];
    }

    private static void AssertAgree<T>(IReadOnlyList<string> inputs)
        where T : notnull
    {
        int accepted = FastPathAgreement.Check<T>(inputs);
        Assert.True(accepted > 0, $"{typeof(T).Name}: the fast path accepted none of {inputs.Count} inputs");
    }
}
