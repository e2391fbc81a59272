using SchemaGen.Benchmarks.Alternatives;
using SchemaGen.Sev;

namespace SchemaGen.Runtime.Tests.Parsing;

/// <summary>
/// The benchmarks' hand-written <c>amd-sev</c> parser, against which the generated parser's speed is
/// measured, makes PVE's checks: it accepts only what PVE accepts, as the same values, and it accepts
/// the common form (so its speed is that of real work).
/// </summary>
public sealed class HandWrittenSevParserTests
{
    [Fact]
    public void Accepts_only_what_pve_accepts_as_pves_values()
    {
        var cases = VectorCase.Load("amd-sev.cases.jsonl");
        Assert.Equal(443, cases.Count);
        int accepted = 0, printedAccepted = 0;
        foreach (var vector in cases)
        {
            if (HandWrittenSevParser.TryParse(vector.Input, out var value))
            {
                Assert.True(vector.Ok, $"{vector}: accepted, but PVE refuses it ({vector.Die})");
                Assert.Equal(Values(AmdSevOptions.Parse(vector.Input)), value);
                accepted++;
            }

            if (vector.Printed is not null && HandWrittenSevParser.TryParse(vector.Printed, out var printed))
            {
                Assert.Equal(Values(AmdSevOptions.Parse(vector.Printed)), printed);
                printedAccepted++;
            }
        }

        // Counted once: 230 of the 247 valid inputs are in the common form (the rest have empty or blank parts, a
        // final line feed, ...), and every print is. Fewer would mean it gives up on work it should do.
        Assert.Equal(ExpectedInputsAccepted, accepted);
        Assert.Equal(ExpectedPrintsAccepted, printedAccepted);
    }

    [Theory]
    [InlineData("std")]
    [InlineData("snp,allow-smt=0,kernel-hashes=1,no-debug=1")]
    [InlineData("type=snp,allow-smt=off,kernel-hashes=yes,no-debug=true,no-key-sharing=0")]
    [InlineData("es,allow-smt=ON,no-debug=No,no-key-sharing=TRUE,kernel-hashes=False")]
    public void Reads_the_benchmark_inputs_and_every_boolean_word(string text)
    {
        Assert.True(HandWrittenSevParser.TryParse(text, out var value));
        Assert.Equal(Values(AmdSevOptions.Parse(text)), value);
    }

    [Theory]
    [InlineData("snp,snp")]
    [InlineData("snp,type=es")]
    [InlineData("snp,allow-smt=0,allow-smt=1")]
    [InlineData("snp,allow-smt=2")]
    [InlineData("snp,allow-smt=")]
    [InlineData("snp,allow-sm=0")]
    [InlineData("snp,allow-smx=0")]
    [InlineData("SNP")]
    [InlineData("snpp")]
    [InlineData("allow-smt=0")]
    [InlineData("snp,no-debug=tru")]
    [InlineData("snp,no-debug=falsy")]
    [InlineData(" snp")]
    [InlineData("")]
    public void Gives_up_on_what_is_not_valid(string text)
    {
        Assert.False(HandWrittenSevParser.TryParse(text, out _));
        Assert.False(AmdSevOptions.TryParse(text, out _, out _));
    }

    [Theory]
    [InlineData("snp,allow-smt=on,kernel-hashes=1,no-debug=1,no-key-sharing=true")] // 63: one whole window
    [InlineData("snp,allow-smt=on,kernel-hashes=1,no-debug=1,no-key-sharing=false")] // 64: one window, then one more
    public void Reads_a_text_that_fills_its_window(string text)
    {
        Assert.InRange(text.Length, 63, 64);
        Assert.True(HandWrittenSevParser.TryParse(text, out var value));
        Assert.Equal(Values(AmdSevOptions.Parse(text)), value);
    }

    [Theory]
    [InlineData("snp,no-debug=1\n")] // Perl's $ matches before a final line feed: PVE reads 1
    [InlineData("snp,,no-debug=1")] // PVE skips the empty part
    [InlineData("snp, no-debug=1")] // PVE's key is ' no-debug', unknown
    public void Gives_up_outside_the_common_form(string text)
    {
        Assert.False(HandWrittenSevParser.TryParse(text, out _));
    }

    [Fact]
    public void Finds_parts_past_its_first_window()
    {
        // 71 characters: the last part starts inside the first window of 63 and ends past it.
        const string text = "type=snp,allow-smt=off,kernel-hashes=yes,no-debug=true,no-key-sharing=1";
        Assert.True(HandWrittenSevParser.TryParse(text, out var value));
        Assert.True(value.NoKeySharing);
    }

    private const int ExpectedInputsAccepted = 230;
    private const int ExpectedPrintsAccepted = 247;

    private static QuickSev Values(AmdSevOptions options)
        => new(options.Type, options.AllowSmt, options.NoDebug, options.NoKeySharing, options.KernelHashes);
}
