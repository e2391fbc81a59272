using SchemaGen.Tdx;

namespace SchemaGen.Runtime.Tests.Sev;

/// <summary>
/// Every line of tdx-guest-objects.tsv: what qemu-server's own get_intel_tdx_object gives for an
/// intel-tdx value, a bios and a host with or without TDX, against TdxGuestObject.
/// </summary>
public sealed class TdxGuestObjectVectorTests
{
    public static TheoryData<string, string, bool, string> Lines()
    {
        var data = new TheoryData<string, string, bool, string>();
        foreach (string[] columns in Rows())
        {
            data.Add(columns[0], columns[1], columns[2] == "1", columns[3]);
        }

        return data;
    }

    [Fact]
    public void The_file_has_192_lines_of_every_kind()
    {
        var rows = Rows();
        Assert.Equal(192, rows.Count);
        Assert.Equal(48, rows.Count(r => r[1] == "ovmf" && r[2] == "1"));
        Assert.Contains(rows, r => r[3].Contains("quote-generation-socket", StringComparison.Ordinal));
        Assert.Contains(rows, r => r[3] == "ERROR: " + TdxHostChecks.MissingVsockPort);
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public void Matches_qemu_server(string value, string bios, bool hostSupport, string expected)
    {
        Assert.Equal(expected, Answer(value, bios, new TdxHostCapabilities { TdxSupport = hostSupport }));
    }

    // qemu-server checks the value first (parse_property_string), then the host, the bios, cid and port.
    private static string Answer(string value, string bios, TdxHostCapabilities host)
    {
        if (!IntelTdxOptions.TryParse(value, out var options, out PropertyStringError error))
        {
            return "ERROR: " + error;
        }

        try
        {
            return TdxGuestObject.Create(options, host, bios).ToString();
        }
        catch (TdxConfigurationException e)
        {
            return "ERROR: " + e.Message;
        }
    }

    private static List<string[]> Rows() =>
        [.. File.ReadLines(SevTestData.VectorPath("tdx-guest-objects.tsv")).Where(line => !line.StartsWith('#')).Select(line
            => line.Split('\t'))];
}
