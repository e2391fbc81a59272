using System.Text;
using SchemaGen.TestSchemas;

namespace SchemaGen.Runtime.Tests.Semantics;

/// <summary>
/// The language's newer words one at a time: synopses as PVE's generate_typetext prints them (the
/// vectors' README lists qemu-server's), keyAlias printing, disk sizes in bytes, requires in
/// TryValidate, and errors of hand-written rules.
/// </summary>
public sealed class LanguageFeatureTests
{
    [Fact]
    public void Synopses_are_pves()
    {
        Assert.Equal(
            "[model=]<enum> [,bridge=<bridge>] [,firewall=<1|0>] [,host-tunnel=<1|0>] [,link_down=<1|0>] [,macaddr=<XX:XX:XX:XX:XX:XX>] "
            + "[,mtu=<integer>] [,queues=<integer>] [,rate=<number>] [,tag=<integer>] [,trunks=<vlanid[;vlanid...]>] [,<model>=<macaddr>]",
            NetDevice.Synopsis);
        Assert.Equal("[gw=<GatewayIPv4>] [,gw6=<GatewayIPv6>] [,ip=<IPv4Format/CIDR>] [,ip6=<IPv6Format/CIDR>]", IpConfig.Synopsis);
        Assert.Equal("[[legacy=]<[acdn]{1,4}>] [,order=<device[;device...]>]", BootOrder.Synopsis);
        Assert.Equal("[file=]<volume> [,iops=<iops>] [,media=<cdrom|disk>] [,serial=<serial>] [,size=<DiskSize>]", DriveVolume.Synopsis);
    }

    [Theory]
    [InlineData("virtio=BC:24:11:2D:3E:4F,bridge=vmbr0,firewall=1", "virtio=BC:24:11:2D:3E:4F,bridge=vmbr0,firewall=1")]
    [InlineData("bridge=vmbr0,macaddr=BC:24:11:2D:3E:4F,model=e1000", "e1000=BC:24:11:2D:3E:4F,bridge=vmbr0")]
    [InlineData("e1000,macaddr=BC:24:11:2D:3E:4F", "e1000=BC:24:11:2D:3E:4F")]
    [InlineData("rtl8139", "rtl8139")]
    public void A_model_and_its_mac_print_as_one_part(string input, string printed)
    {
        var device = NetDevice.Parse(input);
        Assert.Equal(printed, device.ToString());
        Assert.Equal(device, NetDevice.Parse(printed));
    }

    [Fact]
    public void A_model_key_sets_both_keys()
    {
        var device = NetDevice.Parse("virtio=BC:24:11:2D:3E:4F");
        Assert.Equal(NicModel.Virtio, device.Model);
        Assert.Equal("BC:24:11:2D:3E:4F", device.MacAddress);
    }

    [Theory]
    [InlineData("virtio=BC:24:11:2D:3E:4F,e1000=BC:24:11:2D:3E:40", "key alias 'model' is already defined")]
    [InlineData("e1000,virtio=BC:24:11:2D:3E:4F", "key alias 'model' is already defined")]
    [InlineData("macaddr=BC:24:11:2D:3E:4F,virtio=BC:24:11:2D:3E:40", "key 'macaddr' is already defined (via alias)")]
    [InlineData("virtio=BC:24:11:2D:3E:4F,macaddr=BC:24:11:2D:3E:40", "duplicate key in comma-separated list property: macaddr")]
    [InlineData("virtio=BC:24:11:2D:3E:4F,e1000", "duplicate key in comma-separated list property: model")]
    [InlineData("virtio=01:24:11:2D:3E:4F", "macaddr: invalid format - value does not look like a valid unicast MAC address\n")]
    public void KeyAlias_errors_are_pves(string input, string message)
    {
        Assert.False(NetDevice.TryParse(input, out _, out var error));
        Assert.Equal(message, error.ToString());
        Assert.False(NetDevice.TryParse(Encoding.UTF8.GetBytes(input), out _, out var utf8Error));
        Assert.Equal(message, utf8Error.ToString());
    }

