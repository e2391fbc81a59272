using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using SchemaGen.Tdx;

namespace SchemaGen.Runtime.Tests.Vectors;

/// <summary>
/// Every line of intel-tdx.cases.jsonl (qemu-server's own answers for the intel-tdx format) and its
/// format.json. A vsock value PVE accepts beyond the unsigned 32-bit range is our type error instead
/// (docs/decisions/0002: PVE sets no maximum, the C# member is a uint).
/// </summary>
public sealed class IntelTdxVectorTests
{
    private const string CasesFile = "intel-tdx.cases.jsonl";
    private static readonly string[] VsockKeys = ["vsock-cid", "vsock-port"];

    public static TheoryData<VectorCase> Cases()
    {
        var data = new TheoryData<VectorCase>();
        foreach (var vector in VectorCase.Load(CasesFile))
        {
            data.Add(vector);
        }

        return data;
    }

    [Fact]
    public void The_file_has_400_lines_and_both_answers()
    {
        var cases = VectorCase.Load(CasesFile);
        Assert.Equal(400, cases.Count);
        Assert.Contains(cases, c => c.Ok);
        Assert.Contains(cases, c => !c.Ok);
        Assert.Equal(2, cases.Count(c => c.Ok && BeyondUInt32(c).Count > 0));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Utf16_matches_pve(VectorCase vector)
    {
        bool ok = IntelTdxOptions.TryParse(vector.Input.AsSpan(), out var value, out var error);
        Check(vector, ok, value, error);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Utf8_matches_pve(VectorCase vector)
    {
        bool ok = IntelTdxOptions.TryParse(Encoding.UTF8.GetBytes(vector.Input), out var value, out var error);
        Check(vector, ok, value, error);
        if (ok)
        {
            var buffer = new byte[256];
            Assert.True(value.TryFormat(buffer.AsSpan(), out int written));
            Assert.Equal(VectorExpectations.CanonicalPrint(vector.Printed!), Encoding.UTF8.GetString(buffer, 0, written));
        }
    }

    [Fact]
    public void Synopsis_is_pves()
    {
        Assert.Equal("[type=]<tdx-type> ,attestation=<1|0> [,vsock-cid=<integer>] [,vsock-port=<integer>]", IntelTdxOptions.Synopsis);
        Assert.Equal("pve-qemu-tdx-fmt", IntelTdxOptions.FormatName);
    }

    [Fact]
    public void Declarations_match_the_format_json()
    {
        using var format = JsonDocument.Parse(File.ReadAllText(TestVectors.Path("intel-tdx.format.json")));
        var keys = format.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
        Assert.Equal(["attestation", "type", "vsock-cid", "vsock-port"], keys.Keys.Order(StringComparer.Ordinal));
        var declared = typeof(IntelTdxOptions).GetProperties()
            .Select(p => (Property: p, Key: p.GetCustomAttributes(typeof(KeyAttribute), false).Cast<KeyAttribute>().SingleOrDefault()))
            .Where(p => p.Key is not null)
            .ToDictionary(p => p.Key!.Name);
        Assert.Equal(keys.Keys.Order(StringComparer.Ordinal), declared.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, schema) in keys)
        {
            var (property, key) = declared[name];
            var descriptionAttribute = property.GetCustomAttributes(typeof(System.ComponentModel.DescriptionAttribute), false).Single();
            string description = ((System.ComponentModel.DescriptionAttribute)descriptionAttribute).Description;
            Assert.Equal(schema.GetProperty("description").GetString(), description);
            Assert.Equal(schema.TryGetProperty("optional", out _), key!.Optional);
            Assert.Equal(schema.TryGetProperty("default_key", out _), key.DefaultKey);
            if (schema.TryGetProperty("minimum", out var minimum))
            {
                Assert.Equal(minimum.GetUInt32(), Convert.ToUInt32(key.Minimum, CultureInfo.InvariantCulture));
            }

            // No declaration carries PVE's default (see IntelTdxOptions); the consts keep the schema's values.
            Assert.Null(key.Default);
        }

        Assert.Equal(IntelTdxOptions.SchemaDefaultAttestation, keys["attestation"].GetProperty("default").GetInt32() == 1);
        Assert.Equal(IntelTdxOptions.SchemaDefaultVsockCid, keys["vsock-cid"].GetProperty("default").GetUInt32());
        Assert.Equal(IntelTdxOptions.SchemaDefaultVsockPort, keys["vsock-port"].GetProperty("default").GetUInt32());
        Assert.Equal("tdx-type", keys["type"].GetProperty("format_description").GetString());
        Assert.Equal(["tdx"], keys["type"].GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }

    private static void Check(VectorCase vector, bool ok, IntelTdxOptions value, PropertyStringError error)
    {
        var beyond = BeyondUInt32(vector);
        if (vector.Ok && beyond.Count == 0)
        {
            Assert.True(ok, $"{vector}: rejected with '{error}'");
            Assert.Equal(VectorExpectations.CanonicalPrint(vector.Printed!), value.ToString());
            Assert.Equal(vector.Parsed["attestation"] == "1", value.Attestation);
            Assert.Equal(Number(vector.Parsed.GetValueOrDefault("vsock-cid")), value.VsockCid);
            Assert.Equal(Number(vector.Parsed.GetValueOrDefault("vsock-port")), value.VsockPort);
            Assert.Equal(IntelTdxOptions.Parse(value.ToString()), value);
            return;
        }

        Assert.False(ok, $"{vector}: accepted as '{value}'");
        Assert.Equal(default, value);
        if (beyond.Count == 0)
        {
            Assert.Equal(ExpectedError(vector), error.ToString());
            return;
        }

        // PVE accepted the oversized value; our type error joins PVE's errors, and the first from the left wins.
        var errors = new Dictionary<string, string>(vector.Errors, StringComparer.Ordinal);
        foreach (var (key, raw) in beyond)
        {
            errors.TryAdd(key, $"type check ('integer') failed - got '{raw}'");
        }

        Assert.Equal(ExpectedError(vector with { Die = vector.Die ?? "format error", Errors = errors }), error.ToString());
    }

    // The first error from the left; keys PVE reports missing (type and attestation both, for "vsock-port=7")
    // have no place in the text, and ours names the first in declaration order.
    private static string ExpectedError(VectorCase vector)
    {
        string[] declared = ["type", "attestation", "vsock-cid", "vsock-port"];
        var missing = vector.Errors.Where(e => e.Value == "property is missing and it is not optional").Select(e => e.Key).ToList();
        if (vector.Die == "format error" && missing.Count > 1 && missing.Count == vector.Errors.Count)
        {
            string first = missing.OrderBy(key => Array.IndexOf(declared, key)).First();
            return first + ": " + vector.Errors[first];
        }

        return VectorErrors.Expected(vector, defaultKey: "type");
    }

    private static uint? Number(string? text) => text is null ? null : (uint)BigInteger.Parse(text, NumberStyles.AllowLeadingSign,
        CultureInfo.InvariantCulture);

    // The vsock values written as integers that PVE accepts (no maximum) but a uint cannot hold.
    private static List<(string Key, string Raw)> BeyondUInt32(VectorCase vector)
    {
        var found = new List<(string, string)>();
        foreach (string part in vector.Input.Split(','))
        {
            int equals = part.IndexOf('=');
            if (equals < 0 || !VsockKeys.Contains(part[..equals]))
            {
                continue;
            }

            string raw = part[(equals + 1)..];
            if (System.Text.RegularExpressions.Regex.IsMatch(raw, @"^[+]?\d+$") && BigInteger.Parse(raw, NumberStyles.AllowLeadingSign,
                CultureInfo.InvariantCulture) > uint.MaxValue)
            {
                found.Add((part[..equals], raw));
            }
        }

        return found;
    }
}
