using SchemaGen;
using SchemaGen.Sev;

namespace SchemaGen.Sev.Tests.Sev;

/// <summary>The efidisk0 format that the firmware choice reads.</summary>
public sealed class EfiDiskOptionsTests
{
    [Fact]
    public void Parses_qemu_servers_test_value()
    {
        var disk = EfiDiskOptions.Parse("local:100/vm-100-disk-0.raw,efitype=4m,pre-enrolled-keys=1,size=528K");

        Assert.Equal("local:100/vm-100-disk-0.raw", disk.File);
        Assert.Equal(EfiType.Size4M, disk.EfiType);
        Assert.True(disk.PreEnrolledKeys);
        Assert.Equal("528K", disk.Size);
        Assert.Null(disk.Format);
    }

    [Fact]
    public void Defaults_are_2m_without_keys()
    {
        var disk = EfiDiskOptions.Parse("/dev/zvol/rpool/vm-100-disk-1,format=raw");

        Assert.Equal(EfiType.Size2M, disk.EfiType);
        Assert.False(disk.PreEnrolledKeys);
        Assert.Equal(DiskImageFormat.Raw, disk.Format);
    }

    [Fact]
    public void Volume_is_an_alias_of_file()
    {
        Assert.Equal("local-lvm:vm-100-disk-1", EfiDiskOptions.Parse("volume=local-lvm:vm-100-disk-1").File);
    }

    [Theory]
    [InlineData("local:x,efitype=8m", "efitype: value '8m' does not have a value in the enumeration '2m, 4m'")]
    [InlineData("local:x,size=big", "size: value does not match the regex pattern")]
    [InlineData("efitype=4m", "file: property is missing and it is not optional")]
    public void Bad_values_give_pve_errors(string text, string message)
    {
        var exception = Assert.Throws<PropertyStringException>(() => EfiDiskOptions.Parse(text));
        Assert.Equal(message, exception.Message);
    }
}
