using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SchemaGen.Generator.Parsing.FromSyntax;

/// <summary>
/// Reads <see cref="KeyPropertyFacts"/> from a key property's declaration, the one declaration of its name in the type, so that the
/// generator needs no symbol of it: asking the type for one builds all of its members. It reads the form a key property is written
/// in, <c>[public] [required] partial T Name { get; init; }</c>, and returns null for any other (other modifiers, bodies, an
/// initializer, a type it does not resolve for certain): the generator then reads the symbol, which answers the same for what this
/// reads.
/// </summary>
internal static class PropertyDeclarationReader
{
    public static KeyPropertyFacts? Read(PropertyDeclarationSyntax declaration, ScopeLookup scope)
    {
        if (declaration.ExplicitInterfaceSpecifier is not null || declaration.ExpressionBody is not null
            || declaration.Initializer is not null || declaration.AccessorList is not { } accessors
            || !declaration.Modifiers.Any(SyntaxKind.PartialKeyword)
            || !OnlyAccessibilityAnd(declaration.Modifiers, SyntaxKind.PartialKeyword, SyntaxKind.RequiredKeyword)
            || AccessibilityText(declaration.Modifiers) is not { } accessibility)
        {
            return null;
        }

        // A definition: accessors without bodies, one getter, at most one setter.
        int getters = 0;
        AccessorDeclarationSyntax? setter = null;
        foreach (var accessor in accessors.Accessors)
        {
            if (accessor.Body is not null || accessor.ExpressionBody is not null
                || !OnlyAccessibilityAnd(accessor.Modifiers, SyntaxKind.None, SyntaxKind.None))
            {
                return null;
            }

            switch (accessor.Kind())
            {
                case SyntaxKind.GetAccessorDeclaration:
                    getters++;
                    break;
                case SyntaxKind.SetAccessorDeclaration or SyntaxKind.InitAccessorDeclaration when setter is null:
                    setter = accessor;
                    break;
                default:
                    return null;
            }
        }

        string? setterAccessibility = null;
        if (getters != 1 || scope.Type(declaration.Type) is not { } type
            || (setter is not null && setter.Modifiers.Count > 0
                && (setterAccessibility = AccessibilityText(setter.Modifiers)) is null))
        {
            return null;
        }

        return new KeyPropertyFacts(
            declaration.Identifier.ValueText,
            type,
            isImplementable: true,
            declaration.Modifiers.Any(SyntaxKind.RequiredKeyword),
            setter is null ? "" : setter.IsKind(SyntaxKind.InitAccessorDeclaration) ? "init" : "set",
            accessibility,
            setterAccessibility);
    }

    // Whether every keyword is an accessibility keyword or one of the two others (SyntaxKind.None for none). A loop over the
    // list, which LINQ would box, for every key property of every schema.
    private static bool OnlyAccessibilityAnd(SyntaxTokenList modifiers, SyntaxKind other, SyntaxKind another)
    {
        foreach (var modifier in modifiers)
        {
            if (!KeyPropertyFacts.IsAccessibilityKeyword(modifier) && !modifier.IsKind(other) && !modifier.IsKind(another))
            {
                return false;
            }
        }

        return true;
    }

    // The accessibility the keywords written declare, as the symbol's would print; empty for none, null for a set the compiler
    // refuses.
    private static string? AccessibilityText(SyntaxTokenList modifiers)
    {
        int count = 0;
        SyntaxKind first = SyntaxKind.None;
        bool isProtected = false, isInternal = false, isPrivate = false;
        foreach (var modifier in modifiers)
        {
            if (KeyPropertyFacts.IsAccessibilityKeyword(modifier))
            {
                first = count++ == 0 ? modifier.Kind() : first;
                isProtected |= modifier.IsKind(SyntaxKind.ProtectedKeyword);
                isInternal |= modifier.IsKind(SyntaxKind.InternalKeyword);
                isPrivate |= modifier.IsKind(SyntaxKind.PrivateKeyword);
            }
        }

        return count switch
        {
            0 => "",
            1 => first switch
            {
                SyntaxKind.PublicKeyword => KeyPropertyFacts.AccessibilityText(Accessibility.Public),
                SyntaxKind.InternalKeyword => KeyPropertyFacts.AccessibilityText(Accessibility.Internal),
                SyntaxKind.ProtectedKeyword => KeyPropertyFacts.AccessibilityText(Accessibility.Protected),
                SyntaxKind.PrivateKeyword => KeyPropertyFacts.AccessibilityText(Accessibility.Private),
                _ => null,
            },
            2 when isProtected && isInternal => KeyPropertyFacts.AccessibilityText(Accessibility.ProtectedOrInternal),
            2 when isProtected && isPrivate => KeyPropertyFacts.AccessibilityText(Accessibility.ProtectedAndInternal),
            _ => null,
        };
    }
}
