using System.Collections.Generic;
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
using SchemaGen.Generator;
using SchemaGen.Generator.Analyzers;

namespace SchemaGen.CodeFixes;

/// <summary>
/// Fixes SG0023 (one member without [EnumValue]) and SG0026 (a key's enum with none) by adding
/// <c>[EnumValue("lowercased-name")]</c> to each member that lacks one, as the repository's own
/// enums spell their values (<c>WriteBack</c> is <c>writeback</c>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddEnumValueCodeFix))]
[Shared]
public sealed class AddEnumValueCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(Descriptors.EnumMemberWithoutValue.Id, Descriptors.UnusableKeyEnum.Id);

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
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (diagnostic.Id == Descriptors.EnumMemberWithoutValue.Id
                && node.FirstAncestorOrSelf<EnumMemberDeclarationSyntax>() is { } member)
            {
                var value = member.Identifier.ValueText.ToLowerInvariant();
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Add [EnumValue(\"{value}\")]",
                        ct => AddEnumValuesAsync(context.Document.Project.Solution, new[] { (context.Document.Id, member.Span) }, ct),
                        nameof(AddEnumValueCodeFix) + ".Member"),
                    diagnostic);
            }
            else if (diagnostic.Id == Descriptors.UnusableKeyEnum.Id)
            {
                var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
                var members = model is null ? null : MembersOfKeyEnum(context.Document.Project.Solution, model, node,
                    context.CancellationToken);
                if (members is { Count: > 0 })
                {
                    context.RegisterCodeFix(
                        CodeAction.Create("Add [EnumValue] to every member",
                            ct => AddEnumValuesAsync(context.Document.Project.Solution, members, ct),
                            nameof(AddEnumValueCodeFix) + ".Enum"),
                        diagnostic);
                }
            }
        }
    }

    /// <summary>The source declarations of the members (without [EnumValue]) of the enum a key's type names.</summary>
    private static List<(DocumentId, Microsoft.CodeAnalysis.Text.TextSpan)>? MembersOfKeyEnum(Solution solution, SemanticModel model,
        SyntaxNode node, CancellationToken cancellationToken)
    {
        var type = model.GetTypeInfo(node, cancellationToken).Type;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        if (type is not { TypeKind: TypeKind.Enum })
        {
            return null;
        }

        var members = new List<(DocumentId, Microsoft.CodeAnalysis.Text.TextSpan)>();
        foreach (var field in type.GetMembers().OfType<IFieldSymbol>().Where(f => f.IsConst))
        {
            if (field.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == ContractNames.EnumValueAttribute))
            {
                continue;
            }

            foreach (var reference in field.DeclaringSyntaxReferences)
            {
                var document = solution.GetDocumentId(reference.SyntaxTree);
                if (document is not null)
                {
                    members.Add((document, reference.Span));
                }
            }
        }

        return members;
    }

    private static async Task<Solution> AddEnumValuesAsync(Solution solution,
        IEnumerable<(DocumentId Document, Microsoft.CodeAnalysis.Text.TextSpan Span)> members, CancellationToken cancellationToken)
    {
        foreach (var group in members.GroupBy(m => m.Document))
        {
            var document = solution.GetDocument(group.Key)!;
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var declarations = group
                .Select(m => root!.FindNode(m.Span).FirstAncestorOrSelf<EnumMemberDeclarationSyntax>())
                .OfType<EnumMemberDeclarationSyntax>()
                .ToList();
            if (declarations.Count == 0)
            {
                continue;
            }

            var attributeName = AttributeName(model!, declarations[0].SpanStart);
            var fixedRoot = root!.ReplaceNodes(declarations, (original, _) => WithEnumValue(original, attributeName));
            solution = solution.WithDocumentSyntaxRoot(group.Key, fixedRoot);
        }

        return solution;
    }

    /// <summary><c>EnumValue</c> where <c>using SchemaGen;</c> (or the namespace) makes it visible, else qualified.</summary>
    private static NameSyntax AttributeName(SemanticModel model, int position)
    {
        var visible = model.LookupNamespacesAndTypes(position, name: "EnumValueAttribute")
            .Any(s => s.ToDisplayString() == ContractNames.EnumValueAttribute);
        return visible
            ? SyntaxFactory.IdentifierName("EnumValue")
            : SyntaxFactory.QualifiedName(SyntaxFactory.AliasQualifiedName(
                SyntaxFactory.IdentifierName(SyntaxFactory.Token(SyntaxKind.GlobalKeyword)), SyntaxFactory.IdentifierName("SchemaGen")),
                SyntaxFactory.IdentifierName("EnumValue"));
    }

    /// <summary><c>[EnumValue("name")] Name</c>: the attribute on the member's line, after its comments and indentation.</summary>
    private static EnumMemberDeclarationSyntax WithEnumValue(EnumMemberDeclarationSyntax member, NameSyntax attributeName)
    {
        var value = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression,
            SyntaxFactory.Literal(member.Identifier.ValueText.ToLowerInvariant()));
        var attribute = SyntaxFactory.Attribute(attributeName, SyntaxFactory.AttributeArgumentList(
            SyntaxFactory.SingletonSeparatedList(SyntaxFactory.AttributeArgument(value))));
        var first = member.GetFirstToken();
        var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute))
            .WithLeadingTrivia(first.LeadingTrivia)
            .WithTrailingTrivia(SyntaxFactory.Space);
        var stripped = member.ReplaceToken(first, first.WithLeadingTrivia());
        return stripped.WithAttributeLists(stripped.AttributeLists.Insert(0, list));
    }
}
