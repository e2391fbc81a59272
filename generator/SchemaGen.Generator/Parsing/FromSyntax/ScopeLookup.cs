using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SchemaGen.Generator.Parsing.FromSyntax;

/// <summary>
/// Resolves the names written in the declarations of one type declaration's members (attribute classes, enums and their members,
/// constants, the properties' types) by name lookup alone, as the compiler resolves them, without binding the attributes or
/// building the type's members. It answers only where the lookup leaves one candidate that the compiler could not have passed over,
/// and null otherwise: then the caller binds, and the answer is the compiler's own. Every member attribute of a type is bound in the
/// scope of the type's body, so lookups are made once per name there.
/// </summary>
internal sealed class ScopeLookup
{
    private readonly SemanticModel _model;
    private readonly INamedTypeSymbol _type;
    private readonly int _position;
    private readonly int _outsidePosition;
    private readonly string? _outsideScope;
    private readonly Dictionary<(ISymbol? Container, string Name, bool TypesOnly), ImmutableArray<ISymbol>> _found = new();
    private readonly Dictionary<INamedTypeSymbol, ICollection<string>> _memberNames = new(SymbolEqualityComparer.Default);

    /// <param name="model">The semantic model of the declaration's tree.</param>
    /// <param name="type">The type it declares.</param>
    /// <param name="declaration">The type declaration whose members' attributes are read.</param>
    public ScopeLookup(SemanticModel model, INamedTypeSymbol type, TypeDeclarationSyntax declaration)
    {
        _model = model;
        _type = type;
        _position = declaration.OpenBraceToken.Span.End;

        // Before the keyword of the outermost type declaration, only the namespaces and usings around it are in scope.
        var outermost = declaration;
        while (outermost.Parent is TypeDeclarationSyntax container)
        {
            outermost = container;
        }

        _outsidePosition = outermost.Keyword.SpanStart;
        _outsideScope = SharedLookups.ScopeKey(outermost);
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
        if (Lookup(null, "nameof", typesOnly: false) is not { IsDefault: false, IsEmpty: true })
        {
            return false;
        }

        return argument switch
        {
            IdentifierNameSyntax identifier when IsPlain(identifier)
                => DeclaredInEnclosingTypes(identifier.Identifier.ValueText)
                    || Lookup(null, identifier.Identifier.ValueText, typesOnly: false) is { IsDefaultOrEmpty: false },
            MemberAccessExpressionSyntax { Name: IdentifierNameSyntax name } access
                when access.IsKind(SyntaxKind.SimpleMemberAccessExpression)
                    && IsPlain(name)
                => Symbol(access.Expression) is INamespaceOrTypeSymbol container
                    && !Lookup(container, name.Identifier.ValueText, typesOnly: false).IsEmpty,
            _ => false,
        };
    }

