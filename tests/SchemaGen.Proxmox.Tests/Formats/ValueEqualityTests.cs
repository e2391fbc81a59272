namespace SchemaGen.Proxmox.Tests.Formats;

/// <summary>
/// A generated record's equality: an optional key of a value type (<c>long?</c>, <c>bool?</c>, an enum) is kept
/// as the value type beside its presence bit, so equal values must come out equal however they were made:
/// parsed, built in code, or with the key taken away again by <c>with { Key = null }</c>.
/// </summary>
public sealed class ValueEqualityTests
{
    private const string Volume = "local-lvm:vm-100-disk-0";

    [Fact]
    public void A_parsed_value_equals_the_same_value_built_in_code()
    {
        var parsed = ScsiDrive.Parse($"{Volume},discard=on,iothread=1,size=32G");
        var built = new ScsiDrive { File = Volume, Discard = DriveDiscard.On, Iothread = true, Size = 32L << 30 };

        Assert.Equal(built, parsed);
        Assert.Equal(built.GetHashCode(), parsed.GetHashCode());
    }

    [Fact]
    public void A_key_set_back_to_null_is_as_if_never_given()
    {
        var never = ScsiDrive.Parse($"{Volume},iothread=1");
        var removed = ScsiDrive.Parse($"{Volume},iothread=1,size=32G,bps=1000,ro=0,cache=none") with
        {
            Size = null,
            Bps = null,
            Ro = null,
            Cache = null,
        };

        Assert.Null(removed.Size);
        Assert.Null(removed.Bps);
        Assert.Null(removed.Ro);
        Assert.Null(removed.Cache);
        Assert.Equal(never, removed);
        Assert.Equal(never.GetHashCode(), removed.GetHashCode());
        Assert.Equal($"{Volume},iothread=1", removed.ToString());
    }

    [Fact]
    public void A_key_given_as_its_types_default_is_not_an_absent_key()
    {
        var absent = ScsiDrive.Parse(Volume);
        var zero = ScsiDrive.Parse($"{Volume},bps=0,ro=0");

        Assert.Null(absent.Bps);
        Assert.Null(absent.Ro);
        Assert.Equal(0L, zero.Bps);
        Assert.False(zero.Ro);
        Assert.NotEqual(absent, zero);
        Assert.Equal($"{Volume},bps=0,ro=0", zero.ToString());
    }

    [Fact]
    public void The_default_value_reads_every_optional_key_as_absent()
    {
        var none = default(NetworkDevice);

        Assert.Null(none.Firewall);
        Assert.Null(none.Mtu);
        Assert.Null(none.Rate);
        Assert.Null(none.Tag);
        Assert.Null(none.Macaddr);
        var tagged = new NetworkDevice { Model = NetworkModel.Virtio, Tag = 5 };
        Assert.Equal(new NetworkDevice { Model = NetworkModel.Virtio }, tagged with { Tag = null });
    }
}
