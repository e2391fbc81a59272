using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SchemaGen.Generator.Parsing;

/// <summary>
/// The <c>[Key]</c> properties of a schema type: its own, then those of the interfaces it implements (a key set several schemas
/// share, as qemu-server's drives share <c>%drivedesc_base</c>), which the generated code declares. The one list the generator,
/// the fallback and the analyzers read, so that all see the same keys.
/// </summary>
internal static class KeyProperties
{
    /// <summary>One key property and its attribute.</summary>
    /// <param name="Property">The property: the type's own, or an interface's.</param>
    /// <param name="Key">Its <c>[Key]</c>.</param>
    /// <param name="FromInterface">Whether an interface declares it.</param>
    public readonly record struct KeyProperty(IPropertySymbol Property, AttributeData Key, bool FromInterface);

    /// <summary>
    /// The key properties of <paramref name="type"/>. An interface's key counts unless the type implements it with a property of
    /// its own that is a key itself, or, before generation (<paramref name="beforeGeneration"/>), with any property of its own:
    /// then the type has written it, and the generated code must not. After generation the generated property implements it and
    /// carries no <c>[Key]</c>, so it still counts. An interface key two interfaces declare counts once.
    /// </summary>
    public static IEnumerable<KeyProperty> Of(INamedTypeSymbol type, bool beforeGeneration)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var property in type.GetMembers().OfType<IPropertySymbol>())
        {
            if (AttributeNames.Find(property.GetAttributes(), ContractNames.KeyAttribute) is { } key)
            {
                names.Add(property.Name);
                yield return new KeyProperty(property, key, FromInterface: false);
            }
        }

        foreach (var contract in type.AllInterfaces)
        {
            foreach (var property in contract.GetMembers().OfType<IPropertySymbol>())
            {
                if (property.IsStatic || AttributeNames.Find(property.GetAttributes(), ContractNames.KeyAttribute) is not { } key
                    || names.Contains(property.Name))
                {
                    continue;
                }

                var implementation = type.FindImplementationForInterfaceMember(property);
                if (implementation is not null && (beforeGeneration || !SymbolEqualityComparer.Default.Equals(implementation.ContainingType,
                    type)))
                {
                    continue;
                }

                names.Add(property.Name);
                yield return new KeyProperty(property, key, FromInterface: true);
            }
        }
    }
}
