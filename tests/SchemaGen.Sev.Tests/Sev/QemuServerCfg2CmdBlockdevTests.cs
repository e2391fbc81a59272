using SchemaGen.Proxmox;
using SchemaGen.Sev;

namespace SchemaGen.Sev.Tests.Sev;

/// <summary>
/// qemu-server 9's expected commands for its SEV tests (tests/vectors/qemu-server-cfg2cmd), which run
/// QEMU 10: every line about firmware, the efidisk, the SEV object and -machine, byte for byte, from
/// a plan for machine version 10.0 (the blockdev form) with the machine type the command has.
/// </summary>
public sealed class QemuServerCfg2CmdBlockdevTests
{
    private const string LocalEfiDiskPath = "/var/lib/vz/images/100/vm-100-disk-0.raw";

    public static TheoryData<string> Cases() => new("sev-std", "sev-es", "sev-snp");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Confidential_lines_are_qemu_servers_byte_for_byte(string name)
    {
        var expected = ConfidentialLines(name);
        var plan = Plan(name, new Version(10, 0));

        Assert.Equal(name == "sev-snp" ? 3 : 5, expected.Count);
        Assert.Equal(expected, plan.Arguments!.ToPrintableLines("type=pc+pve0"));
    }

    [Theory]
    [InlineData("sev-std")]
    [InlineData("sev-es")]
    public void Node_names_are_e_and_f_and_30_hex_digits_of_sha256(string name)
    {
        string hash = OvmfBlockdev.NodeHash("local:100/vm-100-disk-0.raw");

        Assert.Equal("1175f2a490414e7c53337589fde17a", hash);
        string vars = ConfidentialLines(name).Single(line => line.Contains("\"node-name\":\"drive-efidisk0\"", StringComparison.Ordinal));
        Assert.Contains($"\"node-name\":\"e{hash}\"", vars, StringComparison.Ordinal);
        Assert.Contains($"\"node-name\":\"f{hash}\"", vars, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(9, 2)]
    [InlineData(9, 99)]
    public void Below_10_0_the_firmware_stays_drive_if_pflash(int major, int minor)
    {
        var plan = Plan("sev-std", new Version(major, minor));

        Assert.Equal(["-drive", "-drive", "-object"], plan.Arguments!.Options.Select(o => o.Name));
        Assert.Empty(plan.Arguments.LeadingMachineFlags);
        Assert.Equal("type=pc+pve0,confidential-guest-support=sev0", plan.Arguments.MachineValue("type=pc+pve0"));
    }

    [Fact]
    public void A_vm_without_efidisk_hashes_its_temporary_vars_path()
    {
        var plan = ConfidentialVmPlanner.Plan(new ConfidentialVmRequest
        {
            AmdSev = AmdSevOptions.Parse("std"),
            Host = SevTestData.ReferenceHost,
            Bios = "ovmf",
            TemporaryVarsPath = "/tmp/100-ovmf.fd",
            MachineVersion = new Version(10, 1),
            Firmware = new OvmfCatalog(fileExists: _ => true),
        });

        string vars = plan.Arguments!.Options[2].Value;
        Assert.Contains("\"filename\":\"/tmp/100-ovmf.fd\"", vars, StringComparison.Ordinal);
        Assert.Contains("\"node-name\":\"e" + OvmfBlockdev.NodeHash("/tmp/100-ovmf.fd") + "\"", vars, StringComparison.Ordinal);
        Assert.Contains("\"size\":540672", vars, StringComparison.Ordinal);
        Assert.Equal("pflash0=pflash0,pflash1=drive-efidisk0,type=q35,confidential-guest-support=sev0", plan.Arguments.MachineValue("q35"));
    }

    private static ConfidentialVmPlan Plan(string name, Version machineVersion)
    {
        var config = QemuVmConfig.ReadFile(TestVectors.Path("qemu-server-cfg2cmd", name + ".conf")).Current;
        var request = config.ToConfidentialVmRequest(SevTestData.ReferenceHost, new OvmfCatalog(fileExists: _ => true),
            machineVersion: machineVersion) with
        {
            EfiDiskPath = config.GetEfiDisk() is null ? null : LocalEfiDiskPath,
        };
        var plan = ConfidentialVmPlanner.Plan(request);
        Assert.True(plan.CanStart, string.Join("; ", plan.Errors));
        return plan;
    }

    // The lines of the expected command that are about firmware, the efidisk, the SEV object or the machine.
    private static List<string> ConfidentialLines(string name) =>
        [.. File.ReadLines(TestVectors.Path("qemu-server-cfg2cmd", name + ".conf.cmd")).Skip(1)
            .Select(line => line.Trim().TrimEnd('\\').TrimEnd())
            .Where(line => line.StartsWith("-blockdev ", StringComparison.Ordinal)
                || line.StartsWith("-bios ", StringComparison.Ordinal)
                || line.StartsWith("-machine ", StringComparison.Ordinal)
                || line.StartsWith("-object 'sev", StringComparison.Ordinal)
                || line.StartsWith("-object '{\"id\":\"throttle-drive-efidisk0\"", StringComparison.Ordinal)
                || line.Contains("efidisk", StringComparison.Ordinal)
                || line.Contains("pflash", StringComparison.Ordinal))];
}
