namespace SchemaGen.Proxmox.Tests;

public sealed class QemuConfigFormatsTests
{
    [Theory]
    [InlineData("net0", typeof(NetworkDevice))]
    [InlineData("net31", typeof(NetworkDevice))]
    [InlineData("ide3", typeof(IdeDrive))]
    [InlineData("cdrom", typeof(IdeDrive))]
    [InlineData("sata5", typeof(SataDrive))]
    [InlineData("scsi30", typeof(ScsiDrive))]
    [InlineData("virtio15", typeof(VirtioDrive))]
    [InlineData("efidisk0", typeof(EfiDiskDrive))]
    [InlineData("tpmstate0", typeof(TpmStateDrive))]
    [InlineData("unused255", typeof(UnusedDrive))]
    [InlineData("ipconfig31", typeof(IpConfig))]
    [InlineData("hostpci15", typeof(HostPciDevice))]
    [InlineData("usb13", typeof(UsbDevice))]
    [InlineData("virtiofs9", typeof(VirtiofsShare))]
    [InlineData("cpu", typeof(CpuOptions))]
    [InlineData("boot", typeof(BootOptions))]
    [InlineData("cicustom", typeof(CloudInitCustom))]
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
    [InlineData("net32")]
    [InlineData("ide4")]
    [InlineData("scsi31")]
    [InlineData("unused256")]
    [InlineData("efidisk1")]
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
