using System.Linq;
using Microsoft.CodeAnalysis;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// SchemaGen's attribute types in one compilation, resolved once in a compilation-start action.
/// A compilation that does not reference SchemaGen.Runtime has none, and the analyzers then
/// register nothing for it.
/// </summary>
internal sealed class SchemaSymbols
{
    private SchemaSymbols(INamedTypeSymbol propertyString, INamedTypeSymbol key, INamedTypeSymbol enumValue)
    {
        PropertyStringAttribute = propertyString;
        KeyAttribute = key;
        EnumValueAttribute = enumValue;
    }

    public INamedTypeSymbol PropertyStringAttribute { get; }

    public INamedTypeSymbol KeyAttribute { get; }

    public INamedTypeSymbol EnumValueAttribute { get; }

    public static SchemaSymbols? Resolve(Compilation compilation)
    {
        var propertyString = compilation.GetTypeByMetadataName(ContractNames.PropertyStringAttribute);
        var key = compilation.GetTypeByMetadataName(ContractNames.KeyAttribute);
        var enumValue = compilation.GetTypeByMetadataName(ContractNames.EnumValueAttribute);
        return propertyString is null || key is null || enumValue is null ? null : new SchemaSymbols(propertyString, key, enumValue);
    }

    /// <summary>The type's <c>[PropertyString]</c>, or null when it has none.</summary>
    public AttributeData? PropertyStringOf(ISymbol symbol) => Find(symbol, PropertyStringAttribute);

    /// <summary>The property's <c>[Key]</c>, or null when it has none.</summary>
    public AttributeData? KeyOf(ISymbol symbol) => Find(symbol, KeyAttribute);

    /// <summary>The enum member's <c>[EnumValue]</c>, or null when it has none.</summary>
    public AttributeData? EnumValueOf(ISymbol symbol) => Find(symbol, EnumValueAttribute);

    private static AttributeData? Find(ISymbol symbol, INamedTypeSymbol attribute)
        => symbol.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute));
}
