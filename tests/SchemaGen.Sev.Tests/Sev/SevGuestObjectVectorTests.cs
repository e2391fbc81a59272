using SchemaGen.Sev;

namespace SchemaGen.Sev.Tests.Sev;

/// <summary>Every row of sev-guest-objects.tsv: the -object value qemu-server builds for each amd-sev value.</summary>
public sealed class SevGuestObjectVectorTests
{
    public static TheoryData<string, string> Rows()
    {
        var rows = new TheoryData<string, string>();
        foreach (string line in File.ReadLines(TestVectors.Path("sev-guest-objects.tsv")))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] columns = line.Split('\t');
            Assert.Equal(2, columns.Length);
            rows.Add(columns[0], columns[1]);
        }

        return rows;
    }

    [Fact]
    public void The_vector_file_has_every_combination()
    {
        // 3 types x 3 states (absent, 0, 1) of each of the 4 optional keys.
        Assert.Equal(3 * 81, Rows().Count);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Object_matches_qemu_server(string amdSev, string expected)
    {
        var guestObject = SevGuestObject.Create(AmdSevOptions.Parse(amdSev), SevTestData.ReferenceHost, "ovmf");

        Assert.Equal(expected, guestObject.ToString());
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Policy_number_is_the_one_in_the_object(string amdSev, string expected)
    {
        var guestObject = SevGuestObject.Create(AmdSevOptions.Parse(amdSev), SevTestData.ReferenceHost, "ovmf");
        string policyText = expected.Split(',').Single(p => p.StartsWith("policy=", StringComparison.Ordinal))["policy=".Length..];

        Assert.Equal(Convert.ToUInt64(policyText, 16), guestObject.Policy);
        Assert.Equal(guestObject.Policy, AmdSevOptions.Parse(amdSev).GetPolicyValue());
    }
}
