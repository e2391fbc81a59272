using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace SchemaGen.Generator.Tests.Infrastructure;

/// <summary>
/// Applies code fixes as the IDE does, in an <see cref="AdhocWorkspace"/> whose project runs the
/// generator (through an analyzer reference) and SchemaGen's analyzers.
/// </summary>
public sealed class CodeFixRunner : IDisposable
{
    private readonly AdhocWorkspace _workspace = new();
    private readonly ProjectId _project;

    public CodeFixRunner(params string[] sources)
    {
        _project = ProjectId.CreateNewId();
        var documents = sources.Select((source, i) => DocumentInfo.Create(
            DocumentId.CreateNewId(_project),
            $"Source{i}.cs",
            loader: TextLoader.From(TextAndVersion.Create(SourceText.From(source), VersionStamp.Create())),
            filePath: $"Source{i}.cs"));
        var project = ProjectInfo.Create(
            _project,
            VersionStamp.Create(),
            "Consumer",
            "Consumer",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: TestCompilation.ParseOptions(),
            documents: documents,
            metadataReferences: ReferenceAssemblies.NetWithRuntime,
            analyzerReferences: [new SchemaGenReference()]);
        Assert.True(_workspace.TryApplyChanges(_workspace.CurrentSolution.AddProject(project)));
    }

    public Solution Solution => _workspace.CurrentSolution;

    /// <summary>The text of a source file now.</summary>
    public async Task<string> TextOfAsync(int index)
    {
        var document = Solution.GetProject(_project)!.Documents.Single(d => d.Name == $"Source{index}.cs");
        return (await document.GetTextAsync()).ToString();
    }

    /// <summary>The SG diagnostics of the project now (with the generator's output).</summary>
    public async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync()
    {
        var compilation = (await Solution.GetProject(_project)!.GetCompilationAsync())!;
        var diagnostics = await compilation.WithAnalyzers(AnalyzerRunner.All).GetAnalyzerDiagnosticsAsync();
        return diagnostics.Where(d => d.Id.StartsWith("SG", StringComparison.Ordinal)).OrderBy(
            d => d.Location.SourceSpan.Start).ToImmutableArray();
    }

    /// <summary>
    /// Applies <paramref name="fix"/> to the first diagnostic <paramref name="id"/> and returns the
    /// action's title; the fix must offer exactly one action for it.
    /// </summary>
    public async Task<string> ApplyAsync(CodeFixProvider fix, string id)
    {
        Assert.Contains(id, fix.FixableDiagnosticIds);
        var diagnostic = (await DiagnosticsAsync()).First(d => d.Id == id);
        var document = Solution.GetDocument(diagnostic.Location.SourceTree)!;
        var actions = new List<CodeAction>();
        await fix.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action),
            CancellationToken.None));
        var action = Assert.Single(actions);
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var changed = Assert.Single(operations.OfType<ApplyChangesOperation>()).ChangedSolution;
        Assert.True(_workspace.TryApplyChanges(changed));
        return action.Title;
    }

    /// <summary>Whether the fix offers anything for the first diagnostic <paramref name="id"/>.</summary>
    public async Task<int> CountActionsAsync(CodeFixProvider fix, string id)
    {
        var diagnostic = (await DiagnosticsAsync()).First(d => d.Id == id);
        var actions = new List<CodeAction>();
        await fix.RegisterCodeFixesAsync(new CodeFixContext(Solution.GetDocument(diagnostic.Location.SourceTree)!, diagnostic,
            (action, _) => actions.Add(action), CancellationToken.None));
        return actions.Count;
    }

    /// <summary>Applies the fix until no diagnostic <paramref name="id"/> is left (at most <paramref name="limit"/> times).</summary>
    public async Task ApplyAllAsync(CodeFixProvider fix, string id, int limit = 10)
    {
        for (int i = 0; i < limit && (await DiagnosticsAsync()).Any(d => d.Id == id); i++)
        {
            await ApplyAsync(fix, id);
        }
    }

    /// <summary>Asserts that the project, with the generator's output, compiles without warnings or SG diagnostics.</summary>
    public async Task AssertCompilesCleanAsync()
    {
        var project = Solution.GetProject(_project)!;
        var compilation = (await project.GetCompilationAsync())!;
        var problems = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        var generated = (await project.GetSourceGeneratedDocumentsAsync()).ToList();
        Assert.True(problems.Count == 0, TestCompilation.Describe(problems));
        Assert.NotEmpty(generated);
        var diagnostics = await DiagnosticsAsync();
        Assert.True(diagnostics.IsEmpty, TestCompilation.Describe(diagnostics));
    }

    public void Dispose() => _workspace.Dispose();

    /// <summary>Hands the workspace the generator, as a project's Analyzer item would.</summary>
    private sealed class SchemaGenReference : AnalyzerReference
    {
        public override string? FullPath => null;

        public override object Id => nameof(SchemaGenReference);

        public override string Display => "SchemaGen";

        public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzersForAllLanguages() => [];

        public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzers(string language) => [];

        // The same instances every time: the workspace keys its generator state by them.
        private readonly ImmutableArray<ISourceGenerator> _generators = [new PropertyStringGenerator().AsSourceGenerator()];

        public override ImmutableArray<ISourceGenerator> GetGeneratorsForAllLanguages() => _generators;

        public override ImmutableArray<ISourceGenerator> GetGenerators(string language) => GetGeneratorsForAllLanguages();
    }
}
