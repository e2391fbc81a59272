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
    /// The key properties of <paramref name="type"/>. An interface's key counts unless the type implements it with a property it
    /// wrote itself: a key of its own (which wins), or a property that is not a key at all. The property SchemaGen generates for
    /// it (once the generated code is in the compilation, as the analyzers see it) is no such property. An interface key two
    /// interfaces declare counts once.
    /// </summary>
    public static IEnumerable<KeyProperty> Of(INamedTypeSymbol type)
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

        foreach (var key in OfInterfaces(type, names))
        {
            yield return key;
        }
    }

    /// <summary>
    /// The keys <paramref name="type"/> takes from its interfaces, after its own keys, whose names <paramref name="names"/> holds
    /// (and to which each interface key that counts is added).
    /// </summary>
    public static IEnumerable<KeyProperty> OfInterfaces(INamedTypeSymbol type, HashSet<string> names)
    {
        foreach (var contract in type.AllInterfaces)
        {
            foreach (var property in contract.GetMembers().OfType<IPropertySymbol>())
            {
                if (property.IsStatic || AttributeNames.Find(property.GetAttributes(), ContractNames.KeyAttribute) is not { } key
                    || names.Contains(property.Name))
                {
                    continue;
                }

                if (type.FindImplementationForInterfaceMember(property) is { } implementation && !IsGenerated(implementation))
                {
                    continue;
                }

                names.Add(property.Name);
                yield return new KeyProperty(property, key, FromInterface: true);
            }
        }
    }

    private static bool IsGenerated(ISymbol member)
        => AttributeNames.Find(member.GetAttributes(), ContractNames.GeneratedCodeAttribute) is { } generated
           && generated.ConstructorArguments.Length > 0
           && generated.ConstructorArguments[0].Value as string == ContractNames.GeneratorName;
}
