using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using SchemaGen.Generator.Tests.Infrastructure;

namespace SchemaGen.Generator.Tests.Verifiers;

/// <summary>
/// A Microsoft.CodeAnalysis.Testing test of SchemaGen as a consumer project sees it: every
/// SchemaGen analyzer, the generator in every project of the solution (so a fix is checked against
/// the code generated from the fixed source), C# preview with nullable on, and the .NET 10
/// reference assemblies plus SchemaGen.Runtime, all from packages restored with the tests: nothing
/// is downloaded while they run.
/// </summary>
/// <remarks>
/// Expected diagnostics are marked <c>{|SG0001:text|}</c> in <c>TestCode</c>, <c>FixedCode</c> and
/// additional files. <see cref="ExpectedMessages"/> gives the messages of the SG marks, in the
/// order of the marks.
/// </remarks>
public class SchemaGenTest<TCodeFix> : CSharpCodeFixTest<EmptyDiagnosticAnalyzer, TCodeFix, DefaultVerifier>
    where TCodeFix : CodeFixProvider, new()
{
    public SchemaGenTest()
    {
        // A name the framework resolves to no package at all: the references come from
        // Basic.Reference.Assemblies instead, so nothing is fetched from NuGet.
        ReferenceAssemblies = new ReferenceAssemblies("net10.0-basic");
        TestState.AdditionalReferences.AddRange(TestReferences.NetWithRuntime);
        // The framework turns on XML documentation; a consumer of SchemaGen need not document its types.
        DisabledDiagnostics.Add("CS1591");
        SolutionTransforms.Add((solution, _) => solution.ProjectIds.Aggregate(
            solution, (current, project) => current.AddAnalyzerReference(project, GeneratorReference.Instance)));
    }

    /// <summary>
    /// Adds a project named <paramref name="name"/> with <paramref name="sources"/> that the test
    /// project references, as a user references SchemaGen.Sev: the generator runs in it too.
    /// </summary>
    public void AddReferencedProject(string name, params string[] sources)
    {
        var project = TestState.AdditionalProjects[name];
        foreach (var source in sources)
        {
            project.Sources.Add(source);
        }

        project.AdditionalReferences.AddRange(TestReferences.NetWithRuntime);
        TestState.AdditionalProjectReferences.Add(name);
    }

    /// <summary>The C# version of every project; preview unless a test says otherwise.</summary>
    public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.Preview;

    /// <summary>
    /// The messages of the <c>{|SG....:...|}</c> marks of the test state, in the order of the marks (by file, then position,
    /// then id for marks that start together). Optional: without them only ids and spans are compared.
    /// </summary>
    public List<string> ExpectedMessages { get; } = [];

    /// <summary>The titles of the code actions the fix offered during the run, in the order offered.</summary>
    public List<string> OfferedActions { get; } = [];

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => SchemaGenAnalyzers.All;

    protected override ParseOptions CreateParseOptions()
        => ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion);

    protected override CompilationOptions CreateCompilationOptions()
        => ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);

    protected override CodeFixContext CreateCodeFixContext(
        Document document,
        TextSpan span,
        ImmutableArray<Diagnostic> diagnostics,
        Action<CodeAction, ImmutableArray<Diagnostic>> registerCodeFix,
        CancellationToken cancellationToken)
        => base.CreateCodeFixContext(
            document,
            span,
            diagnostics,
            (action, fixedDiagnostics) =>
            {
                lock (OfferedActions)
                {
                    OfferedActions.Add(action.Title);
                }

                registerCodeFix(action, fixedDiagnostics);
            },
            cancellationToken);

    protected override Task RunImplAsync(CancellationToken cancellationToken)
    {
        AttachExpectedMessages();
        return base.RunImplAsync(cancellationToken);
    }

    /// <summary>
    /// Resolves the test state's markup the way the framework does, then gives each SG diagnostic it
    /// marks its message from <see cref="ExpectedMessages"/>, and hands the framework the plain text
    /// and the completed expectations.
    /// </summary>
    private void AttachExpectedMessages()
    {
        if (ExpectedMessages.Count == 0)
        {
            return;
        }

        var analyzers = GetDiagnosticAnalyzers().ToArray();
        var processed = TestState
            .WithInheritedValuesApplied(null, ImmutableArray<string>.Empty)
            .WithProcessedMarkup(
                MarkupOptions,
                GetDefaultDiagnostic(analyzers),
                analyzers.SelectMany(a => a.SupportedDiagnostics).ToImmutableArray(),
                ImmutableArray<string>.Empty,
                DefaultFilePath);
        var marked = processed.ExpectedDiagnostics
            .Select((result, index) => (Result: result, Index: index))
            .Where(e => e.Result.Id.StartsWith("SG", StringComparison.Ordinal) && e.Result.HasLocation)
            .OrderBy(e => e.Result.Spans[0].Span.Path, StringComparer.Ordinal)
            .ThenBy(e => e.Result.Spans[0].Span.StartLinePosition)
            .ThenBy(e => e.Result.Id, StringComparer.Ordinal)
            .ToList();
        Assert.True(
            marked.Count == ExpectedMessages.Count,
            $"{marked.Count} SG diagnostics are marked but {ExpectedMessages.Count} messages are given");

        var expected = processed.ExpectedDiagnostics.ToArray();
        for (int i = 0; i < marked.Count; i++)
        {
            expected[marked[i].Index] = marked[i].Result.WithMessage(ExpectedMessages[i]);
        }

        TestState.Sources.Clear();
        TestState.Sources.AddRange(processed.Sources);
        TestState.AdditionalFiles.Clear();
        TestState.AdditionalFiles.AddRange(processed.AdditionalFiles);
        TestState.ExpectedDiagnostics.Clear();
        TestState.ExpectedDiagnostics.AddRange(expected);
    }
}
