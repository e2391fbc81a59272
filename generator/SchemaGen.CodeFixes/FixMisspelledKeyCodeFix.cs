using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SchemaGen.Generator.Analyzers;

namespace SchemaGen.CodeFixes;

/// <summary>
/// Fixes SG0101 (and SG0102 when it names a key) by writing the suggested key over the misspelled one in the literal. Offered only
/// where the diagnostic points at exactly the misspelled text (the analyzer could map it into the
/// literal), and escaped for the kind of literal it lands in.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(FixMisspelledKeyCodeFix))]
[Shared]
public sealed class FixMisspelledKeyCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.MisspelledKey.Id,
        Descriptors.TryParseAlwaysFails.Id);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var text = await context.Document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            var span = diagnostic.Location.SourceSpan;
            if (!diagnostic.Properties.TryGetValue(Descriptors.UnknownKeyProperty, out var unknown)
                || !diagnostic.Properties.TryGetValue(Descriptors.SuggestedKeyProperty, out var suggested)
                || unknown is null || suggested is null
                || text.ToString(span) != unknown
                || root is null)
            {
                continue;
            }

            var replacement = Escape(root.FindToken(span.Start), suggested);
            if (replacement is null)
            {
                continue;
            }

            var document = context.Document;
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Change '{unknown}' to '{suggested}'",
                    _ => Task.FromResult(document.WithText(text.WithChanges(new TextChange(span, replacement)))),
                    // One equivalence key for every suggestion: Fix All then changes each misspelling, whatever key it
                    // suggests, in one pass (the batch fixer merges the edits; they never overlap).
                    nameof(FixMisspelledKeyCodeFix)),
                diagnostic);
        }
    }

    /// <summary>The key as the literal must spell it; null where it cannot (a quote in a raw string).</summary>
    private static string? Escape(SyntaxToken literal, string key)
    {
        switch (literal.Kind())
        {
            case SyntaxKind.StringLiteralToken or SyntaxKind.Utf8StringLiteralToken when literal.Text.StartsWith("@",
                System.StringComparison.Ordinal):
                return key.Replace("\"", "\"\"");
            case SyntaxKind.StringLiteralToken or SyntaxKind.Utf8StringLiteralToken:
                return key.Replace("\\", "\\\\").Replace("\"", "\\\"");
            default:
                return key.IndexOf('"') < 0 ? key : null;
        }
    }
}
