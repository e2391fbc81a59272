using SchemaGen.Sev;

namespace SchemaGen.Sev.Tests.Sev;

/// <summary>The small reader of qemu-server VM configuration files.</summary>
public sealed class ProxmoxVmConfigTests
{
    private const string Text = """
        # TEST: a comment line
        #another: not a key
        bios: ovmf
        machine:   pc-q35-9.2+pve1  
        efidisk0: local:100/vm-100-disk-0.raw,efitype=4m,size=528K
        vendor-key_x9: kept
        amd-sev: type=es

        this line is not a key
        [snap1]
        amd-sev: snp
        bios: seabios
        """;

    [Fact]
    public void Reads_keys_in_order_and_keeps_unknown_ones()
    {
        var config = ProxmoxVmConfig.Parse(Text);

        Assert.Equal(["bios", "machine", "efidisk0", "vendor-key_x9", "amd-sev"], config.Keys);
        Assert.Equal("kept", config["vendor-key_x9"]);
        Assert.Equal("pc-q35-9.2+pve1", config.Machine);
        Assert.Null(config["another"]);
    }

    [Fact]
    public void Stops_at_the_first_section()
    {
        var config = ProxmoxVmConfig.Parse(Text);

        Assert.Equal("ovmf", config.Bios);
        Assert.Equal(SevType.Es, config.GetAmdSev()!.Value.Type);
    }

    [Theory]
    [InlineData("[PENDING]")]
    [InlineData("[special:cloudinit]")]
    [InlineData("[before-upgrade]")]
    public void Pending_and_special_sections_end_the_current_config(string header)
    {
        var config = ProxmoxVmConfig.Parse($"memory: 512\n{header}\nmemory: 2048\n");

        Assert.Equal("512", config["memory"]);
    }

    [Fact]
    public void Unparsable_lines_are_collected()
    {
        Assert.Equal(["this line is not a key"], ProxmoxVmConfig.Parse(Text).UnparsedLines);
    }

    [Fact]
    public void The_last_of_a_repeated_key_wins()
    {
        var config = ProxmoxVmConfig.Parse("bios: seabios\r\nbios: ovmf\r\n");

        Assert.Equal("ovmf", config.Bios);
        Assert.Equal(["bios"], config.Keys);
    }

    [Fact]
    public void Typed_accessors_parse_their_formats()
    {
        var config = ProxmoxVmConfig.Parse(Text + "\n");

        Assert.True(config.IsQ35);
        Assert.True(config.HasAmdSev);
        Assert.Equal(EfiType.Size4M, config.GetEfiDisk()!.Value.EfiType);
        Assert.Null(config.GetArchitecture());
        Assert.Equal(GuestArchitecture.Aarch64, ProxmoxVmConfig.Parse("arch: aarch64").GetArchitecture());
        Assert.Throws<FormatException>(() => ProxmoxVmConfig.Parse("arch: riscv64").GetArchitecture());
    }

    [Fact]
    public void Missing_options_read_as_null()
    {
        var config = ProxmoxVmConfig.Parse("memory: 512\n");

        Assert.False(config.HasAmdSev);
        Assert.Null(config.GetAmdSev());
        Assert.Null(config.GetEfiDisk());
        Assert.False(config.IsQ35);
        Assert.False(config.TryGetValue("bios", out _));
    }

    [Fact]
    public void Machine_type_key_is_read()
    {
        Assert.True(ProxmoxVmConfig.Parse("machine: type=q35,viommu=virtio").IsQ35);
        Assert.False(ProxmoxVmConfig.Parse("machine: pc-i440fx-9.2").IsQ35);
    }
}
