using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SchemaGen.Generator.Analyzers;

/// <summary>Finds where an attribute's arguments are written, so that a diagnostic points at the offending one.</summary>
internal static class AttributeArguments
{
    /// <summary>The expression of the named argument <paramref name="name"/>, else the attribute, else <paramref
    /// name="fallback"/>.</summary>
    public static Location NamedArgument(AttributeData attribute, string name, Location fallback, CancellationToken cancellationToken)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax)
        {
            return fallback;
        }

        var argument = syntax.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name);
        return (argument?.Expression ?? (SyntaxNode)syntax).GetLocation();
    }

    /// <summary>The element at <paramref name="index"/> of the array written as the named argument <paramref name="name"/>
    /// (<c>["a", "b"]</c> or <c>new[] { "a", "b" }</c>), else the argument as <see cref="NamedArgument"/> finds it.</summary>
    public static Location NamedArrayElement(AttributeData attribute, string name, int index, Location fallback,
        CancellationToken cancellationToken)
    {
        var whole = NamedArgument(attribute, name, fallback, cancellationToken);
        if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax
            || syntax.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name)?.Expression
                is not { } expression)
        {
            return whole;
        }

        SyntaxNode? element = expression switch
        {
            CollectionExpressionSyntax collection => collection.Elements.ElementAtOrDefault(index),
            ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions.ElementAtOrDefault(index),
            ImplicitArrayCreationExpressionSyntax implicitArray => implicitArray.Initializer.Expressions.ElementAtOrDefault(index),
            _ => null,
        };
        return element?.GetLocation() ?? whole;
    }

    /// <summary>The expression of the constructor argument at <paramref name="index"/>, else the attribute, else <paramref
    /// name="fallback"/>.</summary>
    public static Location ConstructorArgument(AttributeData attribute, int index, Location fallback, CancellationToken cancellationToken)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax)
        {
            return fallback;
        }

        var positional = syntax.ArgumentList?.Arguments.Where(a => a.NameEquals is null && a.NameColon is null).ElementAtOrDefault(index);
        return (positional?.Expression ?? (SyntaxNode)syntax).GetLocation();
    }

    /// <summary>The attribute as written, else <paramref name="fallback"/>.</summary>
    public static Location Attribute(AttributeData attribute, Location fallback, CancellationToken cancellationToken)
        => attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation() ?? fallback;

    /// <summary>Whether the named argument is written in the attribute (a property left at its default is not).</summary>
    public static bool Has(AttributeData attribute, string name) => attribute.NamedArguments.Any(a => a.Key == name);

    /// <summary>The value of a named argument, if written.</summary>
    public static TypedConstant? Named(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name)
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>The one constructor argument (a key name, a format name, an enum text), or null when it is not a string.</summary>
    public static string? Name(AttributeData attribute)
        => attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;

    /// <summary>The location of the first declaration of a symbol in source (its identifier), or none.</summary>
    public static Location FirstLocation(ISymbol symbol) => symbol.Locations.FirstOrDefault(l => l.IsInSource) ?? Location.None;

    /// <summary>The C# version a type's declarations are compiled with.</summary>
    public static LanguageVersion LanguageVersionOf(ISymbol symbol)
        => symbol.DeclaringSyntaxReferences.FirstOrDefault()?.SyntaxTree.Options is CSharpParseOptions options ? options.LanguageVersion
            : LanguageVersion.Latest;
}
