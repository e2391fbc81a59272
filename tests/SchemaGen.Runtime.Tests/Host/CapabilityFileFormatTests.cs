using System.Text;
using SchemaGen.Sev;

namespace SchemaGen.Runtime.Tests.Host;

/// <summary>The capability file's bytes and the JSON API of <see cref="SevHostCapabilities"/>.</summary>
public sealed class CapabilityFileFormatTests
{
    // The host qemu-server's own tests mock (tests/vectors/README.md), byte for byte.
    private const string TurinFile = "{ \"amd-sev\": { \"cbitpos\": 51, \"reduced-phys-bits\": 6, \"sev-support\": true, " +
        "\"sev-support-es\": true, \"sev-support-snp\": true } }\n";

    private static readonly SevHostCapabilities Turin = new()
    {
        Cbitpos = 51,
        ReducedPhysBits = 6,
        SevSupport = true,
        SevSupportEs = true,
        SevSupportSnp = true,
    };

    public static TheoryData<string> HelperFiles() => new()
    {
        TurinFile,
        "{ \"amd-sev\": { \"cbitpos\": 51, \"reduced-phys-bits\": 1, \"sev-support\": true, \"sev-support-es\": true, " +
            "\"sev-support-snp\": false } }\n",
        "{ \"amd-sev\": { \"cbitpos\": 0, \"reduced-phys-bits\": 0, \"sev-support\": false, \"sev-support-es\": false, " +
            "\"sev-support-snp\": false } }\n",
        "{ }\n",
    };

    [Fact]
    public void Turin_prints_as_the_helper_writes_it()
    {
        Assert.Equal(TurinFile, Turin.ToJson());
        Assert.Equal(TurinFile, SevCapabilityFile.Format(Turin));
    }

    [Fact]
    public void A_host_that_is_not_amd_is_an_empty_object()
    {
        Assert.Equal("{ }\n", SevCapabilityFile.Format(null));
        Assert.Equal(SevCapabilityFile.NoAmdSevJson, SevCapabilityFile.Format(null));
    }

    [Fact]
    public void Absent_keys_are_written_at_their_defaults()
    {
        var onlySev = new SevHostCapabilities { SevSupport = true };

        Assert.Equal(
            "{ \"amd-sev\": { \"cbitpos\": 47, \"reduced-phys-bits\": 1, \"sev-support\": true, \"sev-support-es\": false, " +
                "\"sev-support-snp\": false } }\n",
            onlySev.ToJson());
    }

    [Theory]
    [MemberData(nameof(HelperFiles))]
    public void File_to_capabilities_to_file_is_byte_identical(string file)
    {
        var parsed = SevHostCapabilities.ParseJson(Encoding.UTF8.GetBytes(file));

        Assert.Equal(file, SevCapabilityFile.Format(parsed));
    }

    [Fact]
    public void Parsed_keys_are_present_for_the_property_string()
    {
        var parsed = SevHostCapabilities.ParseJson(Encoding.UTF8.GetBytes(TurinFile));

        Assert.Equal(Turin, parsed);
        Assert.Equal("cbitpos=51,reduced-phys-bits=6,sev-support=1,sev-support-es=1,sev-support-snp=1", parsed.ToString());
    }

    [Fact]
    public void Keys_the_file_lacks_stay_absent()
    {
        var parsed = SevHostCapabilities.ParseJson("{\"amd-sev\":{\"cbitpos\":51}}"u8);

        Assert.Equal("cbitpos=51", parsed.ToString());
        Assert.Equal(1, parsed?.ReducedPhysBits);
    }

    [Fact]
    public void Any_whitespace_and_a_byte_order_mark_are_accepted()
    {
        byte[] pretty = [0xEF, 0xBB, 0xBF,
            .. "{\r\n  \"amd-sev\": {\n\t\"cbitpos\": 51,\n  \"reduced-phys-bits\": 6,\n"u8,
            .. "  \"sev-support\": true,\n  \"sev-support-es\": true,\n  \"sev-support-snp\": true\n  }\n}"u8];

        Assert.Equal(Turin, SevHostCapabilities.ParseJson(pretty));
    }

    [Fact]
    public void Other_members_are_skipped()
    {
        // Newer Proxmox helpers write intel-tdx on Intel hosts and arm-caps on ARM; a future helper may add keys inside amd-sev.
        Assert.Null(SevHostCapabilities.ParseJson("{ \"intel-tdx\": { \"tdx-support\": false } }\n"u8));
        var parsed = SevHostCapabilities.ParseJson(
            "{ \"arm-caps\": [1, {\"a\": null}], \"amd-sev\": { \"cbitpos\": 51, \"vmpl-count\": 4, \"future\": {\"x\": [true]} } }"u8);
        Assert.Equal("cbitpos=51", parsed.ToString());
    }
}
