using System.Collections.Generic;
using System.Linq;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Emitting;

/// <summary>
/// The format line PVE prints for a schema (<c>schema_get_type_text</c>) and the order in which
/// keys are printed: the default key first, then required keys, then the rest, each group
/// sorted by key name.
/// </summary>
internal static class Synopsis
{
    public static IReadOnlyList<KeyModel> PrintOrder(SchemaModel model)
        => model.Keys.Where(k => k.IsDefaultKey)
            .Concat(model.Keys.Where(k => !k.IsDefaultKey && k.IsRequired).OrderBy(k => k.Name, System.StringComparer.Ordinal))
            .Concat(model.Keys.Where(k => !k.IsDefaultKey && !k.IsRequired).OrderBy(k => k.Name, System.StringComparer.Ordinal))
            .ToList();

    public static string Of(SchemaModel model)
    {
        var items = new List<string>();
        foreach (var key in PrintOrder(model))
        {
            var comma = items.Count == 0 ? "" : ",";
            var value = "<" + DescriptionOf(key) + ">";
            items.Add(key.IsDefaultKey ? "[" + key.Name + "=]" + value
                : key.IsRequired ? comma + key.Name + "=" + value
                : "[" + comma + key.Name + "=" + value + "]");
        }

        return string.Join(" ", items);
    }

    private static string DescriptionOf(KeyModel key)
    {
        if (key.FormatDescription is not null)
        {
            return key.FormatDescription;
        }

        return key.Kind switch
        {
            MemberKind.Boolean => "1|0",
            MemberKind.Integer => "integer",
            MemberKind.Number => "number",
            MemberKind.Enum when key.EnumValues.Count <= 3 => string.Join("|", key.EnumValues.Select(v => v.Text)),
            MemberKind.Enum => "enum",
            _ => "string",
        };
    }
}
