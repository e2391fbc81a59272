using SchemaGen.CodeFixes;
using SchemaGen.Generator.Tests.Infrastructure;

namespace SchemaGen.Generator.Tests.CodeFixes;

/// <summary>SG0101 fixed by writing the suggested key over the misspelled one; the result compiles and parses.</summary>
public sealed class FixMisspelledKeyCodeFixTests
{
    private static CodeFixRunner Runner(string statement) => new(
        SchemaSources.AmdSevOptions,
        SchemaSources.SevType,
        $$""""
        using SchemaGen.Sev;
        static class Usage
        {
            static AmdSevOptions Run() => {{statement}};
        }
        """");

    [Theory]
    [InlineData("AmdSevOptions.Parse(\"snp,alow-smt=0\")", "AmdSevOptions.Parse(\"snp,allow-smt=0\")")]
    [InlineData("AmdSevOptions.Parse(@\"snp,Kernel-Hashes=1\")", "AmdSevOptions.Parse(@\"snp,kernel-hashes=1\")")]
    [InlineData("AmdSevOptions.Parse(\"\"\"snp,no-debgu=1\"\"\")", "AmdSevOptions.Parse(\"\"\"snp,no-debug=1\"\"\")")]
    [InlineData("AmdSevOptions.Parse(\"\\u0073np,no-key-shring=1\"u8)", "AmdSevOptions.Parse(\"\\u0073np,no-key-sharing=1\"u8)")]
    public async Task Replaces_the_misspelled_key(string before, string after)
    {
        using var runner = Runner(before);
        var title = await runner.ApplyAsync(new FixMisspelledKeyCodeFix(), "SG0101");
        Assert.StartsWith("Change '", title);
        Assert.Contains(after, await runner.TextOfAsync(2));
        await runner.AssertCompilesCleanAsync();
    }

    [Fact]
    public async Task Replaces_a_misspelled_key_given_to_TryParse()
    {
        using var runner = Runner("AmdSevOptions.TryParse(\"snp,alow-smt=0\", out var value, out _) ? value : default");
        await runner.ApplyAsync(new FixMisspelledKeyCodeFix(), "SG0102");
        Assert.Contains("TryParse(\"snp,allow-smt=0\"", await runner.TextOfAsync(2));
        await runner.AssertCompilesCleanAsync();
    }

    [Fact]
    public async Task Offers_nothing_where_the_key_is_not_written_as_it_reads()
    {
        // The literal spells the key with an escape, so the text at the location is not the key.
        using var runner = Runner("AmdSevOptions.Parse(\"snp,\\u0061low-smt=0\")");
        Assert.Equal("SG0101", Assert.Single(await runner.DiagnosticsAsync()).Id);
        Assert.Equal(0, await runner.CountActionsAsync(new FixMisspelledKeyCodeFix(), "SG0101"));
    }
}
