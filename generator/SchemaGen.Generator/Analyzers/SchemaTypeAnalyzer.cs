using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// The registration every schema analyzer shares: concurrent, generated code skipped (the
/// generator's own output is never a schema the user wrote), SchemaGen's attribute symbols resolved
/// once per compilation, and nothing at all in a compilation that does not reference SchemaGen.
/// Subclasses look at one named type at a time.
/// </summary>
public abstract class SchemaTypeAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = SchemaSymbols.Resolve(start.Compilation);
            if (symbols is not null)
            {
                start.RegisterSymbolAction(symbolContext => AnalyzeType(symbolContext, symbols), SymbolKind.NamedType);
            }
        });
    }

    /// <summary>Looks at one named type (<see cref="SymbolAnalysisContext.Symbol"/>).</summary>
    private protected abstract void AnalyzeType(SymbolAnalysisContext context, SchemaSymbols symbols);
}
