namespace SchemaGen.Proxmox.Tests.Config;

/// <summary>
/// The options that are not property strings, checked as qemu-server's <c>check_type</c> checks them when <c>parse_vm_config</c>
/// reads a file: known to <c>$confdesc</c>, of their type, of their named format; and written back as it keeps them.
/// </summary>
public sealed class PlainOptionTests
{
    // Every option of $confdesc that is not a property string, with a valid value: qemu-server 9's list.
    private static readonly (string Key, string Value)[] EveryPlainOption =
    [
        ("acpi", "1"), ("affinity", "0,5,8-11"), ("arch", "x86_64"), ("args", "-no-reboot"), ("autostart", "0"), ("balloon", "512"),
        ("bios", "ovmf"), ("bootdisk", "scsi0"), ("cipassword", "secret"), ("citype", "nocloud"), ("ciupgrade", "0"),
        ("ciuser", "admin"), ("cores", "4"), ("cpulimit", "1.5"), ("cpuunits", "100"), ("freeze", "0"),
        ("hookscript", "local:snippets/hook.pl"), ("hotplug", "network,disk"), ("hugepages", "1024"), ("keephugepages", "1"),
        ("keyboard", "de"), ("kvm", "1"), ("localtime", "1"), ("lock", "backup"), ("migrate_downtime", "0.1"),
        ("migrate_speed", "0"), ("name", "web-01"), ("nameserver", "192.0.2.53 2001:db8::53"), ("numa", "0"), ("onboot", "1"),
        ("ostype", "l26"), ("parallel0", "/dev/parport0"), ("parallel2", "/dev/parport2"), ("parent", "before-upgrade"),
        ("protection", "0"), ("reboot", "1"), ("runningcpu", "kvm64,enforce"), ("scsihw", "virtio-scsi-single"),
        ("searchdomain", "example.com"), ("serial0", "socket"), ("serial3", "/dev/ttyS3"), ("shares", "1000"), ("smp", "2"),
        ("snaptime", "1700000000"), ("sockets", "1"), ("sshkeys", "ssh-ed25519%20AAAA"), ("startdate", "now"), ("tablet", "1"),
        ("tags", "prod;web"), ("tdf", "0"), ("template", "0"), ("vcpus", "2"), ("vmgenid", "1"), ("vmstate", "local:100/state.raw"),
        ("vmstatestorage", "local-lvm"),
    ];

    [Fact]
    public void Every_plain_option_of_qemu_server_is_known()
    {
        Assert.Equal(55, EveryPlainOption.Length);
        var config = QemuVmConfig.Parse(string.Concat(EveryPlainOption.Select(o => $"{o.Key}: {o.Value}\n")));
        Assert.Empty(config.Problems);
        Assert.Equal(55, config.Current.Options.Count(o => o.IsValid && o.Format is null));
    }

