using System.Text.Json;
using SchemaGen.Proxmox;
using SchemaGen.Sev;

namespace SchemaGen.Sev.Tests.Sev;

/// <summary>
/// qemu-server's own cfg2cmd tests for SEV (tests/vectors/qemu-server-cfg2cmd): the -object value,
/// the machine flag and the firmware of each expected command. qemu-server 9 gives the pflash
/// firmware as -blockdev nodes plus pflash0/pflash1 machine flags (QEMU 10); a plan without a machine
/// version gives the older -drive if=pflash form, compared here by file, read-only flag and format.
/// QemuServerCfg2CmdBlockdevTests compares the QEMU 10 form byte for byte.
/// </summary>
public sealed class QemuServerCfg2CmdTests
{
    // Where PVE's default 'local' directory storage keeps local:100/vm-100-disk-0.raw.
    private const string LocalEfiDiskPath = "/var/lib/vz/images/100/vm-100-disk-0.raw";

    public static TheoryData<string> Cases() => new("sev-std", "sev-es", "sev-snp");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Object_line_matches(string name)
    {
        var (plan, expected) = Load(name);

        string expectedObject = expected.Lines.Single(line => line.StartsWith("-object 'sev", StringComparison.Ordinal));
        Assert.Equal(expectedObject, plan.Arguments!.Options.Single(o => o.Name == "-object").ToString());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Machine_flag_matches(string name)
    {
        var (plan, expected) = Load(name);

        string[] expectedFlags = [.. expected.Value("-machine").Split(',').Where(
            flag => !flag.StartsWith("pflash", StringComparison.Ordinal))];
        Assert.Equal(expectedFlags, plan.Arguments!.MachineValue("type=pc+pve0").Split(','));
        Assert.Equal(["confidential-guest-support=sev0"], plan.Arguments.MachineFlags);
    }

    [Fact]
    public void Snp_firmware_is_the_same_bios_line_and_no_pflash()
    {
        var (plan, expected) = Load("sev-snp");

        Assert.Equal(expected.Lines.Single(line => line.StartsWith("-bios ", StringComparison.Ordinal)),
            plan.Arguments!.Options[0].ToString());
        Assert.DoesNotContain(expected.Lines, line => line.Contains("pflash", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Arguments.ToArgv(), argument => argument.Contains("pflash", StringComparison.Ordinal));
        Assert.Empty(plan.Diagnostics);
    }

    [Theory]
    [InlineData("sev-std")]
    [InlineData("sev-es")]
    public void Std_and_es_firmware_is_the_same_pflash_pair(string name)
    {
        var (plan, expected) = Load(name);
        Assert.Empty(plan.Diagnostics);
        Assert.DoesNotContain(expected.Lines, line => line.StartsWith("-bios", StringComparison.Ordinal));
        var drives = plan.Arguments!.Options.Where(o => o.Name == "-drive").Select(o => Keys(o.Value)).ToList();
        Assert.Equal(2, drives.Count);

        // pflash0: the SEV code image, read-only.
        var code = Blockdev(expected, "pflash0");
        var (codeFormat, codeFile) = FormatAndFile(code);
        Assert.Equal(("pflash", "0", "raw", "on"), (drives[0]["if"], drives[0]["unit"], drives[0]["format"], drives[0]["readonly"]));
        Assert.Equal(codeFile, drives[0]["file"]);
        Assert.Equal(codeFormat, drives[0]["format"]);
        Assert.True(code.GetProperty("read-only").GetBoolean());
        Assert.EndsWith("/OVMF_SEV_CODE_4M.fd", codeFile, StringComparison.Ordinal);

        // pflash1: the efidisk, writable.
        Assert.Contains("pflash1=drive-efidisk0", expected.Value("-machine").Split(','));
        var (varsFormat, varsFile) = FormatAndFile(Blockdev(expected, "drive-efidisk0"));
        Assert.Equal(("pflash", "1", "drive-efidisk0"), (drives[1]["if"], drives[1]["unit"], drives[1]["id"]));
        Assert.Equal(varsFile, drives[1]["file"]);
        Assert.Equal(varsFormat, drives[1]["format"]);
        Assert.False(drives[1].ContainsKey("readonly"));
    }

    private static (ConfidentialVmPlan Plan, ExpectedCommand Expected) Load(string name)
    {
        var config = QemuVmConfig.ReadFile(TestVectors.Path("qemu-server-cfg2cmd", name + ".conf")).Current;
        var request = config.ToConfidentialVmRequest(SevTestData.ReferenceHost, new OvmfCatalog(fileExists: _ => true)) with
        {
            EfiDiskPath = config.GetEfiDisk() is null ? null : LocalEfiDiskPath,
        };
        var plan = ConfidentialVmPlanner.Plan(request);
        Assert.True(plan.CanStart, string.Join("; ", plan.Errors));
        return (plan, ExpectedCommand.Load(TestVectors.Path("qemu-server-cfg2cmd", name + ".conf.cmd")));
    }

    private static JsonElement Blockdev(ExpectedCommand expected, string nodeName) =>
        expected.Values("-blockdev").Select(json => JsonDocument.Parse(json).RootElement)
            .Single(node => node.GetProperty("node-name").GetString() == nodeName);

    // The format driver is the node right above the 'file' protocol node.
    private static (string Format, string File) FormatAndFile(JsonElement node)
    {
        var child = node.GetProperty("file");
        return child.GetProperty("driver").GetString() == "file"
            ? (node.GetProperty("driver").GetString()!, child.GetProperty("filename").GetString()!)
            : FormatAndFile(child);
    }

    // A -drive value's keys; the paths here hold no comma, so a plain split reads them.
    private static Dictionary<string, string> Keys(string driveValue) =>
        driveValue.Split(',').Select(part => part.Split('=', 2)).ToDictionary(kv => kv[0], kv => kv[1]);

    /// <summary>An expected command of qemu-server's tests: one option per line after the executable.</summary>
    private sealed record ExpectedCommand(IReadOnlyList<string> Lines)
    {
        public static ExpectedCommand Load(string path) =>
            new([.. File.ReadLines(path).Skip(1).Select(line => line.Trim().TrimEnd('\\').TrimEnd())]);

        public IEnumerable<string> Values(string option) =>
            Lines.Where(line => line.StartsWith(option + " ", StringComparison.Ordinal)).Select(
                line => Unquote(line[(option.Length + 1)..]));

        public string Value(string option) => Values(option).Single();

        // The expected files quote with plain single quotes and never embed one.
        private static string Unquote(string value) =>
            value.Length >= 2 && value[0] == '\'' && value[^1] == '\'' ? value[1..^1] : value;
    }
}
