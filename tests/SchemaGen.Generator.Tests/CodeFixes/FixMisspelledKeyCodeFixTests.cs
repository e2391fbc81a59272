using SchemaGen.CodeFixes;
using SchemaGen.Generator.Tests.Infrastructure;
using Test = SchemaGen.Generator.Tests.Verifiers.CSharpCodeFixVerifier<SchemaGen.CodeFixes.FixMisspelledKeyCodeFix>.Test;

namespace SchemaGen.Generator.Tests.CodeFixes;

/// <summary>
/// SG0101 and SG0102 fixed by writing the suggested key over the misspelled one: the whole fixed
/// source, one literal at a time and all at once, compiling against the generated parser.
/// </summary>
public sealed class FixMisspelledKeyCodeFixTests
{
    private static string Usage(string body) => $$"""
        using SchemaGen.Sev;
        static class Usage
        {
            {{body}}
        }
        """;

    private static Test WithSchema(string before, string after)
    {
        var test = new Test();
        test.TestState.Sources.Add(Usage(before));
        test.FixedState.Sources.Add(Usage(after));
        foreach (var state in new[] { test.TestState, test.FixedState })
        {
            state.Sources.Add(SchemaSources.AmdSevOptions);
            state.Sources.Add(SchemaSources.SevType);
        }

        return test;
    }

    [Theory]
    [InlineData("\"snp,{|SG0101:alow-smt|}=0\"", "\"snp,allow-smt=0\"")]
    [InlineData("@\"snp,{|SG0101:Kernel-Hashes|}=1\"", "@\"snp,kernel-hashes=1\"")]
    [InlineData("\"\"\"snp,{|SG0101:no-debgu|}=1\"\"\"", "\"\"\"snp,no-debug=1\"\"\"")]
    [InlineData("\"\\u0073np,{|SG0101:no-key-shring|}=1\"u8", "\"\\u0073np,no-key-sharing=1\"u8")]
    public async Task Replaces_the_misspelled_key(string before, string after)
    {
        var test = WithSchema(
            $"static AmdSevOptions Run() => AmdSevOptions.Parse({before});",
            $"static AmdSevOptions Run() => AmdSevOptions.Parse({after});");
        await test.RunAsync();
        Assert.Contains(test.OfferedActions, title => title.StartsWith("Change '", StringComparison.Ordinal));
    }

    [Fact]
    public Task Replaces_a_misspelled_key_given_to_TryParse() => WithSchema(
        """static AmdSevOptions Run() => AmdSevOptions.TryParse("snp,{|SG0102:alow-smt|}=0", out var value, out _) ? value : default;""",
        """static AmdSevOptions Run() => AmdSevOptions.TryParse("snp,allow-smt=0", out var value, out _) ? value : default;""")
        .RunAsync();

    [Fact]
    public Task Fix_all_changes_every_misspelling_in_one_pass()
    {
        // One equivalence key for every suggestion: Fix All changes every 'alow-smt' (in Parse and
        // TryParse alike) and 'no-debgu' in the same pass.
        var test = WithSchema(
            """
            static AmdSevOptions[] Run() =>
                [
                    AmdSevOptions.Parse("snp,{|SG0101:alow-smt|}=0"),
                    AmdSevOptions.Parse("std,{|SG0101:no-debgu|}=1"),
                    AmdSevOptions.Parse("es,no-debug=1,{|SG0101:alow-smt|}=1"),
                    AmdSevOptions.TryParse("es,{|SG0102:alow-smt|}=1", out var value, out _) ? value : default,
                ];
            """,
            """
            static AmdSevOptions[] Run() =>
                [
                    AmdSevOptions.Parse("snp,allow-smt=0"),
                    AmdSevOptions.Parse("std,no-debug=1"),
                    AmdSevOptions.Parse("es,no-debug=1,allow-smt=1"),
                    AmdSevOptions.TryParse("es,allow-smt=1", out var value, out _) ? value : default,
                ];
            """);
        test.NumberOfIncrementalIterations = 4;
        test.NumberOfFixAllIterations = 1;
        return test.RunAsync();
    }

    [Fact]
    public Task Offers_nothing_where_the_key_is_not_written_as_it_reads() => WithSchema(
        // The literal spells the key with an escape, so the text at the location is not the key:
        // the fixed state is the test state, and the framework fails if any fix is offered.
        """static AmdSevOptions Run() => AmdSevOptions.Parse("snp,{|SG0101:\u0061low-smt|}=0");""",
        """static AmdSevOptions Run() => AmdSevOptions.Parse("snp,{|SG0101:\u0061low-smt|}=0");""")
        .RunAsync();
}