    [Theory]
    [InlineData("amd_sev: type=snp", "line 1: amd_sev: unknown setting 'amd_sev'; did you mean 'amd-sev'?")]
    [InlineData("sockts: 1", "line 1: sockts: unknown setting 'sockts'; did you mean 'sockets'?")]
    [InlineData("nett3: virtio", "line 1: nett3: unknown setting 'nett3'; did you mean 'net3'?")]
    [InlineData("descripton: x", "line 1: descripton: unknown setting 'descripton'; did you mean 'description'?")]
    [InlineData("serial4: socket", "line 1: serial4: unknown setting 'serial4'")]
    [InlineData("parallel3: /dev/parport3", "line 1: parallel3: unknown setting 'parallel3'")]
    [InlineData("snapstate: other", "line 1: snapstate: unknown setting 'snapstate'")]
    [InlineData("onboot: maybe", "line 1: onboot: type check ('boolean') failed - got 'maybe'")]
    [InlineData("cores: -1", "line 1: cores: type check ('integer') failed - got '-1'")]
    [InlineData("cores: 2.0", "line 1: cores: type check ('integer') failed - got '2.0'")]
    [InlineData("cpulimit: .5", "line 1: cpulimit: type check ('number') failed - got '.5'")]
    [InlineData("cpulimit: 1e3", "line 1: cpulimit: type check ('number') failed - got '1e3'")]
    [InlineData("vmstatestorage: 1-bad", "line 1: vmstatestorage: storage ID '1-bad' contains illegal characters")]
    [InlineData("name: web 01", "line 1: name: value does not look like a valid DNS name")]
    [InlineData("ciuser: a\rb", "line 1: ciuser: property contains a line feed")]
    public void A_setting_qemu_server_refuses_is_reported_in_its_words_and_kept_but_not_written(string line, string problem)
    {
        var config = QemuVmConfig.Parse(line + "\n");
        Assert.Equal(problem, Assert.Single(config.Problems).ToString());
        var option = Assert.Single(config.Current.Options);
        Assert.False(option.IsValid);
        Assert.Equal("", config.ToString()); // parse_vm_config drops it, so write_vm_config has nothing to write
    }

    [Fact]
    public void A_suggestion_is_kept_apart_from_qemu_servers_words()
    {
        var problem = Assert.Single(QemuVmConfig.Parse("amd_sev: snp\n").Problems);
        Assert.Equal("unknown setting 'amd_sev'", problem.Message);
        Assert.Equal("amd-sev", problem.Suggestion);
    }

    [Fact]
    public void Limits_enumerations_and_patterns_are_not_checked_when_a_file_is_read()
    {
        // check_type checks the type alone; the API checks the rest when a value is set.
        var config = QemuVmConfig.Parse("cores: 0\nostype: beos\nserial0: /tmp/x\nlock: whatever\n");
        Assert.Empty(config.Problems);
    }

    [Fact]
    public void Values_are_written_back_as_qemu_server_keeps_them()
    {
        // check_type runs when the file is read and again when it is written: two pairs of quotes come off ciuser, one off args,
        // which parse_vm_config reads as written.
        var config = QemuVmConfig.Parse(
            "onboot: yes\ncores: 007\nciuser: \"\"bob\"\"\nargs: \"-foo\"\nnuma: Off\ncpulimit: 01.50\n");
        Assert.Empty(config.Problems);
        Assert.Equal("args: -foo\nciuser: bob\ncores: 7\ncpulimit: 01.50\nnuma: 0\nonboot: 1\n", config.ToString());
        Assert.Equal("yes", config.Current["onboot"]);
        Assert.True(config.Current.TryGetOption("ciuser", out var user));
        Assert.Equal("\"bob\"", user.CanonicalValue);
    }

    [Fact]
    public void A_snapshots_state_line_is_taken_as_written()
    {
        var config = QemuVmConfig.Parse("memory: 512\n[snap]\nsnapstate: prepare\n");
        Assert.Empty(config.Problems);
        Assert.Equal("prepare", config.Snapshots.Single()["snapstate"]);
    }

    [Fact]
    public void The_fleecing_section_has_its_own_schema_and_cloudinit_none()
    {
        var config = QemuVmConfig.Parse(
            "memory: 512\n[special:fleecing]\nfleecing-images: zfs:vm-120-fleece-0,zfs:vm-120-fleece-1\ncores: 2\n"
            + "[special:cloudinit]\nanything: goes\n");
        Assert.Equal(["line 4 [special:fleecing]: cores: unknown setting 'cores'"], config.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_bad_fleecing_image_list_names_the_element()
    {
        var config = QemuVmConfig.Parse("[special:fleecing]\nfleecing-images: zfs:ok,no-colon\n");
        Assert.Equal(
            ["line 2 [special:fleecing]: fleecing-images: unable to parse volume ID 'no-colon'"],
            config.Problems.Select(p => p.ToString()));
    }
}