    [Theory]
    [InlineData("local:vm-100-disk-0,size=528K", 540672L, "local:vm-100-disk-0,size=528K")]
    [InlineData("local:vm-100-disk-0,size=32G", 34359738368L, "local:vm-100-disk-0,size=32G")]
    [InlineData("local:vm-100-disk-0,size=1.5T", 1649267441664L, "local:vm-100-disk-0,size=1536G")]
    [InlineData("local:vm-100-disk-0,size=2.5G", 2684354560L, "local:vm-100-disk-0,size=2560M")]
    [InlineData("local:vm-100-disk-0,size=1024M", 1073741824L, "local:vm-100-disk-0,size=1G")]
    [InlineData("local:vm-100-disk-0,size=1.5K", 1536L, "local:vm-100-disk-0,size=1536")]
    [InlineData("local:vm-100-disk-0,size=1024", 1024L, "local:vm-100-disk-0,size=1K")]
    [InlineData("local:vm-100-disk-0,size=0", 0L, "local:vm-100-disk-0,size=0T")]
    [InlineData("local:vm-100-disk-0,size=3806.30T", 4185071108803789L, "local:vm-100-disk-0,size=4185071108803789")]
    public void A_disk_size_is_held_as_bytes_and_printed_with_format_size(string input, long bytes, string printed)
    {
        var drive = DriveVolume.Parse(input);
        Assert.Equal(bytes, drive.Size);
        Assert.Equal(printed, drive.ToString());
        Assert.True(DriveVolume.TryParse(Encoding.UTF8.GetBytes(input), out var utf8, out _));
        Assert.Equal(bytes, utf8!.Size);
        Assert.True(drive.TryValidate(out var error), error.ToString());
    }

    [Theory]
    [InlineData("local:d,size=32Q", "size: invalid format - value does not look like a valid disk size: 32Q\n")]
    [InlineData("local:d,size=8388608T", "size: invalid format - value does not look like a valid disk size: 8388608T\n")]
    [InlineData("foo", "file: invalid format - unable to parse volume ID 'foo'\n")]
    [InlineData("volume=foo", "file: invalid format - unable to parse volume ID 'foo'\n")]
    [InlineData("none,serial=a b", "serial: invalid format - invalid urlencoded string: a b\n")]
    [InlineData("none,file=cdrom", "duplicate key in comma-separated list property: file")]
    public void Named_format_errors_are_pves(string input, string message)
    {
        Assert.False(DriveVolume.TryParse(input, out _, out var error));
        Assert.Equal(message, error.ToString());
        Assert.False(DriveVolume.TryParse(Encoding.UTF8.GetBytes(input), out _, out var utf8Error));
        Assert.Equal(message, utf8Error.ToString());
    }

    [Fact]
    public void A_list_error_points_at_the_refused_element()
    {
        const string input = "order=scsi0;disk;net0";
        Assert.False(BootOrder.TryParse(input, out _, out var error));
        Assert.Equal("order: invalid format - invalid boot device 'disk'\n", error.ToString());
        Assert.Equal(input.IndexOf("disk", StringComparison.Ordinal), error.Offset);
        Assert.Equal(4, error.Length);

        // UTF-8 offsets count bytes: 'é' before the list takes two.
        Assert.False(BootOrder.TryParse("order=é;disk"u8, out _, out var utf8Error));
        Assert.Equal("order: invalid format - invalid boot device 'é'\n", utf8Error.ToString());
        Assert.Equal((6, 2), (utf8Error.Offset, utf8Error.Length));
    }

    [Fact]
    public void TryValidate_checks_requires()
    {
        var config = new IpConfig { Gateway = "10.0.0.1" };
        Assert.False(config.TryValidate(out var error));
        Assert.Equal("ip: missing property required by 'gw'", error.ToString());

        config.Address = "10.0.0.2/24";
        Assert.True(config.TryValidate(out error), error.ToString());
        Assert.Equal("gw=10.0.0.1,ip=10.0.0.2/24", config.ToString());
    }

    [Fact]
    public void A_rule_error_without_a_key_is_the_bare_message_with_its_subject()
    {
        var error = PropertyStringError.ForRule(null, "Custom cputype '{0}' not found", "custom-nope");
        Assert.Null(error.Key);
        Assert.Equal(PropertyStringErrorKind.Rule, error.Kind);
        Assert.Equal("Custom cputype 'custom-nope' not found", error.ToString());
        Assert.Equal("flags: no such flag", PropertyStringError.ForRule("flags", "no such flag").ToString());
    }

    [Fact]
    public void Generated_members_say_so_and_the_users_key_properties_do_not()
    {
        var members = new System.Reflection.MemberInfo[]
        {
            typeof(NetDevice).GetMethod(nameof(NetDevice.TryValidate))!,
            typeof(NetDevice).GetProperty(nameof(NetDevice.Synopsis))!,
            typeof(NetDevice).GetProperty(nameof(NetDevice.PropertyStringFormat))!,
            typeof(NetDevice).GetMethod(nameof(NetDevice.ToString), Type.EmptyTypes)!,
        };
        Assert.Equal(4, members.Length);
        foreach (var member in members)
        {
            var attribute = Assert.Single(member.GetCustomAttributes(typeof(System.CodeDom.Compiler.GeneratedCodeAttribute), false));
            Assert.Equal("SchemaGen", ((System.CodeDom.Compiler.GeneratedCodeAttribute)attribute).Tool);
        }

        var model = typeof(NetDevice).GetProperty(nameof(NetDevice.Model))!;
        Assert.Empty(model.GetCustomAttributes(typeof(System.CodeDom.Compiler.GeneratedCodeAttribute), false));
    }
}
