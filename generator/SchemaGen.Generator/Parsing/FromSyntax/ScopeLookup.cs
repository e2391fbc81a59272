using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SchemaGen.Generator.Parsing.FromSyntax;

/// <summary>
/// Resolves the names written in the attributes of one type declaration's members (attribute classes, enums and their members,
/// constants) by name lookup alone, as the compiler resolves them, without binding the attributes. It answers only where the lookup
/// leaves one candidate that the compiler could not have passed over, and null otherwise: then the caller binds, and the answer is
/// the compiler's own. Every member attribute of a type is bound in the scope of the type's body, so lookups are made once per
/// name there.
/// </summary>
internal sealed class ScopeLookup
{
    private readonly SemanticModel _model;
    private readonly int _position;
    private readonly Dictionary<(ISymbol? Container, string Name, bool TypesOnly), ImmutableArray<ISymbol>> _found = new();

    /// <param name="model">The semantic model of the declaration's tree.</param>
    /// <param name="declaration">The type declaration whose members' attributes are read.</param>
    public ScopeLookup(SemanticModel model, TypeDeclarationSyntax declaration)
    {
        _model = model;
        _position = declaration.OpenBraceToken.Span.End;
    }

    /// <summary>
    /// The attribute class an attribute's name denotes: <c>Key</c> finds <c>Key</c> or <c>KeyAttribute</c>, and exactly one of the
    /// two must be found, and be an attribute class. Null for a name the compiler might read otherwise (a verbatim name, a generic
    /// one, an alias other than <c>global::</c>).
    /// </summary>
    public INamedTypeSymbol? AttributeClass(NameSyntax name)
    {
        INamespaceOrTypeSymbol? container;
        SimpleNameSyntax simple;
        switch (name)
        {
            case IdentifierNameSyntax identifier:
                container = null;
                simple = identifier;
                break;
            case QualifiedNameSyntax { Right: IdentifierNameSyntax right } qualified:
                container = NamespaceOrType(qualified.Left);
                if (container is null)
                {
                    return null;
                }

                simple = right;
                break;
            case AliasQualifiedNameSyntax { Name: IdentifierNameSyntax right } aliased
                when aliased.Alias.Identifier.IsKind(SyntaxKind.GlobalKeyword):
                container = _model.Compilation.GlobalNamespace;
                simple = right;
                break;
            default:
                return null;
        }

        // A verbatim name (@Key) finds only itself; this reader leaves it to the compiler.
        if (!IsPlain(simple))
        {
            return null;
        }

        var exact = Lookup(container, simple.Identifier.ValueText, typesOnly: true);
        var suffixed = Lookup(container, simple.Identifier.ValueText + "Attribute", typesOnly: true);
        if (exact.Length + suffixed.Length != 1)
        {
            return null;
        }

        return Target(exact.Length == 1 ? exact[0] : suffixed[0]) is INamedTypeSymbol type && IsAttributeClass(type) ? type : null;
    }

    /// <summary>
    /// The one namespace, type or field a name in an argument denotes: <c>Mode</c>, <c>Bench.Mode.Off</c>,
    /// <c>global::Bench.Mode.Off</c>. Null when the lookup finds none or several (or a property, a method, ...).
    /// </summary>
    public ISymbol? Symbol(ExpressionSyntax expression)
    {
        switch (expression)
        {
            case IdentifierNameSyntax identifier when IsPlain(identifier):
                return One(Lookup(null, identifier.Identifier.ValueText, typesOnly: false));
            case MemberAccessExpressionSyntax { Name: IdentifierNameSyntax name } access
                when access.IsKind(SyntaxKind.SimpleMemberAccessExpression)
                    && IsPlain(name):
                return Symbol(access.Expression) is INamespaceOrTypeSymbol container
                    ? One(Lookup(container, name.Identifier.ValueText, typesOnly: false))
                    : null;
            case AliasQualifiedNameSyntax { Name: IdentifierNameSyntax name } aliased
                when aliased.Alias.Identifier.IsKind(SyntaxKind.GlobalKeyword):
                return One(Lookup(_model.Compilation.GlobalNamespace, name.Identifier.ValueText, typesOnly: false));
            default:
                return null;
        }
    }

