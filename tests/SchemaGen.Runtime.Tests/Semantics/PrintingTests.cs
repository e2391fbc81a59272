using System.Text;
using SchemaGen.Sev;
using SchemaGen.TestSchemas;

namespace SchemaGen.Runtime.Tests.Semantics;

/// <summary>
/// The printer writes the same text to chars and to UTF-8, refuses every destination that is too short
/// (writing nothing), and prints an enum value that is not a member as its number, as it always has.
/// </summary>
public sealed class PrintingTests
{
    // Between them, the printer's every kind of write: an enum as the default key, booleans, a keyAlias pair
    // (the model's name as the key), a string, integers.
    [Theory]
    [InlineData("snp,allow-smt=0,kernel-hashes=1,no-debug=1")]
    [InlineData("type=std,allow-smt=1,no-key-sharing=0")]
    public void Amd_sev_refuses_every_destination_shorter_than_its_text(string text)
        => AssertRefusesEveryShorterDestination<AmdSevOptions>(text);

    [Theory]
    [InlineData("virtio=BC:24:11:2D:3E:4F,bridge=vmbr0,firewall=1,mtu=1500,queues=4,tag=54")]
    [InlineData("e1000,bridge=vmbr1")]
    public void A_network_device_refuses_every_destination_shorter_than_its_text(string text)
        => AssertRefusesEveryShorterDestination<NetDevice>(text);

    // Eighteen keys, printed by two methods of nine (the generated printer groups its keys): keys from both.
    [Theory]
    [InlineData("virtio=BC:24:11:2D:3E:4F,bridge=vmbr0,bps=1000,mbps=1.5,queues=4,tag=5")]
    [InlineData("e1000,tag=5")]
    public void A_schema_printed_in_groups_refuses_every_destination_shorter_than_its_text(string text)
        => AssertRefusesEveryShorterDestination<ThrottledNetDevice>(text);

    [Fact]
    public void An_enum_value_that_is_not_a_member_prints_as_its_number_in_both_encodings()
    {
        var value = new AmdSevOptions { Type = (SevType)42, NoDebug = true };
        Span<char> chars = stackalloc char[64];
        Span<byte> bytes = stackalloc byte[64];
        Assert.True(value.TryFormat(chars, out int charsWritten));
        Assert.True(value.TryFormat(bytes, out int bytesWritten));
        Assert.Equal("42,no-debug=1", chars[..charsWritten].ToString());
        Assert.Equal("42,no-debug=1", Encoding.UTF8.GetString(bytes[..bytesWritten]));
        Assert.Equal("42,no-debug=1", value.ToString());
    }

    [Fact]
    public void A_model_that_is_not_a_member_prints_as_its_number_before_the_mac_address()
    {
        var value = NetDevice.Parse("virtio=BC:24:11:2D:3E:4F") with { Model = (NicModel)99 };
        Assert.Equal("99=BC:24:11:2D:3E:4F", value.ToString());
        Span<byte> bytes = stackalloc byte[64];
        Assert.True(value.TryFormat(bytes, out int written));
        Assert.Equal("99=BC:24:11:2D:3E:4F", Encoding.UTF8.GetString(bytes[..written]));
    }

    [Fact]
    public void A_string_beyond_ascii_prints_as_its_utf8_bytes_and_needs_room_for_all_of_them()
    {
        // The parser refuses such a bridge, the printer does not check: it writes what it holds.
        var value = NetDevice.Parse("virtio=BC:24:11:2D:3E:4F") with { Bridge = "vmbr\u00fc\u20ac" };
        const string Expected = "virtio=BC:24:11:2D:3E:4F,bridge=vmbr\u00fc\u20ac";
        byte[] utf8 = Encoding.UTF8.GetBytes(Expected);
        Assert.Equal(Expected, value.ToString());
        var bytes = new byte[utf8.Length];
        Assert.True(value.TryFormat(bytes, out int written));
        Assert.Equal(utf8, bytes[..written]);
        int refused = 0;
        for (int length = 0; length < utf8.Length; length++)
        {
            Assert.False(value.TryFormat(new byte[length], out written), $"{length} bytes");
            Assert.Equal(0, written);
            refused++;
        }

        Assert.Equal(utf8.Length, refused);
    }

    private static void AssertRefusesEveryShorterDestination<T>(string text)
        where T : IPropertyString<T>
    {
        var value = T.Parse(text);
        string canonical = value.ToString()!;
        int refused = 0;
        for (int length = 0; length < canonical.Length; length++)
        {
            Assert.False(value.TryFormat(new char[length], out int charsWritten, default, null), $"{length} chars");
            Assert.False(value.TryFormat(new byte[length], out int bytesWritten, default, null), $"{length} bytes");
            Assert.Equal((0, 0), (charsWritten, bytesWritten));
            refused++;
        }

        Assert.Equal(canonical.Length, refused);
        var chars = new char[canonical.Length];
        var bytes = new byte[canonical.Length];
        Assert.True(value.TryFormat(chars, out int exactChars, default, null));
        Assert.True(value.TryFormat(bytes, out int exactBytes, default, null));
        Assert.Equal(canonical, new string(chars, 0, exactChars));
        Assert.Equal(canonical, Encoding.UTF8.GetString(bytes, 0, exactBytes));
    }
}
