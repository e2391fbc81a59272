using System.Text;
using SchemaGen.Sev;
using SchemaGen.Tdx;

namespace SchemaGen.Runtime.Tests.Host;

/// <summary>Every form of the capability file Proxmox's helper writes, written byte for byte and read back.</summary>
public sealed class TdxCapabilityFileTests
{
    private const string TurinFile =
        "{ \"amd-sev\": { \"cbitpos\": 51, \"reduced-phys-bits\": 6, \"sev-support\": true, \"sev-support-es\": true, "
        + "\"sev-support-snp\": true } }\n";
    private const string IntelTdxFile = "{ \"intel-tdx\": { \"tdx-support\": true } }\n";
    private const string IntelNoTdxFile = "{ \"intel-tdx\": { \"tdx-support\": false } }\n";
    private const string ArmFile = "{ \"arm-caps\": { \"vendor\": \"ARM Limited\", \"aes\": true, \"sha2\": true } }\n";
    private const string EmptyFile = "{ }\n";

    [Fact]
    public void Every_form_is_written_as_the_helper_writes_it()
    {
        Assert.Equal(IntelTdxFile, SevCapabilityFile.Format(new TdxHostCapabilities { TdxSupport = true }));
        Assert.Equal(IntelNoTdxFile, new TdxHostCapabilities().ToJson());
        Assert.Equal(ArmFile, SevCapabilityFile.FormatArm(new ArmCpuCapabilities("ARM Limited", Aes: true, Sha2: true)));
        Assert.Equal(EmptyFile, SevCapabilityFile.Format(null));
        Assert.Equal(TurinFile, SevCapabilityFile.Format(SevTestDataHost()));
    }

    [Theory]
    [InlineData(TurinFile, true, null)]
    [InlineData(IntelTdxFile, false, true)]
    [InlineData(IntelNoTdxFile, false, false)]
    [InlineData(ArmFile, false, null)]
    [InlineData(EmptyFile, false, null)]
    [InlineData("{ \"intel-tdx\": { \"tdx-support\": 1 } }\n", false, true)]
    [InlineData("{ \"intel-tdx\": { \"tdx-support\": 0, \"newer-key\": [1] } }\n", false, false)]
    public void Every_form_reads_its_sev_and_tdx_parts(string file, bool isAmd, bool? tdxSupport)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(file);

        Assert.Equal(isAmd, SevHostCapabilities.ParseJson(bytes) is not null);
        Assert.Equal(tdxSupport, TdxHostCapabilities.ParseJson(bytes)?.TdxSupport);
    }

    [Theory]
    [InlineData("{ \"intel-tdx\": { \"tdx-support\": \"yes\" } }", SevCapabilityFileProblem.WrongType)]
    [InlineData("{ \"intel-tdx\": { \"tdx-support\": 2 } }", SevCapabilityFileProblem.WrongType)]
    [InlineData("{ \"intel-tdx\": true }", SevCapabilityFileProblem.WrongType)]
    [InlineData("{ \"intel-tdx\": { \"tdx-support\": true, \"tdx-support\": false } }", SevCapabilityFileProblem.InvalidJson)]
    [InlineData("{ \"intel-tdx\": { \"tdx-support\": tr", SevCapabilityFileProblem.Truncated)]
    public void A_broken_intel_tdx_part_says_what_is_wrong(string file, SevCapabilityFileProblem problem)
    {
        var exception = Assert.Throws<SevCapabilityFileException>(() => TdxHostCapabilities.ParseJson(Encoding.UTF8.GetBytes(file)));

        Assert.Equal(problem, exception.Problem);
    }

    [Fact]
    public void Intel_and_arm_files_are_written_atomically_and_read_back()
    {
        using var folder = new TempDirectory();
        string path = folder["run/qemu-server/host-hw-capabilities.json"];

        SevCapabilityFile.Write(path, new TdxHostCapabilities { TdxSupport = true });
        Assert.Equal(IntelTdxFile, File.ReadAllText(path));
        Assert.True(TdxHostCapabilities.ReadJsonFile(path)!.Value.TdxSupport);
        Assert.Null(SevHostCapabilities.ReadJsonFile(path));

        SevCapabilityFile.WriteArm(path, new ArmCpuCapabilities("ARM Limited", true, true));
        Assert.Equal(ArmFile, File.ReadAllText(path));
        Assert.Null(TdxHostCapabilities.ReadJsonFile(path));
        Assert.Null(SevHostCapabilities.ReadJsonFile(path));
    }

    private static SevHostCapabilities SevTestDataHost() => new()
    {
        Cbitpos = 51,
        ReducedPhysBits = 6,
        SevSupport = true,
        SevSupportEs = true,
        SevSupportSnp = true,
    };
}