    /// <summary>
    /// Whether <c>nameof(<paramref name="argument"/>)</c> is the operator, naming something that exists: no method <c>nameof</c>
    /// is in scope, and <c>X</c> or <c>T.X</c> finds at least one symbol (a method's overloads are several).
    /// </summary>
    public bool IsNameOf(ExpressionSyntax argument)
    {
        if (!Lookup(null, "nameof", typesOnly: false).IsEmpty)
        {
            return false;
        }

        return argument switch
        {
            IdentifierNameSyntax identifier when IsPlain(identifier)
                => !Lookup(null, identifier.Identifier.ValueText, typesOnly: false).IsEmpty,
            MemberAccessExpressionSyntax { Name: IdentifierNameSyntax name } access
                when access.IsKind(SyntaxKind.SimpleMemberAccessExpression)
                    && IsPlain(name)
                => Symbol(access.Expression) is INamespaceOrTypeSymbol container
                    && !Lookup(container, name.Identifier.ValueText, typesOnly: false).IsEmpty,
            _ => false,
        };
    }

    // The namespace or type the left of a qualified attribute name denotes.
    private INamespaceOrTypeSymbol? NamespaceOrType(NameSyntax name) => name switch
    {
        IdentifierNameSyntax identifier when IsPlain(identifier)
            => One(Lookup(null, identifier.Identifier.ValueText, typesOnly: true)) as INamespaceOrTypeSymbol,
        QualifiedNameSyntax { Right: IdentifierNameSyntax right } qualified
            when IsPlain(right)
            => NamespaceOrType(qualified.Left) is { } container
                ? One(Lookup(container, right.Identifier.ValueText, typesOnly: true)) as INamespaceOrTypeSymbol
                : null,
        AliasQualifiedNameSyntax { Name: IdentifierNameSyntax right } aliased when aliased.Alias.Identifier.IsKind(SyntaxKind.GlobalKeyword)
            => One(Lookup(_model.Compilation.GlobalNamespace, right.Identifier.ValueText, typesOnly: true)) as INamespaceOrTypeSymbol,
        _ => null,
    };

    // A name on its own is looked up through the scopes of the type's body; a name in a namespace or type among that container's
    // own members, which is what the compiler finds there (a type's inherited members are not searched: they give null instead).
    private ImmutableArray<ISymbol> Lookup(INamespaceOrTypeSymbol? container, string name, bool typesOnly)
    {
        var key = (container, name, typesOnly);
        if (!_found.TryGetValue(key, out var symbols))
        {
            symbols = container is not null ? Members(container, name, typesOnly)
                : typesOnly ? _model.LookupNamespacesAndTypes(_position, null, name)
                : _model.LookupSymbols(_position, null, name);
            _found.Add(key, symbols);
        }

        return symbols;
    }

    private ImmutableArray<ISymbol> Members(INamespaceOrTypeSymbol container, string name, bool typesOnly)
    {
        var members = container.GetMembers(name);
        bool Unseen(ISymbol member) => (typesOnly && member is not INamespaceOrTypeSymbol) || !_model.IsAccessible(_position, member);
        return members.Any(Unseen) ? members.RemoveAll(Unseen) : members;
    }

    // Not a verbatim identifier (@name), which the compiler reads otherwise.
    private static bool IsPlain(SimpleNameSyntax name) => !name.Identifier.Text.StartsWith("@", System.StringComparison.Ordinal);

    private static ISymbol? One(ImmutableArray<ISymbol> symbols) => symbols.Length == 1 ? Target(symbols[0]) : null;

    // A using alias stands for its target.
    private static ISymbol Target(ISymbol symbol) => symbol is IAliasSymbol alias ? alias.Target : symbol;

    private static bool IsAttributeClass(INamedTypeSymbol type)
    {
        for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            if (AttributeNames.Is(baseType, "System.Attribute"))
            {
                return true;
            }
        }

        return false;
    }
}
