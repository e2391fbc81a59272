namespace SchemaGen.Proxmox.Tests;

/// <summary>Parsing and printing the records allocate nothing: a string member seen before comes from the string pool.</summary>
public sealed class AllocationTests
{
    [Theory]
    [InlineData("vga", true)]
    [InlineData("agent", true)]
    [InlineData("rng", true)]
    [InlineData("startup", true)]
    [InlineData("net", true)]
    [InlineData("net-utf8", true)]
    [InlineData("scsi", true)]
    [InlineData("scsi-utf8", true)]
    [InlineData("a VM's NICs and disks", true)]
    [InlineData("smbios1", true)]
    [InlineData("smbios1-utf8", true)]
    [InlineData("machine-utf8", true)]
    [InlineData("cpu", true)]
    [InlineData("vga-error", false)]
    [InlineData("pattern-error-utf8", false)]
    public void Parsing_and_formatting_allocate_nothing(string what, bool succeeds)
    {
        var buffer = new char[128];
        Func<bool> call = what switch
        {
            "vga" => () => VgaOptions.TryParse("qxl,memory=32,clipboard=vnc", out var vga, out _) && vga.TryFormat(buffer, out _),
            "agent" => () => AgentOptions.TryParse("1,freeze-fs=0,fstrim_cloned_disks=on,type=isa", out var agent, out _)
                && agent.TryFormat(buffer, out _),
            "rng" => () => RngOptions.TryParse("/dev/urandom,max_bytes=1024,period=1000", out var rng, out _)
                && rng.TryFormat(buffer, out _),
            "startup" => () => StartupOrder.TryParse("order=2,up=30,down=60", out _, out _),
            // Their strings (MAC, bridge, volume) come from the string pool once the first parse made them.
            "net" => () => NetworkDevice.TryParse("virtio=BC:24:11:2D:3E:4F,bridge=vmbr0,firewall=1", out var net, out _)
                && net.TryFormat(buffer, out _),
            "net-utf8" => () => NetworkDevice.TryParse("virtio=BC:24:11:2D:3E:4F,bridge=vmbr0,firewall=1"u8, out _, out _),
            "scsi" => () => ScsiDrive.TryParse("local-lvm:vm-100-disk-0,discard=on,iothread=1,size=32G", out var scsi, out _)
                && scsi.TryFormat(buffer, out _),
            "scsi-utf8" => () => ScsiDrive.TryParse("local-lvm:vm-100-disk-0,discard=on,iothread=1,size=32G"u8, out _, out _),
            // A VM's bridges and volumes differ in their last character, which once put them in one set of the pool.
            "a VM's NICs and disks" => () => NetworkDevice.TryParse("virtio=BC:24:11:2D:3E:4F,bridge=vmbr0", out _, out _)
                && NetworkDevice.TryParse("virtio=BC:24:11:2D:3E:50,bridge=vmbr1", out _, out _)
                && NetworkDevice.TryParse("virtio=BC:24:11:2D:3E:51,bridge=vmbr2", out _, out _)
                && ScsiDrive.TryParse("local-lvm:vm-100-disk-0,size=32G", out _, out _)
                && ScsiDrive.TryParse("local-lvm:vm-100-disk-1,size=100G", out _, out _)
                && ScsiDrive.TryParse("local-lvm:vm-100-disk-2,size=100G", out _, out _),
            // Keys with a pattern: the automaton the generator built, on UTF-16 and on UTF-8 as it lies.
            "smbios1" => () => Smbios1Options.TryParse("uuid=7b10d7af-b932-4c66-b2c3-3996152ec465", out _, out _),
            "smbios1-utf8" => () => Smbios1Options.TryParse("uuid=7b10d7af-b932-4c66-b2c3-3996152ec465"u8, out _, out _),
            "machine-utf8" => () => MachineOptions.TryParse("pc-q35-9.0+pve0"u8, out _, out _),
            "cpu" => () => CpuOptions.TryParse("host,flags=+aes;+pdpe1gb", out _, out _),
            "pattern-error-utf8" => () => MetaInfo.TryParse("creation-qemu=9.\u00E9.2"u8, out _, out _),
            _ => () => VgaOptions.TryParse("qxl,memory=2", out _, out _),
        };

        Assert.Equal(succeeds, call());
        Assert.Equal(0, AllocationMeter.BytesPerCall(call));
    }
}
