using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SchemaGen.Generator.Parsing;

/// <summary>
/// Finds an attribute by its full metadata name (<see cref="ContractNames"/>) without building a
/// display string for every attribute of every member: the name and each enclosing namespace are
/// compared in place, from the inside out. Same answer as <c>AttributeClass.ToDisplayString() ==
/// name</c> for the non-generic, non-nested attribute types the names denote.
/// </summary>
internal static class AttributeNames
{
    /// <summary>The first of <paramref name="attributes"/> whose class is <paramref name="fullName"/>, or null.</summary>
    public static AttributeData? Find(ImmutableArray<AttributeData> attributes, string fullName)
    {
        foreach (var attribute in attributes)
        {
            if (Is(attribute.AttributeClass, fullName))
            {
                return attribute;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="type"/> is the non-generic top-level type <paramref name="fullName"/>.</summary>
    public static bool Is(INamedTypeSymbol? type, string fullName)
    {
        if (type is null || type.IsGenericType || type.ContainingType is not null)
        {
            return false;
        }

        int end = fullName.Length;
        if (!EndsWithSegment(fullName, ref end, type.Name))
        {
            return false;
        }

        for (var ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            if (!EndsWithSegment(fullName, ref end, ns.Name))
            {
                return false;
            }
        }

        return end == 0;
    }

    // Whether fullName[..end] ends with the segment (after a dot, or at the start); moves end before it and its dot.
    private static bool EndsWithSegment(string fullName, ref int end, string segment)
    {
        int start = end - segment.Length;
        if (start < 0 || string.CompareOrdinal(fullName, start, segment, 0, segment.Length) != 0)
        {
            return false;
        }

        if (start == 0)
        {
            end = 0;
            return true;
        }

        if (fullName[start - 1] != '.')
        {
            return false;
        }

        end = start - 1;
        return true;
    }
}
