using SchemaGen.Proxmox.Tests.Vectors;
using SchemaGen.TestSupport;

namespace SchemaGen.Proxmox.Tests.Config;

/// <summary>qemu-server's own test configs (configs/README.md): every checked value parses and prints as PVE does.</summary>
public sealed class QemuServerConfigTests
{
    private static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "configs");

    /// <summary>
    /// The problems a file is meant to have, as the reader words them; every other file has none. qemu-server's
    /// parse-config tests feed <c>parse_vm_config</c> these on purpose (parse-config-expected/*.strict.error).
    /// </summary>
    private static readonly Dictionary<string, string[]> ExpectedProblems = new(StringComparer.Ordinal)
    {
        // parse_vm_config warns about the same three lines, in these words.
        ["parse-config-input-duplicate-sections.conf"] =
        [
            "line 23: duplicate section: pending",
            "line 29: duplicate special section: cloudinit",
            "line 51: duplicate snapshot section: foo",
        ],

        // parse_vm_config: "unable to parse value of 'numa' - type check ('boolean') failed - got 'verify meee~ :)'", in the
        // snapshot named cloudinit.
        ["parse-config-input-cloudinit-snapshot.conf"] =
        [
            "line 34 [cloudinit]: numa: type check ('boolean') failed - got 'verify meee~ :)'",
        ],
    };

    public static TheoryData<string> Configs()
        => [.. System.IO.Directory.GetFiles(Directory, "*.conf").Select(path => Path.GetFileName(path)).Order()];

    [Fact]
    public void All_111_configs_are_there()
        => Assert.Equal(111, System.IO.Directory.GetFiles(Directory, "*.conf").Length);

    [Fact]
    public void Every_file_with_expected_problems_is_there()
        => Assert.All(ExpectedProblems.Keys, file => Assert.True(File.Exists(Path.Combine(Directory, file)), file));

    [Theory]
    [MemberData(nameof(Configs))]
    public void Every_value_with_a_format_parses_and_prints_as_pve_does(string file)
    {
        // The node qemu-server's cfg2cmd tests mock has a custom CPU model 'qemu64'.
        using var node = CpuModelCatalog.Use(CpuModelCatalog.WithCustomModels(["qemu64"]));
        var config = QemuVmConfig.ReadFile(Path.Combine(Directory, file));

        Assert.Equal(ExpectedProblems.GetValueOrDefault(file, []), config.Problems.Select(p => p.ToString()));
        foreach (var option in config.Sections.SelectMany(s => s.Options).Where(o => o.Format is not null))
        {
            Assert.NotNull(option.Parsed);
            Assert.Equal(PrintedByPve(option.Key, option.Value), option.CanonicalValue);
        }
    }

    [Theory]
    [InlineData("snapshot-delete-104.conf")]
    [InlineData("snapshot-rollback-101.conf")]
    [InlineData("snapshot-expected-commit-201.conf")]
    [InlineData("snapshot-expected-create-201.conf")]
    [InlineData("snapshot-expected-create-301.conf")]
    [InlineData("snapshot-expected-delete-101.conf")]
    [InlineData("snapshot-expected-delete-106.conf")]
    [InlineData("snapshot-expected-delete-201.conf")]
    [InlineData("snapshot-expected-delete-202.conf")]
    [InlineData("snapshot-expected-prepare-101.conf")]
    [InlineData("snapshot-expected-prepare-102.conf")]
    [InlineData("snapshot-expected-prepare-201.conf")]
    [InlineData("snapshot-expected-rollback-104.conf")]
    [InlineData("snapshot-expected-rollback-106.conf")]
    [InlineData("snapshot-expected-rollback-203.conf")]
    [InlineData("snapshot-expected-rollback-302.conf")]
    [InlineData("parse-config-expected-cloudinit-snapshot.conf")]
    [InlineData("parse-config-expected-duplicate-sections.conf")]
    public void A_file_pve_wrote_is_printed_back_unchanged(string file)
    {
        var text = File.ReadAllText(Path.Combine(Directory, file));
        Assert.Equal(text, QemuVmConfig.Parse(text).ToString());
    }

    /// <summary>
    /// qemu-server's own parse-config tests: what <c>write_vm_config</c> writes of what <c>parse_vm_config</c> read from each input
    /// (a refused option dropped, of two sections with one name the last), to the byte.
    /// </summary>
    [Theory]
    [InlineData("parse-config-input-cloudinit-snapshot.conf", "parse-config-expected-cloudinit-snapshot.conf")]
    [InlineData("parse-config-input-duplicate-sections.conf", "parse-config-expected-duplicate-sections.conf")]
    public void What_qemu_server_read_is_written_back_as_it_writes_it(string input, string expected)
    {
        var config = QemuVmConfig.ReadFile(Path.Combine(Directory, input));
        Assert.Equal(File.ReadAllText(Path.Combine(Directory, expected)), config.ToString());
    }

    /// <summary>
    /// What PVE prints for an option's value: reprinted from the option's format.json in the qemu vectors (<c>smbios1</c> by its
    /// name, <c>net0</c> by its family <c>net</c>); for <c>amd-sev</c>, whose vectors are in the top folder, PVE's own answer for
    /// that very value from its cases (its format.json spells Perl's true as JSON's <c>true</c>, which FormatSchema does not read).
    /// </summary>
    private static string PrintedByPve(string option, string value)
    {
        var name = option == "runningmachine" ? "machine" : option;
        foreach (var family in new[] { name, name.TrimEnd("0123456789".ToCharArray()) })
        {
            if (File.Exists(VectorFiles.PathOf(family + ".format.json")))
            {
                return PveReprint.Of(value, FormatSchema.Load(family + ".format.json"));
            }
        }

        var answer = VectorCase.Load(name + ".cases.jsonl").Single(c => c.Input == value);
        Assert.True(answer.Ok, answer.ToString());
        return answer.Printed!;
    }
}
