using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Testing;

namespace SchemaGen.Generator.Tests.Verifiers;

/// <summary>Checks one of SchemaGen's code fixes: the whole fixed source, one fix at a time and fixed all at once.</summary>
public static class CSharpCodeFixVerifier<TCodeFix>
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>A code-fix test, with the state every SchemaGen test shares.</summary>
    public sealed class Test : SchemaGenTest<TCodeFix>
    {
        /// <summary>A fixed source must compile without a warning, with the code generated for it.</summary>
        public Test() => CompilerDiagnostics = CompilerDiagnostics.Warnings;
    }

    /// <summary>
    /// Applies the fix to every marked diagnostic of <paramref name="markup"/> and compares the
    /// result with <paramref name="fixedSource"/>, which must then have no diagnostic but those it marks.
    /// </summary>
    public static Task VerifyCodeFixAsync(string markup, string fixedSource)
        => new Test { TestCode = markup, FixedCode = fixedSource }.RunAsync();
}
