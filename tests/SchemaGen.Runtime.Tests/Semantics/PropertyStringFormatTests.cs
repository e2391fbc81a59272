using SchemaGen.Sev;
using SchemaGen.TestSchemas;

namespace SchemaGen.Runtime.Tests.Semantics;

/// <summary>The format as a value (<see cref="PropertyStringFormat"/>): the same answers as the type's own members.</summary>
public sealed class PropertyStringFormatTests
{
    [Fact]
    public void A_class_format_parses_prints_and_names_its_synopsis_like_its_type()
    {
        var format = StorageVolume.PropertyStringFormat;

        Assert.Same(format, StorageVolume.PropertyStringFormat);
        Assert.Equal(StorageVolume.Synopsis, format.Synopsis);
        Assert.True(format.TryParse("format=qcow2,volume=local:disk", out var value, out var error), error.ToString());
        var volume = Assert.IsType<StorageVolume>(value);
        Assert.Equal(DiskFormat.Qcow2, volume.Format);
        Assert.Equal("local:disk,format=qcow2", format.Print(volume));
    }

    [Fact]
    public void A_struct_format_boxes_its_value()
    {
        var format = AmdSevOptions.PropertyStringFormat;

        Assert.True(format.TryParse("snp,allow-smt=0", out var value, out _));
        var options = Assert.IsType<AmdSevOptions>(value);
        Assert.False(options.AllowSmt);
        Assert.Equal("snp,allow-smt=0", format.Print(options));
        Assert.Equal(AmdSevOptions.Synopsis, format.Synopsis);
    }

    [Fact]
    public void A_rejected_text_gives_no_value_and_the_parsers_error()
    {
        Assert.False(StorageVolume.PropertyStringFormat.TryParse("local:d,format=raw,vmid=99", out var value, out var error));
        Assert.Null(value);
        Assert.Equal("vmid: value must have a minimum value of 100", error.ToString());
    }

    [Fact]
    public void Printing_a_value_of_another_type_is_an_argument_error()
    {
        var exception = Assert.Throws<ArgumentException>(() => StorageVolume.PropertyStringFormat.Print(AmdSevOptions.Parse("snp")));
        Assert.Equal("value", exception.ParamName);
    }
}
