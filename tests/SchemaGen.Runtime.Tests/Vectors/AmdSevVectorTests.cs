using System.Text;
using SchemaGen.Sev;

namespace SchemaGen.Runtime.Tests.Vectors;

/// <summary>Every line of amd-sev.cases.jsonl: pve-common's own answers for the amd-sev format.</summary>
public sealed class AmdSevVectorTests
{
    public static TheoryData<VectorCase> Cases()
    {
        var data = new TheoryData<VectorCase>();
        foreach (var vector in VectorCase.Load("amd-sev.cases.jsonl"))
        {
            data.Add(vector);
        }

        return data;
    }

    [Fact]
    public void Every_line_of_the_vector_file_is_a_case()
    {
        Assert.Equal(443, Cases().Count);
        Assert.Equal(443, File.ReadLines(TestVectors.Path("amd-sev.cases.jsonl")).Count());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Utf16_matches_pve(VectorCase vector)
    {
        bool ok = AmdSevOptions.TryParse(vector.Input.AsSpan(), out var value, out var error);
        Check(vector, ok, value, error);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Utf8_matches_pve(VectorCase vector)
    {
        bool ok = AmdSevOptions.TryParse(Encoding.UTF8.GetBytes(vector.Input), out var value, out var error);
        Check(vector, ok, value, error);
        if (ok)
        {
            var buffer = new byte[256];
            Assert.True(value.TryFormat(buffer.AsSpan(), out int written));
            Assert.Equal(vector.Printed, Encoding.UTF8.GetString(buffer, 0, written));
        }
    }

    private static void Check(VectorCase vector, bool ok, AmdSevOptions value, PropertyStringError error)
    {
        if (vector.Ok)
        {
            Assert.True(ok, $"{vector}: rejected with '{error}'");
            Assert.Equal(vector.Printed, value.ToString());
            Assert.Equal(vector.Parsed["type"], value.Type.ToString().ToLowerInvariant());
            Assert.Equal(AmdSevOptions.Parse(value.ToString()), value);
        }
        else
        {
            Assert.False(ok, $"{vector}: accepted as '{value}'");
            Assert.Equal(VectorErrors.Expected(vector, defaultKey: "type"), error.ToString());
            Assert.Equal(default, value);
        }
    }
}
