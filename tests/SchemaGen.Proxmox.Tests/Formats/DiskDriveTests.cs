namespace SchemaGen.Proxmox.Tests.Formats;

/// <summary>
/// <see cref="IDiskDrive"/>: the keys the four bus drives share, declared once and generated into each (the vectors of each family
/// prove the keys themselves); code that handles any drive reads them through the interface.
/// </summary>
public sealed class DiskDriveTests
{
    private const string Value = "local-lvm:vm-100-disk-0,cache=writeback,discard=on,size=32G";

    [Fact]
    public void Every_bus_drive_answers_the_shared_keys_alike()
    {
        IDiskDrive[] drives = [IdeDrive.Parse(Value), SataDrive.Parse(Value), ScsiDrive.Parse(Value), VirtioDrive.Parse(Value)];

        Assert.Equal(4, drives.Length);
        Assert.All(drives, drive =>
        {
            Assert.Equal("local-lvm:vm-100-disk-0", drive.File);
            Assert.Equal(DriveCache.Writeback, drive.Cache);
            Assert.Equal(DriveDiscard.On, drive.Discard);
            Assert.Equal(32L << 30, drive.Size);
            Assert.Null(drive.Backup);
            Assert.Equal(Value, drive.ToString());
        });
    }

    [Fact]
    public void A_shared_key_is_set_and_printed_like_a_drives_own()
    {
        var drive = new ScsiDrive { File = "local:x", Cache = DriveCache.None, Iothread = true };

        Assert.Equal("local:x,cache=none,iothread=1", drive.ToString());
        Assert.Equal(drive, ScsiDrive.Parse(drive.ToString()));
        Assert.Equal("local:x,iothread=1", (drive with { Cache = null }).ToString());
    }
}
