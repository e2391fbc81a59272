using System.Collections.Generic;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Parsing;

/// <summary>
/// The rules for keys that name other keys (<c>ValuesAreKeysFor</c>, <c>Requires</c>), each returning
/// why it is broken (null when it is not): the generator reads a reason as "cannot generate", the
/// analyzers put it in their message.
/// </summary>
internal static class KeyRelationRules
{
    /// <summary>Why <c>ValuesAreKeysFor = target</c> cannot stand on the key <paramref name="self"/> of kind <paramref
    /// name="kind"/>.</summary>
    /// <param name="self">The key that carries the argument.</param>
    /// <param name="kind">Its kind.</param>
    /// <param name="target">The key it names.</param>
    /// <param name="kinds">Every key of the schema by name, with its kind.</param>
    public static string? ProblemWithValuesAreKeysFor(string self, ValueKind kind, string target, IReadOnlyDictionary<string,
        ValueKind> kinds)
    {
        if (kind != ValueKind.Enum)
        {
            return "only the values of an enum key can be keys";
        }

        if (target == self)
        {
            return "a key's values cannot be keys for the key itself";
        }

        if (!kinds.TryGetValue(target, out var targetKind))
        {
            return "'" + target + "' names no key of the schema";
        }

        // The parser hands the text after each value-as-key to the target as it stands (a MAC address for 'macaddr').
        return targetKind == ValueKind.String
            ? null
            : "'" + target + "' is " + KindText(targetKind) + " key, and the key that takes the text after each value must be a string key";
    }

    private static string KindText(ValueKind kind) => kind switch
    {
        ValueKind.Boolean => "a boolean",
        ValueKind.Integer => "an integer",
        ValueKind.Number => "a number",
        ValueKind.Enum => "an enum",
        _ => "a " + kind.ToString().ToLowerInvariant(),
    };

    /// <summary>Why <c>Requires = target</c> cannot stand on the key <paramref name="self"/>.</summary>
    public static string? ProblemWithRequires(string self, string target, IReadOnlyDictionary<string, ValueKind> kinds)
    {
        if (target == self)
        {
            return "a key cannot require itself";
        }

        return kinds.ContainsKey(target) ? null : "'" + target + "' names no key of the schema";
    }

    /// <summary>Every name a key answers to when parsing: its name, its aliases, and, for a <c>ValuesAreKeysFor</c> key, its
    /// values.</summary>
    public static IEnumerable<string> NamesOf(KeyModel key)
    {
        // By index: an iterator cannot keep a span's enumerator across its yields.
        yield return key.Name;
        for (int i = 0; i < key.Aliases.Count; i++)
        {
            yield return key.Aliases[i];
        }

        if (key.ValuesAreKeysFor is not null)
        {
            for (int i = 0; i < key.EnumValues.Count; i++)
            {
                yield return key.EnumValues[i].Text;
            }
        }
    }
}
