using System.Text;
using SchemaGen.TestSchemas;

namespace SchemaGen.Runtime.Tests.Semantics;

/// <summary>The general schema: a class, ranges, an alias, patterns, lengths, custom formats, cross-field rules.</summary>
public sealed class StorageVolumeTests
{
    [Theory]
    [InlineData("local:vm-100-disk-0,format=raw", "local:vm-100-disk-0,format=raw")]
    [InlineData("format=qcow2,volume=local:disk", "local:disk,format=qcow2")]
    [InlineData("local:d,format=vmdk/flat,id=+0100", "local:d,format=vmdk/flat,vmid=100")]
    [InlineData("local:d,format=raw,weight=-007,backup=OFF", "local:d,format=raw,backup=0,weight=-7")]
    [InlineData("local:d,format=raw,mbps=.5,size=18446744073709551615", "local:d,format=raw,mbps=0.5,size=18446744073709551615")]
    [InlineData("local:d,format=raw,mbps=1e3,cache=directsync,serial=AB-12_x",
        "local:d,format=raw,cache=directsync,mbps=1000,serial=AB-12_x")]
    [InlineData("local:d,format=raw,cache=none", "local:d,format=raw,cache=none")]
    public void Parses_and_prints_canonically(string input, string printed)
    {
        var volume = StorageVolume.Parse(input);
        Assert.Equal(printed, volume.ToString());
        Assert.Equal(printed, StorageVolume.Parse(printed).ToString());
        Assert.True(volume.TryValidate(out var error), error.ToString());
    }

    [Theory]
    [InlineData("format=raw", "volume: property is missing and it is not optional")]
    [InlineData("local:d", "format: property is missing and it is not optional")]
    [InlineData("local:d,format=raw,vmid=99", "vmid: value must have a minimum value of 100")]
    [InlineData("local:d,format=raw,vmid=1000000000", "vmid: value must have a maximum value of 999999999")]
    [InlineData("local:d,format=raw,vmid=99999999999999999999999", "vmid: value must have a maximum value of 999999999")]
    [InlineData("local:d,format=raw,vmid=12a", "vmid: type check ('integer') failed - got '12a'")]
    [InlineData("local:d,format=raw,size=18446744073709551616", "size: type check ('integer') failed - got '18446744073709551616'")]
    [InlineData("local:d,format=raw,size=-1", "size: type check ('integer') failed - got '-1'")]
    [InlineData("local:d,format=raw,mbps=0.1", "mbps: value must have a minimum value of 0.5")]
    [InlineData("local:d,format=raw,mbps=1e999", "mbps: type check ('number') failed - got '1e999'")]
    [InlineData("local:d,format=raw,mbps=1.2.3", "mbps: type check ('number') failed - got '1.2.3'")]
    [InlineData("Local:d,format=raw", "volume: value does not match the regex pattern")]
    [InlineData("a:,format=raw", "volume: value does not match the regex pattern")]
    [InlineData("local:d,format=vmdk", "format: value 'vmdk' does not have a value in the enumeration 'raw, qcow2, vmdk/flat'")]
    [InlineData("local:d,format=raw,serial=a b", "serial: invalid serial: letters, digits, '-' and '_' only")]
    [InlineData("local:d,format=raw,serial=abcdefghijklmnopqrstuvwxyz", "serial: value may only be 20 characters long")]
    [InlineData("local:d,format=raw,vmid=100,id=101", "key 'vmid' is already defined (via alias)")]
    [InlineData("local:d,format=raw,id=100,vmid=101", "duplicate key in comma-separated list property: vmid")]
    [InlineData("local:d,format=raw,id=100,id=101", "key 'vmid' is already defined (via alias)")]
    [InlineData("local:d,format=vmdk/flat,cache=unsafe", "cache: cache=unsafe is not allowed for vmdk/flat volumes")]
    [InlineData("local:d,format=raw,weight=101", "weight: value must have a maximum value of 100")]
    public void Rejects_with_pve_text(string input, string message)
    {
        Assert.False(StorageVolume.TryParse(input, out var value, out var error));
        Assert.Null(value);
        Assert.Equal(message, error.ToString());
        Assert.Equal(message, Assert.Throws<PropertyStringException>(() => StorageVolume.Parse(input)).Message);

        // The UTF-8 path says the same.
        Assert.False(StorageVolume.TryParse(Encoding.UTF8.GetBytes(input), out _, out var utf8Error));
        Assert.Equal(message, utf8Error.ToString());
    }

    [Fact]
    public void Absent_keys_read_as_their_defaults_and_are_not_printed()
    {
        var volume = StorageVolume.Parse("local:d,format=raw");
        Assert.Equal(CacheMode.None, volume.Cache);
        Assert.True(volume.Backup);
        Assert.Equal((sbyte)0, volume.Weight);
        Assert.Null(volume.VmId);
        Assert.Null(volume.Serial);
        Assert.Equal("local:d,format=raw", volume.ToString());
    }

