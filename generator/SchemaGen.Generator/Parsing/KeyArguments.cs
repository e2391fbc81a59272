using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SchemaGen.Generator.Parsing;

/// <summary>
/// What <see cref="KeyParser"/> reads of a key property's attributes: its <c>[Key]</c>'s constructor and named arguments and its
/// <c>[Description]</c> text. Built from the bound attributes (<see cref="Of"/>), or by <see cref="FromSyntax.SyntacticKeyReader"/>
/// from the constants written in them, which spares Roslyn binding the attributes again on every edit.
/// </summary>
internal sealed class KeyArguments
{
    public KeyArguments(ImmutableArray<ArgumentValue> constructor, Dictionary<string, ArgumentValue> named, string? description)
    {
        Constructor = constructor;
        Named = named;
        Description = description;
    }

    /// <summary>The constructor's arguments: the key's name, if it is one string.</summary>
    public ImmutableArray<ArgumentValue> Constructor { get; }

    /// <summary>The named arguments written, by name.</summary>
    public Dictionary<string, ArgumentValue> Named { get; }

    /// <summary>The property's <c>[Description]</c> text, if it has one.</summary>
    public string? Description { get; }

    /// <summary>The key's name: its one constructor argument, if that is a string.</summary>
    public string? Name => Constructor.Length == 1 ? Constructor[0].Value as string : null;

    /// <summary>The arguments of a bound <c>[Key]</c> <paramref name="key"/> on <paramref name="property"/>.</summary>
    public static KeyArguments Of(IPropertySymbol property, AttributeData key)
        => new(
            key.ConstructorArguments.Select(ArgumentValue.Of).ToImmutableArray(),
            key.NamedArguments.ToDictionary(a => a.Key, a => ArgumentValue.Of(a.Value)),
            AttributeNames.Find(property.GetAttributes(), ContractNames.DescriptionAttribute)
                ?.ConstructorArguments.FirstOrDefault().Value as string);
}