    /// <summary>
    /// The type a property's type is written as, as the compiler reads it: a keyword type of a key (<c>int</c>, <c>string</c>, ...),
    /// a named type that is not generic, or either with <c>?</c>. Null for anything else, and for <c>string?</c> where nullable
    /// annotations are off.
    /// </summary>
    public ITypeSymbol? Type(TypeSyntax syntax)
    {
        switch (syntax)
        {
            case PredefinedTypeSyntax predefined:
                return SpecialTypeOf(predefined.Keyword.Kind()) is { } special ? _model.Compilation.GetSpecialType(special) : null;
            case NullableTypeSyntax { ElementType: not NullableTypeSyntax } nullable:
                var element = Type(nullable.ElementType);
                if (element is null)
                {
                    return null;
                }

                if (element.IsValueType)
                {
                    return _model.Compilation.GetSpecialType(SpecialType.System_Nullable_T).Construct(element)
                        .WithNullableAnnotation(NullableAnnotation.Annotated);
                }

                return element.SpecialType == SpecialType.System_String
                    && _model.GetNullableContext(syntax.SpanStart).AnnotationsEnabled()
                        ? element.WithNullableAnnotation(NullableAnnotation.Annotated)
                        : null;
            case NameSyntax name:
                return NamespaceOrType(name) is INamedTypeSymbol { IsGenericType: false } named ? named : null;
            default:
                return null;
        }
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
    // Default when the answer is not certain.
    private ImmutableArray<ISymbol> Lookup(INamespaceOrTypeSymbol? container, string name, bool typesOnly)
    {
        var key = (container, name, typesOnly);
        if (!_found.TryGetValue(key, out var symbols))
        {
            symbols = container is not null ? Members(container, name, typesOnly)
                : typesOnly ? TypeInScopes(name)
                : InScopes(name);
            _found.Add(key, symbols);
        }

        return symbols;
    }

    // A name on its own in an expression. Looked up in the body, the compiler would search the enclosing types' members by that
    // name, which builds every member of each (a record's synthesized ones too); the types' scopes are searched here by the names
    // their declarations give (DeclaredNames) and by their nested types, the members themselves asked for only where one has the
    // name, and only then is the name looked up outside the outermost type.
    private ImmutableArray<ISymbol> InScopes(string name)
    {
        for (var scope = _type; scope is not null; scope = scope.ContainingType)
        {
            for (var level = scope; level is not null; level = level.BaseType)
            {
                if (MemberNamesOf(level).Contains(name))
                {
                    // A constant of the schema's own, say: only then are the type's members built.
                    var members = level.GetMembers(name).RemoveAll(m => !_model.IsAccessible(_position, m));
                    return members.IsEmpty ? default : members;
                }

                var nested = level.GetTypeMembers(name);
                if (!nested.IsEmpty)
                {
                    var visible = nested.Where(t => t.Arity == 0 && _model.IsAccessible(_position, t)).ToImmutableArray<ISymbol>();
                    return visible.IsEmpty ? default : visible;
                }
            }
        }

        return Outside(name, typesOnly: false);
    }

    // A name on its own where only a namespace or type can stand. In the body the compiler finds the type parameters and the
    // nested types of the enclosing types (and of their bases) first; where none has the name, the answer is the one outside
    // the outermost type, which type declarations of the same scope share. (An interface's nested type is not in a class's
    // scope, but one of that name sends the lookup to the body too, rather than reason about it.)
    private ImmutableArray<ISymbol> TypeInScopes(string name)
    {
        for (var scope = _type; scope is not null; scope = scope.ContainingType)
        {
            bool nested = scope.TypeParameters.Any(parameter => parameter.Name == name)
                || scope.AllInterfaces.Any(face => !face.GetTypeMembers(name).IsEmpty);
            for (var level = scope; !nested && level is not null; level = level.BaseType)
            {
                nested = !level.GetTypeMembers(name).IsEmpty;
            }

            if (nested)
            {
                return _model.LookupNamespacesAndTypes(_position, null, name);
            }
        }

        return Outside(name, typesOnly: true);
    }

    private ImmutableArray<ISymbol> Outside(string name, bool typesOnly)
        => SharedLookups.Lookup(_model, _outsideScope, _outsidePosition, name, typesOnly);

    // Whether the type or a type containing it declares a member of this name, which code in the type's body can always name.
    private bool DeclaredInEnclosingTypes(string name)
    {
        for (var scope = _type; scope is not null; scope = scope.ContainingType)
        {
            // (Not a primary constructor's parameter, which is a name of these too.)
            if (!scope.DeclaringSyntaxReferences.IsEmpty
                && scope.DeclaringSyntaxReferences.All(r => r.GetSyntax() is TypeDeclarationSyntax { ParameterList: null })
                && MemberNamesOf(scope).Contains(name))
            {
                return true;
            }
        }

        return false;
    }

    private ICollection<string> MemberNamesOf(INamedTypeSymbol type)
    {
        if (!_memberNames.TryGetValue(type, out var names))
        {
            names = DeclaredNames.Of(type);
            _memberNames.Add(type, names);
        }

        return names;
    }

    private static SpecialType? SpecialTypeOf(SyntaxKind keyword) => keyword switch
    {
        SyntaxKind.BoolKeyword => SpecialType.System_Boolean,
        SyntaxKind.SByteKeyword => SpecialType.System_SByte,
        SyntaxKind.ByteKeyword => SpecialType.System_Byte,
        SyntaxKind.ShortKeyword => SpecialType.System_Int16,
        SyntaxKind.UShortKeyword => SpecialType.System_UInt16,
        SyntaxKind.IntKeyword => SpecialType.System_Int32,
        SyntaxKind.UIntKeyword => SpecialType.System_UInt32,
        SyntaxKind.LongKeyword => SpecialType.System_Int64,
        SyntaxKind.ULongKeyword => SpecialType.System_UInt64,
        SyntaxKind.DoubleKeyword => SpecialType.System_Double,
        SyntaxKind.StringKeyword => SpecialType.System_String,
        _ => null,
    };

    private ImmutableArray<ISymbol> Members(INamespaceOrTypeSymbol container, string name, bool typesOnly)
    {
        var members = container.GetMembers(name);
        bool Unseen(ISymbol member) => (typesOnly && member is not INamespaceOrTypeSymbol) || !_model.IsAccessible(_position, member);
        return members.Any(Unseen) ? members.RemoveAll(Unseen) : members;
    }

    // Not a verbatim identifier (@name), which the compiler reads otherwise.
    private static bool IsPlain(SimpleNameSyntax name) => !name.Identifier.Text.StartsWith("@", System.StringComparison.Ordinal);

    private static ISymbol? One(ImmutableArray<ISymbol> symbols) => !symbols.IsDefault && symbols.Length == 1 ? Target(symbols[0]) : null;

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
