using System.Text;
using SchemaGen.Sev;

namespace SchemaGen.Runtime.Tests.Vectors;

/// <summary>Every line of node-capabilities.cases.jsonl: pve-common's answers for the node's SEV format.</summary>
public sealed class NodeCapabilitiesVectorTests
{
    public static TheoryData<VectorCase> Cases()
    {
        var data = new TheoryData<VectorCase>();
        foreach (var vector in VectorCase.Load("node-capabilities.cases.jsonl"))
        {
            data.Add(vector);
        }

        return data;
    }

    [Fact]
    public void Every_line_of_the_vector_file_is_a_case()
    {
        Assert.Equal(200, Cases().Count);
        Assert.Equal(200, File.ReadLines(TestVectors.Path("node-capabilities.cases.jsonl")).Count());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Utf16_matches_pve(VectorCase vector)
    {
        bool ok = SevHostCapabilities.TryParse(vector.Input.AsSpan(), out var value, out var error);
        Check(vector, ok, value, error);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Utf8_matches_pve(VectorCase vector)
    {
        bool ok = SevHostCapabilities.TryParse(Encoding.UTF8.GetBytes(vector.Input), out var value, out var error);
        Check(vector, ok, value, error);
    }

    private static void Check(VectorCase vector, bool ok, SevHostCapabilities value, PropertyStringError error)
    {
        if (vector.Ok)
        {
            Assert.True(ok, $"{vector}: rejected with '{error}'");
            Assert.Equal(VectorExpectations.CanonicalPrint(vector.Printed!), value.ToString());
            if (vector.Parsed.TryGetValue("cbitpos", out var cbitpos))
            {
                Assert.Equal(int.Parse(cbitpos), value.Cbitpos);
            }

            Assert.Equal(SevHostCapabilities.Parse(value.ToString()), value);
        }
        else
        {
            Assert.False(ok, $"{vector}: accepted as '{value}'");
            Assert.Equal(VectorErrors.Expected(vector, defaultKey: null), error.ToString());
        }
    }
}
