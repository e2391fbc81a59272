using System.Collections.Generic;
using System.Linq;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Emitting;

/// <summary>
/// The format line PVE prints for a schema (pve-common's <c>generate_typetext</c>): the keys in
/// <see cref="SchemaModel.PrintOrder"/>, an optional one in brackets, the default key as
/// <c>[key=]&lt;value&gt;</c>, and last, for keys whose values are keys (PVE's <c>keyAlias</c>),
/// <c>[,&lt;model&gt;=&lt;macaddr&gt;]</c>.
/// </summary>
internal static class Synopsis
{
    public static string Of(SchemaModel model)
    {
        var items = new List<string>();
        foreach (var key in model.PrintOrder)
        {
            var comma = items.Count == 0 ? "" : ",";
            var value = ValueText(key);
            var text = key.IsDefaultKey ? "[" + key.Name + "=]" + value : comma + key.Name + "=" + value;
            items.Add(key.IsRequired ? text : "[" + text + "]");
        }

        foreach (var key in model.Keys.Where(k => k.ValuesAreKeysFor is not null).OrderBy(k => k.Name, System.StringComparer.Ordinal))
        {
            items.Add("[" + (items.Count == 0 ? "" : ",") + "<" + key.Name + ">=<" + key.ValuesAreKeysFor + ">]");
        }

        return string.Join(" ", items);
    }

    /// <summary>The format description in angle brackets, else the type text as written, else what the type says.</summary>
    private static string ValueText(KeyModel key)
    {
        if (key.FormatDescription is not null)
        {
            return "<" + key.FormatDescription + ">";
        }

        if (key.TypeText is not null)
        {
            return key.TypeText;
        }

        return "<" + key.Kind switch
        {
            ValueKind.Boolean => "1|0",
            ValueKind.Integer => "integer",
            ValueKind.Number => "number",
            ValueKind.Enum when key.EnumValues.Count <= 3 => string.Join("|", key.EnumValues.Select(v => v.Text)),
            ValueKind.Enum => "enum",
            _ => "string",
        } + ">";
    }
}
