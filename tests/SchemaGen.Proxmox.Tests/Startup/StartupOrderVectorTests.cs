using System.Globalization;
using System.Numerics;
using SchemaGen.Proxmox.Tests.Vectors;

namespace SchemaGen.Proxmox.Tests.Startup;

/// <summary>
/// Every line of startup.cases.jsonl: accepted or not as pve-common's check_format, the values as
/// pve_parse_startup_order keeps them, printed as order=,up=,down= (PVE has no printer).
/// </summary>
public sealed class StartupOrderVectorTests
{
    [Fact]
    public void Every_line_matches_pve()
    {
        var cases = VectorCase.Load("qemu/startup.cases.jsonl");
        Assert.Equal(250, cases.Count);
        var failures = new List<string>();
        foreach (var vector in cases)
        {
            var expected = Expected(vector);
            var actual = StartupOrder.PropertyStringFormat.TryParse(vector.Input, out var value, out var error)
                ? StartupOrder.PropertyStringFormat.Print(value!)
                : "error: " + error;
            if (actual != expected)
            {
                failures.Add($"{vector}: expected {expected}, got {actual}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void The_runtimes_named_format_validator_answers_as_pve_on_every_line()
    {
        // One rule for both: the typed record reads with the runtime's StartupOrderText, and so does pve-startup-order.
        var cases = VectorCase.Load("qemu/startup.cases.jsonl");
        Assert.Equal(250, cases.Count);
        Assert.All(cases, vector => Assert.True(StartupOrderText.IsValid(vector.Input) == vector.Ok, vector.ToString()));
    }

    [Fact]
    public void Synopsis_is_pves_typetext()
        => Assert.Equal(@"[[order=]\d+] [,up=\d+] [,down=\d+] ", StartupOrder.PropertyStringFormat.Synopsis);

    [Theory]
    [InlineData("0", false)]
    [InlineData("00", true)]
    [InlineData("0,", true)]
    [InlineData("", false)]
    [InlineData("up=1,up=2", true)]
    [InlineData("order=+1", false)]
    public void Perl_truth_and_repeats(string text, bool accepted)
    {
        Assert.Equal(accepted, StartupOrder.TryParse(text, out var value, out _));
        if (text == "up=1,up=2")
        {
            Assert.Equal(2, value.Up);
        }
    }

    [Theory]
    [InlineData(" ")]
    [InlineData(",")]
    [InlineData("\t, ")]
    public void A_value_without_keys_prints_as_a_comma_that_reads_back(string text)
    {
        Assert.True(StartupOrder.TryParse(text, out var value, out _));
        Assert.Equal(",", value.ToString());
        Assert.Equal(value, StartupOrder.Parse(value.ToString()));
    }

    [Fact]
    public void Print_of_something_else_is_refused()
        => Assert.Throws<ArgumentException>(() => StartupOrder.PropertyStringFormat.Print("order=1"));

    // Decision 0002: a value beyond long is refused with the format's own message.
    private static string Expected(VectorCase vector)
    {
        if (!vector.Ok)
        {
            return "error: " + vector.Die;
        }

        var parts = new List<string>();
        foreach (var key in new[] { "order", "up", "down" })
        {
            if (vector.Parsed.TryGetValue(key, out var text))
            {
                var number = BigInteger.Parse(text, CultureInfo.InvariantCulture);
                if (number > long.MaxValue)
                {
                    return "error: " + StartupOrder.ErrorMessage;
                }

                parts.Add(key + "=" + number.ToString(CultureInfo.InvariantCulture));
            }
        }

        return parts.Count == 0 ? "," : string.Join(',', parts);
    }
}
