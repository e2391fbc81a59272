using SchemaGen.Sev;

namespace SchemaGen.Proxmox.Tests.Config;

/// <summary>An <c>efidisk0</c> parsed by <see cref="EfiDiskDrive"/> becomes the planner's <see cref="EfiDisk"/>.</summary>
public sealed class EfiDiskConversionTests
{
    [Fact]
    public void Qemu_servers_test_value_keeps_volume_type_and_keys()
    {
        var disk = EfiDiskDrive.Parse("local:100/vm-100-disk-0.raw,efitype=4m,pre-enrolled-keys=1,size=528K").ToEfiDisk();

        Assert.Equal(new EfiDisk("local:100/vm-100-disk-0.raw", null, EfiType.Size4M, PreEnrolledKeys: true), disk);
    }

    [Fact]
    public void Defaults_are_2m_without_keys()
    {
        var disk = EfiDiskDrive.Parse("/dev/zvol/rpool/vm-100-disk-1,format=raw").ToEfiDisk();

        Assert.Equal(new EfiDisk("/dev/zvol/rpool/vm-100-disk-1", "raw", EfiType.Size2M, PreEnrolledKeys: false), disk);
    }

    [Fact]
    public void Volume_alias_names_the_volume()
    {
        Assert.Equal("local-lvm:vm-100-disk-1", EfiDiskDrive.Parse("volume=local-lvm:vm-100-disk-1").ToEfiDisk().Volume);
    }

    [Fact]
    public void Every_drive_format_reaches_the_planner_as_its_pve_text()
    {
        // pve-qm-image-format's enumeration, which is also QEMU's block driver names.
        string[] pve = ["raw", "qcow", "qed", "qcow2", "vmdk", "cloop"];
        var formats = Enum.GetValues<DriveFormat>();

        Assert.Equal(pve.Length, formats.Length);
        Assert.Equal(pve, formats.Select(f => new EfiDiskDrive { File = "local:x", Format = f }.ToEfiDisk().Format));
    }

    [Fact]
    public void Config_without_efidisk_has_none_and_a_bad_one_gives_pves_error()
    {
        Assert.Null(QemuVmConfig.Parse("bios: ovmf\n").Current.GetEfiDisk());

        var bad = QemuVmConfig.Parse("efidisk0: local:x,efitype=8m\n").Current;
        var error = Assert.Throws<PropertyStringException>(() => bad.GetEfiDisk());
        Assert.Equal("efitype: value '8m' does not have a value in the enumeration '2m, 4m'", error.Message);
    }
}
