using Microsoft.CodeAnalysis.Testing;

namespace SchemaGen.Generator.Tests.Verifiers;

/// <summary>Checks SchemaGen's analyzers on marked-up source: every diagnostic's id, span and message, and no other.</summary>
public static class CSharpAnalyzerVerifier
{
    /// <summary>An analyzer-only test, with the state every SchemaGen test shares.</summary>
    public sealed class Test : SchemaGenTest<EmptyCodeFixProvider>
    {
    }

    /// <summary>
    /// <paramref name="markup"/> is the first source file, with its expected diagnostics marked and
    /// their <paramref name="messages"/> in the order of the marks; <paramref name="otherSources"/>
    /// may have marks too.
    /// </summary>
    public static Task VerifyAnalyzerAsync(string markup, string[] messages, params string[] otherSources)
    {
        var test = new Test { TestCode = markup };
        foreach (var source in otherSources)
        {
            test.TestState.Sources.Add(source);
        }

        test.ExpectedMessages.AddRange(messages);
        return test.RunAsync();
    }
}
