using System.Text;
using SchemaGen.TestSchemas;

namespace SchemaGen.Runtime.Tests.Allocation;

/// <summary>
/// The language's newer words stay allocation-free: keyAlias, named formats and lists, disk sizes,
/// requires. A refused text allocates nothing (the error keeps its subject inline and builds its
/// message only when read); printing allocates nothing; a parse allocates only the value's own
/// strings that the string pool does not hold yet (and the object, for a class).
/// </summary>
public sealed class LanguageAllocationTests
{
    public static TheoryData<string> RefusedNetTexts() => new()
    {
        "virtio=BC:24:11:2D:3E:4F,e1000=BC:24:11:2D:3E:40",
        "macaddr=BC:24:11:2D:3E:4F,virtio=BC:24:11:2D:3E:40",
        "virtio=01:24:11:2D:3E:4F",
        "virtio,bridge=vmbr 0",
        "virtio,tag=0",
        "firewall=1",
    };

    public static TheoryData<string> RefusedDriveTexts() => new()
    {
        "foo",
        "local:d,size=32Q",
        "local:d,size=8388608T",
        "none,serial=a b",
        "none,iops=-1",
    };

    public static TheoryData<string> RefusedOtherTexts() => new()
    {
        "gw=10.0.0.1",
        "gw=10.0.0.256,ip=dhcp",
        "ip6=auto,gw6=::1,gw6=::2",
    };

    [Theory]
    [MemberData(nameof(RefusedNetTexts))]
    public void A_refused_net_text_allocates_nothing(string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        Assert.Equal(0, AllocatedBy(() => NetDevice.TryParse(text.AsSpan(), out _, out _)));
        Assert.Equal(0, AllocatedBy(() => NetDevice.TryParse(utf8.AsSpan(), out _, out _)));
        Assert.False(NetDevice.TryParse(text, out _, out _));
    }

    [Theory]
    [MemberData(nameof(RefusedDriveTexts))]
    public void A_refused_drive_text_allocates_nothing(string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        Assert.Equal(0, AllocatedBy(() => DriveVolume.TryParse(text.AsSpan(), out _, out _)));
        Assert.Equal(0, AllocatedBy(() => DriveVolume.TryParse(utf8.AsSpan(), out _, out _)));
        Assert.False(DriveVolume.TryParse(text, out _, out _));
    }

    [Theory]
    [MemberData(nameof(RefusedOtherTexts))]
    public void A_refused_ipconfig_or_boot_text_allocates_nothing(string text)
    {
        Assert.Equal(0, AllocatedBy(() => IpConfig.TryParse(text.AsSpan(), out _, out _)));
        Assert.False(IpConfig.TryParse(text, out _, out _));
        Assert.Equal(0, AllocatedBy(() => BootOrder.TryParse("order=scsi0;disk".AsSpan(), out _, out _)));
        Assert.False(BootOrder.TryParse("order=scsi0;disk", out _, out _));
    }

    [Fact]
    public void A_list_value_seen_before_allocates_nothing()
    {
        // The first parse makes the string; the string pool hands it back to every later one.
        Assert.True(BootOrder.TryParse("order=scsi0;net0;ide2".AsSpan(), out var first, out _));
        Assert.Equal(0, AllocatedBy(() => BootOrder.TryParse("order=scsi0;net0;ide2".AsSpan(), out _, out _)));
        Assert.Equal(0, AllocatedBy(() => BootOrder.TryParse("order=scsi0;net0;ide2"u8, out _, out _)));
        Assert.True(BootOrder.TryParse("order=scsi0;net0;ide2"u8, out var again, out _));
        Assert.Equal(first, again);
    }

    [Theory]
    [InlineData("virtio=BC:24:11:2D:3E:4F,bridge=vmbr0,firewall=1,tag=5,rate=1.5")]
    [InlineData("e1000,queues=4")]
    public void Printing_a_net_value_allocates_nothing(string text)
        => AssertFormatAllocatesNothing(NetDevice.Parse(text));

    [Theory]
    [InlineData("local:vm-100-disk-0,size=1.5T,iops=100,serial=abc")]
    [InlineData("/dev/sda,media=cdrom,size=0")]
    public void Printing_a_drive_with_a_disk_size_allocates_nothing(string text)
        => AssertFormatAllocatesNothing(DriveVolume.Parse(text));

    private static void AssertFormatAllocatesNothing<T>(T value)
        where T : ISpanFormattable, IUtf8SpanFormattable
    {
        var chars = new char[256];
        var bytes = new byte[256];
        Assert.True(value.TryFormat(chars, out _, default, null));
        Assert.Equal(0, AllocatedBy(() => value.TryFormat(chars, out _, default, null)));
        Assert.Equal(0, AllocatedBy(() => value.TryFormat(bytes, out _, default, null)));
        Assert.Equal(0, AllocatedBy(() => value.TryFormat(new Span<char>(chars, 0, 3), out _, default, null)));
    }

    private static double AllocatedBy(Func<bool> call) => AllocationMeter.BytesPerCall(call);
}
