using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SchemaGen.Generator.Tests.Infrastructure;

/// <summary>Runs the analyzers on marked-up source and checks every SG diagnostic's id, span and message.</summary>
public static class AnalyzerVerifier
{
    /// <summary>
    /// <paramref name="markup"/> is the first source file (<c>Source0.cs</c>), with its expected
    /// diagnostics marked; <paramref name="otherSources"/> may have none.
    /// </summary>
    public static Task VerifyAsync(string markup, string[] messages, params string[] otherSources)
        => VerifyAsync(LanguageVersion.Preview, markup, messages, otherSources);

    public static async Task VerifyAsync(LanguageVersion version, string markup, string[] messages, params string[] otherSources)
    {
        var parsed = Markup.Parse(markup);
        var diagnostics = await AnalyzerRunner.RunAsync(TestCompilation.Create(version, [parsed.Source, .. otherSources]), []);
        var elsewhere = diagnostics.Where(d => d.Location.SourceTree?.FilePath != "Source0.cs").ToList();
        Assert.True(elsewhere.Count == 0, "unexpected: " + TestCompilation.Describe(elsewhere));
        parsed.AssertMatches(diagnostics, messages);
    }
}
