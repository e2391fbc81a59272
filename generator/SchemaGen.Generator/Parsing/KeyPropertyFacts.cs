using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SchemaGen.Generator.Parsing;

/// <summary>
/// What <see cref="KeyParser"/> reads of a key's property besides its attributes: its name, its type and how it is declared. Built
/// from the property's symbol (<see cref="Of"/>), or by <see cref="FromSyntax.SyntacticKeyReader"/> from its declaration, which
/// spares Roslyn building every member of the schema type (a record's synthesized ones included) on every edit.
/// </summary>
internal sealed class KeyPropertyFacts
{
    /// <param name="name">The property's name.</param>
    /// <param name="type">Its type, nullable annotation included.</param>
    /// <param name="isImplementable">Whether the generator can write what the property lacks: the body of a partial property that
    /// has none, or the whole of an interface's property.</param>
    /// <param name="isRequired">Whether it is declared <c>required</c>.</param>
    /// <param name="setterKeyword"><c>init</c>, <c>set</c>, or empty when it has no setter.</param>
    /// <param name="accessibilityKeywords">Its accessibility keywords as written; empty when none are.</param>
    /// <param name="setterAccessibilityKeywords">Its setter's own accessibility keywords as written; null when none are.</param>
    public KeyPropertyFacts(string name, ITypeSymbol type, bool isImplementable, bool isRequired, string setterKeyword,
        string accessibilityKeywords, string? setterAccessibilityKeywords)
    {
        Name = name;
        Type = type;
        IsImplementable = isImplementable;
        IsRequired = isRequired;
        SetterKeyword = setterKeyword;
        AccessibilityKeywords = accessibilityKeywords;
        SetterAccessibilityKeywords = setterAccessibilityKeywords;
    }

    public string Name { get; }

    public ITypeSymbol Type { get; }

    public bool IsImplementable { get; }

    public bool IsRequired { get; }

    public string SetterKeyword { get; }

    public string AccessibilityKeywords { get; }

    public string? SetterAccessibilityKeywords { get; }

    /// <summary>
    /// The facts of a bound property. An interface's key is declared whole by the generated code: public, as the interface's members
    /// are, never required (an interface cannot say so), its setter as the interface has it.
    /// </summary>
    public static KeyPropertyFacts Of(IPropertySymbol property, bool fromInterface)
    {
        var setter = property.SetMethod;
        return new KeyPropertyFacts(
            property.Name,
            property.Type,
            fromInterface ? IsImplementableInterfaceProperty(property) : IsImplementablePartial(property),
            !fromInterface && property.IsRequired,
            setter is null ? "" : setter.IsInitOnly ? "init" : "set",
            fromInterface ? "public" : HasExplicitAccessibility(property) ? AccessibilityText(property.DeclaredAccessibility) : "",
            fromInterface || setter is null || !HasExplicitAccessibility(setter) ? null : AccessibilityText(setter.DeclaredAccessibility));
    }

    /// <summary>The accessibility keywords of <paramref name="accessibility"/>.</summary>
    public static string AccessibilityText(Accessibility accessibility) => accessibility switch
    {
        Accessibility.Public => "public",
        Accessibility.Internal => "internal",
        Accessibility.Protected => "protected",
        Accessibility.ProtectedOrInternal => "protected internal",
        Accessibility.ProtectedAndInternal => "private protected",
        _ => "private",
    };

    /// <summary>An accessibility keyword: the generated part must repeat exactly those written.</summary>
    public static bool IsAccessibilityKeyword(SyntaxToken token)
        => token.Kind() is SyntaxKind.PublicKeyword or SyntaxKind.PrivateKeyword or SyntaxKind.ProtectedKeyword
            or SyntaxKind.InternalKeyword or SyntaxKind.FileKeyword;

    private static bool HasExplicitAccessibility(ISymbol symbol)
        => symbol.DeclaringSyntaxReferences.Any(r => r.GetSyntax() switch
        {
            MemberDeclarationSyntax member => member.Modifiers.Any(IsAccessibilityKeyword),
            AccessorDeclarationSyntax accessor => accessor.Modifiers.Any(IsAccessibilityKeyword),
            _ => false,
        });

    /// <summary>The generator writes the body of a partial property that has none yet, and nothing else.</summary>
    private static bool IsImplementablePartial(IPropertySymbol property)
        => property.IsPartialDefinition && property.PartialImplementationPart is null
           && !property.IsStatic && !property.IsIndexer && !property.IsAbstract && !property.IsVirtual && !property.IsOverride
           && property.GetMethod is not null && property.RefKind == RefKind.None;

    /// <summary>The generator declares an interface's key property in the schema: an instance property with a getter, by value.</summary>
    private static bool IsImplementableInterfaceProperty(IPropertySymbol property)
        => property.IsAbstract && !property.IsStatic && !property.IsIndexer && property.GetMethod is not null
           && property.RefKind == RefKind.None
           && property.SetMethod is null or { DeclaredAccessibility: Accessibility.Public or Accessibility.NotApplicable };
}
