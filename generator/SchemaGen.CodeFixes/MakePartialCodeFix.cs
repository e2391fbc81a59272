using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemaGen.Generator.Analyzers;

namespace SchemaGen.CodeFixes;

/// <summary>
/// Fixes SG0001 and SG0007 by adding <c>partial</c>: to the schema type and every type containing
/// it (SG0001), or to a key property that is an auto-property without bodies or initializer, which
/// is then a partial declaration for the generator to implement (SG0007).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakePartialCodeFix))]
[Shared]
public sealed class MakePartialCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(Descriptors.TypeNotPartial.Id, Descriptors.KeyPropertyNotPartial.Id);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var node = root.FindToken(diagnostic.Location.SourceSpan.Start).Parent;
            if (diagnostic.Id == Descriptors.TypeNotPartial.Id && node is TypeDeclarationSyntax reported)
            {
                // From the schema type (the additional location) up, when it is in this document.
                var schema = diagnostic.AdditionalLocations.FirstOrDefault(l => l.SourceTree == root.SyntaxTree) is { } location
                    ? root.FindToken(location.SourceSpan.Start).Parent as TypeDeclarationSyntax
                    : null;
                var type = schema ?? reported;
                context.RegisterCodeFix(
                    CodeAction.Create("Make the type partial", ct => MakeTypesPartialAsync(context.Document, type, ct),
                        nameof(MakePartialCodeFix) + ".Type"),
                    diagnostic);
            }
            else if (diagnostic.Id == Descriptors.KeyPropertyNotPartial.Id && node is PropertyDeclarationSyntax property
                && CanBePartialDefinition(property))
            {
                context.RegisterCodeFix(
                    CodeAction.Create("Make the key property partial",
                        ct => ReplaceAsync(context.Document, property, WithPartial(property), ct),
                        nameof(MakePartialCodeFix) + ".Property"),
                    diagnostic);
            }
        }
    }

    /// <summary>A partial property declaration has accessors without bodies and no initializer.</summary>
    private static bool CanBePartialDefinition(PropertyDeclarationSyntax property)
        => property.Initializer is null && property.ExpressionBody is null
           && property.AccessorList is { } accessors
           && accessors.Accessors.All(a => a.Body is null && a.ExpressionBody is null);

    /// <summary>The schema type's declaration and the declarations containing it in this document, each made partial.</summary>
    private static async Task<Document> MakeTypesPartialAsync(Document document, TypeDeclarationSyntax type,
        CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var targets = type.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().Where(t => !t.Modifiers.Any(SyntaxKind.PartialKeyword));
        var fixedRoot = root!.ReplaceNodes(targets, (_, rewritten) => WithPartial(rewritten));
        return document.WithSyntaxRoot(fixedRoot);
    }

    private static async Task<Document> ReplaceAsync(Document document, SyntaxNode node, SyntaxNode replacement,
        CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return document.WithSyntaxRoot(root!.ReplaceNode(node, replacement));
    }

    /// <summary>
    /// Adds <c>partial</c> as the last modifier, where C# wants it (just before <c>class</c>,
    /// <c>record</c>, <c>struct</c>, or a property's type). With no modifiers it takes over the
    /// leading trivia of the token it now precedes.
    /// </summary>
    private static TypeDeclarationSyntax WithPartial(TypeDeclarationSyntax type)
    {
        if (type.Modifiers.Count > 0)
        {
            return type.AddModifiers(SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space));
        }

        var keyword = type.Keyword;
        var partial = SyntaxFactory.Token(keyword.LeadingTrivia, SyntaxKind.PartialKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space));
        return type.WithKeyword(keyword.WithLeadingTrivia()).WithModifiers(SyntaxFactory.TokenList(partial));
    }

    private static PropertyDeclarationSyntax WithPartial(PropertyDeclarationSyntax property)
    {
        if (property.Modifiers.Count > 0)
        {
            return property.AddModifiers(SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space));
        }

        var first = property.Type.GetFirstToken();
        var partial = SyntaxFactory.Token(first.LeadingTrivia, SyntaxKind.PartialKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space));
        return property.ReplaceToken(first, first.WithLeadingTrivia()).WithModifiers(SyntaxFactory.TokenList(partial));
    }
}
