namespace SchemaGen.Proxmox.Tests.Config;

/// <summary>
/// The reader on small made-up files: sections, descriptions, pending deletions, and every kind of problem with its line.
/// </summary>
public sealed class QemuVmConfigTests
{
    private const string File = """
        #first line
        #with%3A colon
        memory: 4096
        vga: qxl,memory=2
        cores: 2

        [PENDING]
        vga: std
        delete: cores,balloon

        [special:cloudinit]
        vga: nonsense

        [before-upgrade]
        #snapshot note
        memory: 2048
        snaptime: 1700000000
        """;

    [Fact]
    public void Sections_are_read_in_order_with_their_kind_and_header_line()
    {
        var config = QemuVmConfig.Parse(File);
        Assert.Equal(
            [
                (QemuConfigSectionKind.Current, null, 0),
                (QemuConfigSectionKind.Pending, "PENDING", 7),
                (QemuConfigSectionKind.Special, "special:cloudinit", 11),
                (QemuConfigSectionKind.Snapshot, "before-upgrade", 14),
            ],
            config.Sections.Select(s => (s.Kind, s.Name, s.Line)));
        Assert.Equal("cores,balloon", config.Pending!.Delete);
        Assert.Equal("2048", Assert.Single(config.Snapshots)["memory"]);
    }

    [Fact]
    public void Descriptions_are_decoded_and_kept_raw()
    {
        var config = QemuVmConfig.Parse(File);
        Assert.Equal("first line\nwith: colon", config.Current.Description);
        Assert.Equal(["first line", "with%3A colon"], config.Current.DescriptionLines);
        Assert.Equal("snapshot note", config.Snapshots.Single().Description);
    }

    [Fact]
    public void A_bad_value_is_reported_with_its_line_and_kept()
    {
        var config = QemuVmConfig.Parse(File);
        var problem = Assert.Single(config.Problems);
        Assert.Equal(new QemuConfigProblem(4, null, "vga", "memory: value must have a minimum value of 4"), problem);
        Assert.Equal("line 4: vga: memory: value must have a minimum value of 4", problem.ToString());
        Assert.True(config.Current.TryGetOption("vga", out var vga));
        Assert.False(vga.IsValid);
        Assert.Equal("qxl,memory=2", vga.CanonicalValue);
    }

    [Fact]
    public void Special_sections_are_not_checked()
    {
        var config = QemuVmConfig.Parse(File);
        var cloudinit = config.Sections.Single(s => s.Kind == QemuConfigSectionKind.Special);
        Assert.True(cloudinit.TryGetOption("vga", out var vga));
        Assert.Null(vga.Format);
    }

    [Fact]
    public void Structural_problems_name_their_line()
    {
        var config = QemuVmConfig.Parse(
            "memory: 512\ndelete: vga\nthis is no option\n[strange section!]\nvga: std\n[PENDING]\n[pending]\nnet0 virtio\n");
        Assert.Equal(
            [
                "line 2: delete: property 'delete' is only allowed in [PENDING]",
                "line 3: unable to parse config: this is no option",
                "line 4: skipping unknown section: 'strange section!'",
                "line 7: duplicate section: pending",
                "line 8 [pending]: unable to parse config: net0 virtio",
            ],
            config.Problems.Select(p => p.ToString()));

        // The lines of an unknown section are skipped, as PVE skips them.
        Assert.Null(config.Current["vga"]);
    }

    [Fact]
    public void A_repeated_option_keeps_both_lines_and_reads_as_the_last()
    {
        var config = QemuVmConfig.Parse("vga: std\nvga: qxl\n");
        Assert.Equal(2, config.Current.Options.Count);
        Assert.Equal("qxl", config.Current["vga"]);
        Assert.Equal("vga: qxl\n", config.ToString());
    }

    [Fact]
    public void Printing_sorts_options_and_sections_by_name_and_prints_drives_anew()
    {
        // parse_vm_config prints a bus drive anew (print_drive) and keeps every other property string as written.
        var config = QemuVmConfig.Parse("vga: memory=32,type=qxl\nagent: enabled=on\nscsi0: size=32G,file=local:vm-100-disk-0\n"
            + "cdrom: none,media=cdrom\n[zeta]\nmemory: +512\n[alpha]\nmemory: 1024\n[PENDING]\ndelete: vga\n");
        Assert.Equal(
            "agent: enabled=on\nide2: none,media=cdrom\nscsi0: local:vm-100-disk-0,size=32G\nvga: memory=32,type=qxl\n\n[PENDING]\n"
            + "delete: vga\n\n[alpha]\nmemory: 1024\n\n[zeta]\nmemory: +512\n",
            config.ToString());
        Assert.True(config.Current.TryGetOption("vga", out var vga));
        Assert.Equal("qxl,memory=32", vga.CanonicalValue);
    }

    [Fact]
    public void Of_two_sections_with_one_name_the_last_holds()
    {
        var config = QemuVmConfig.Parse(
            "memory: 512\n[PENDING]\ncores: 2\n[PENDING]\ncores: 4\n[snap]\nmemory: 1024\n[snap]\nmemory: 2048\n");
        Assert.Equal("4", config.Pending!["cores"]);
        Assert.Equal("memory: 512\n\n[PENDING]\ncores: 4\n\n[snap]\nmemory: 2048\n", config.ToString());
    }

    [Fact]
    public void The_cloudinit_section_is_written_only_for_a_vm_with_a_cloudinit_drive()
    {
        const string Section = "[special:cloudinit]\nname: old\n";
        Assert.Equal("memory: 512\n", QemuVmConfig.Parse("memory: 512\n" + Section).ToString());
        Assert.Equal(
            "ide2: local:vm-100-cloudinit,media=cdrom\n\n[special:cloudinit]\nname: old\n",
            QemuVmConfig.Parse("ide2: local:vm-100-cloudinit,media=cdrom\n" + Section).ToString());
    }

    [Fact]
    public void Carriage_returns_stay_in_the_line_as_pve_splits_at_line_feeds_only()
    {
        var config = QemuVmConfig.Parse("memory: 512\r\nvga: qxl\r\n");
        Assert.Empty(config.Problems);
        Assert.Equal("512", config.Current["memory"]);
    }
}
