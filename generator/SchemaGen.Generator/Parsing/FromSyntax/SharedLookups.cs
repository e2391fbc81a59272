using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SchemaGen.Generator.Parsing.FromSyntax;

/// <summary>
/// Lookups of a simple name outside every type declaration, where only namespaces and usings are in scope, shared by the type
/// declarations of one compilation whose scopes there are written alike: two hundred schema types, each in a file of its own
/// that says <c>namespace Bench;</c>, that each name <c>Mode</c>, ask Roslyn once, not two hundred times (each lookup builds
/// the binders of its position, in a file of its own).
/// </summary>
/// <remarks>
/// Such a lookup's answer depends on the compilation (a cache is kept per compilation and dropped with it), on the namespace
/// declarations around the type and the usings and extern aliases of each and of the file (the scope key spells them all
/// out, so that two declarations share only when every one of them is written the same), and on the file's own file-local
/// types, which no other file sees: a file that declares one shares nothing.
/// </remarks>
internal static class SharedLookups
{
    private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<(string, string, bool), ImmutableArray<ISymbol>>>
        ByCompilation = new(); // (scope key, name, types only) -> what the lookup found

    /// <summary>
    /// What the scope outside <paramref name="outermost"/> (the outermost type declaration of a type) is made of, as text; null
    /// when its lookups are not to be shared (its file declares a file-local type).
    /// </summary>
    public static string? ScopeKey(TypeDeclarationSyntax outermost)
    {
        var text = new StringBuilder();
        for (SyntaxNode? node = outermost.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case BaseNamespaceDeclarationSyntax space:
                    text.Append(space is FileScopedNamespaceDeclarationSyntax ? "namespace; " : "namespace { ")
                        .Append(space.Name).Append('\n');
                    Append(text, space.Externs, space.Usings);
                    break;
                case CompilationUnitSyntax unit:
                    if (DeclaresFileLocalType(unit.Members))
                    {
                        return null;
                    }

                    Append(text, unit.Externs, unit.Usings);
                    break;
                default:
                    // A type declaration inside something else (a script's statement, say): not a scope this knows.
                    return null;
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The namespaces and types (or, unless <paramref name="typesOnly"/>, the symbols) <paramref name="name"/> finds at
    /// <paramref name="position"/>, a position outside every type declaration whose scope is <paramref name="scopeKey"/>: the
    /// answer of an earlier lookup in the same scope of the same compilation when there was one.
    /// </summary>
    public static ImmutableArray<ISymbol> Lookup(SemanticModel model, string? scopeKey, int position, string name, bool typesOnly)
    {
        if (scopeKey is null)
        {
            return Ask(model, position, name, typesOnly);
        }

        var found = ByCompilation.GetValue(model.Compilation, static _ => new());
        var key = (scopeKey, name, typesOnly);
        if (!found.TryGetValue(key, out var symbols))
        {
            symbols = found.GetOrAdd(key, Ask(model, position, name, typesOnly));
        }

        return symbols;
    }

    private static ImmutableArray<ISymbol> Ask(SemanticModel model, int position, string name, bool typesOnly)
        => typesOnly ? model.LookupNamespacesAndTypes(position, null, name) : model.LookupSymbols(position, null, name);

    private static void Append(StringBuilder text, SyntaxList<ExternAliasDirectiveSyntax> externs, SyntaxList<UsingDirectiveSyntax> usings)
    {
        foreach (var alias in externs)
        {
            text.Append(alias.ToString()).Append('\n');
        }

        foreach (var directive in usings)
        {
            text.Append(directive.ToString()).Append('\n');
        }
    }

    // File-local types are declared at the top level of a file or of a namespace in it, never nested in a type.
    private static bool DeclaresFileLocalType(SyntaxList<MemberDeclarationSyntax> members)
        => members.Any(member => member switch
        {
            BaseNamespaceDeclarationSyntax space => DeclaresFileLocalType(space.Members),
            BaseTypeDeclarationSyntax or DelegateDeclarationSyntax => member.Modifiers.Any(SyntaxKind.FileKeyword),
            _ => false,
        });
}