    [Fact]
    public void Values_set_in_code_are_printed_even_when_they_equal_the_default()
    {
        var volume = new StorageVolume { Volume = "local:d", Format = DiskFormat.Raw, Backup = true };
        Assert.Equal("local:d,format=raw,backup=1", volume.ToString());

        volume.VmId = null;
        volume.Serial = null;
        Assert.Equal("local:d,format=raw,backup=1", volume.ToString());
    }

    [Fact]
    public void A_default_key_value_with_an_equals_sign_is_printed_with_its_key()
    {
        var volume = new StorageVolume { Volume = "x:a=b", Format = DiskFormat.Raw };
        Assert.Equal("volume=x:a=b,format=raw", volume.ToString());
        Assert.Equal("x:a=b", StorageVolume.Parse(volume.ToString()).Volume);
    }

    [Theory]
    [InlineData(1000, "vmid: value must have a minimum value of 100")]
    [InlineData(50, "vmid: value must have a minimum value of 100")]
    public void TryValidate_checks_values_set_in_code(int vmid, string message)
    {
        var volume = new StorageVolume { Volume = "local:d", Format = DiskFormat.Raw, VmId = vmid < 100 ? vmid : 99 };
        Assert.False(volume.TryValidate(out var error));
        Assert.Equal(message, error.ToString());
    }

    [Fact]
    public void TryValidate_refuses_what_a_property_string_cannot_hold()
    {
        var volume = new StorageVolume { Volume = "local:a,b", Format = DiskFormat.Raw };
        Assert.False(volume.TryValidate(out var error));
        Assert.Equal(PropertyStringErrorKind.NotRepresentable, error.Kind);
        Assert.Equal("volume", error.Key);

        var undefined = new StorageVolume { Volume = "local:d", Format = (DiskFormat)42 };
        Assert.False(undefined.TryValidate(out error));
        Assert.Equal("format: value '42' does not have a value in the enumeration 'raw, qcow2, vmdk/flat'", error.ToString());

        var nan = new StorageVolume { Volume = "local:d", Format = DiskFormat.Raw, Mbps = double.NaN };
        Assert.False(nan.TryValidate(out error));
        Assert.Equal("mbps: type check ('number') failed - got 'NaN'", error.ToString());

        var crossField = new StorageVolume { Volume = "local:d", Format = DiskFormat.VmdkFlat, Cache = CacheMode.Unsafe };
        Assert.False(crossField.TryValidate(out error));
        Assert.Equal("cache: cache=unsafe is not allowed for vmdk/flat volumes", error.ToString());
    }

    [Fact]
    public void Synopsis_lists_the_default_key_then_required_then_optional_keys()
    {
        Assert.Equal(
            "[volume=]<volume> ,format=<raw|qcow2|vmdk/flat> [,backup=<1|0>] [,cache=<enum>] [,mbps=<number>] [,serial=<string>] " +
                "[,size=<integer>] [,vmid=<integer>] [,weight=<integer>]",
            StorageVolume.Synopsis);
    }

    [Fact]
    public void Error_offsets_locate_the_offending_text_in_chars_and_in_bytes()
    {
        const string input = "é:x,format=raw,vmid=12a";
        Assert.False(StorageVolume.TryParse(input, out _, out var error));
        // 'é:x' fails the pattern first (it is leftmost).
        Assert.Equal("volume", error.Key);
        Assert.Equal((0, 3), (error.Offset, error.Length));

        const string second = "local:d,format=raw,vmid=12a";
        Assert.False(StorageVolume.TryParse(second, out _, out error));
        Assert.Equal("12a", second.Substring(error.Offset, error.Length));

        var bytes = Encoding.UTF8.GetBytes("é:x,format=raw,vmid=12a");
        Assert.False(StorageVolume.TryParse(bytes, out _, out error));
        Assert.Equal((0, 4), (error.Offset, error.Length));
    }

    [Fact]
    public void Works_with_the_dotnet_parsing_and_formatting_interfaces()
    {
        var volume = Parse<StorageVolume>("local:d,format=raw");
        Assert.Equal("local:d,format=raw", $"{volume}");
        Assert.True(StorageVolume.TryParse((string?)null, null, out var none) is false && none is null);
        Assert.Throws<PropertyStringException>(() => Parse<StorageVolume>("nope"));

        Span<byte> utf8 = stackalloc byte[64];
        Assert.True(((IUtf8SpanFormattable)volume).TryFormat(utf8, out int written, default, null));
        Assert.Equal("local:d,format=raw", Encoding.UTF8.GetString(utf8[..written]));
        Assert.False(volume.TryFormat(new char[5], out written));
        Assert.Equal(0, written);

        static T Parse<T>(string text)
            where T : ISpanParsable<T> => T.Parse(text.AsSpan(), null);
    }
}
