using SchemaGen.Proxmox.Tests.Vectors;

namespace SchemaGen.Proxmox.Tests.Config;

/// <summary>qemu-server's own test configs (configs/README.md): every checked value parses and prints as PVE does.</summary>
public sealed class QemuServerConfigTests
{
    private static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "configs");

    public static TheoryData<string> Configs()
        => [.. System.IO.Directory.GetFiles(Directory, "*.conf").Select(path => Path.GetFileName(path)).Order()];

    [Fact]
    public void All_111_configs_are_there()
        => Assert.Equal(111, System.IO.Directory.GetFiles(Directory, "*.conf").Length);

    [Theory]
    [MemberData(nameof(Configs))]
    public void Every_value_with_a_format_parses_and_prints_as_pve_does(string file)
    {
        // The node qemu-server's cfg2cmd tests mock has a custom CPU model 'qemu64'.
        using var node = CpuModelCatalog.Use(CpuModelCatalog.WithCustomModels(["qemu64"]));
        var config = QemuVmConfig.ReadFile(Path.Combine(Directory, file));

        Assert.Empty(config.Problems);
        foreach (var option in config.Sections.SelectMany(s => s.Options).Where(o => o.Format is not null))
        {
            Assert.NotNull(option.Parsed);
            Assert.Equal(PveReprint.Of(option.Value, SchemaOf(option.Key)), option.CanonicalValue);
        }
    }

    [Theory]
    [InlineData("snapshot-delete-104.conf")]
    [InlineData("snapshot-rollback-101.conf")]
    public void A_file_pve_wrote_is_printed_back_unchanged(string file)
    {
        var text = File.ReadAllText(Path.Combine(Directory, file));
        Assert.Equal(text, QemuVmConfig.Parse(text).ToString());
    }

    /// <summary>The vectors' format.json of an option: <c>smbios1</c> by its name, <c>net0</c> by its family <c>net</c>.</summary>
    private static FormatSchema SchemaOf(string option)
    {
        var name = option == "runningmachine" ? "machine" : option;
        return File.Exists(VectorFiles.PathOf(name + ".format.json"))
            ? FormatSchema.Load(name + ".format.json")
            : FormatSchema.Load(name.TrimEnd("0123456789".ToCharArray()) + ".format.json");
    }
}
