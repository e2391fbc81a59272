namespace SchemaGen.Proxmox.Tests;

public sealed class QemuConfigFormatsTests
{
    [Theory]
    [InlineData("numa0", typeof(NumaNodeOptions))]
    [InlineData("numa7", typeof(NumaNodeOptions))]
    [InlineData("rng0", typeof(RngOptions))]
    [InlineData("audio0", typeof(AudioOptions))]
    [InlineData("smbios1", typeof(Smbios1Options))]
    [InlineData("machine", typeof(MachineOptions))]
    [InlineData("runningmachine", typeof(MachineOptions))]
    [InlineData("amd-sev", typeof(SchemaGen.Sev.AmdSevOptions))]
    [InlineData("intel-tdx", typeof(SchemaGen.Tdx.IntelTdxOptions))]
    [InlineData("startup", typeof(StartupOrder))]
    public void Options_find_their_format(string option, Type record)
    {
        Assert.True(QemuConfigFormats.TryGetFormat(option, out var format));
        Assert.Same(record.GetProperty("PropertyStringFormat")!.GetValue(null), format);
    }

    [Theory]
    [InlineData("numa8")]
    [InlineData("numa01")]
    [InlineData("numa")]
    [InlineData("rng1")]
    [InlineData("smbios0")]
    [InlineData("cores")]
    [InlineData("name")]
    [InlineData("Vga")]
    [InlineData("")]
    public void Other_names_have_none(string option)
    {
        Assert.False(QemuConfigFormats.TryGetFormat(option, out var format));
        Assert.Null(format);
    }
}
