using Microsoft.CodeAnalysis;

namespace SchemaGen.Generator.Analyzers;

/// <summary>How diagnostics name types and members: short, with containing types (<c>Outer.Inner</c>), as a reader finds them.</summary>
internal static class DisplayNames
{
    private static readonly SymbolDisplayFormat TypeFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes
            | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static string Of(ITypeSymbol type) => type.ToDisplayString(TypeFormat);
}
