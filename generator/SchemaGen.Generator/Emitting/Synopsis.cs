using System.Linq;
using System.Text;
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
        // One builder, not a string per piece: every generated file writes its synopsis.
        var text = new StringBuilder(16 * model.Keys.Count);
        foreach (var key in model.PrintOrder)
        {
            text.Append(text.Length == 0 ? "" : " ").Append(key.IsRequired ? "" : "[");
            if (key.IsDefaultKey)
            {
                text.Append('[').Append(key.Name).Append("=]");
            }
            else
            {
                text.Append(text.Length <= 1 ? "" : ",").Append(key.Name).Append('=');
            }

            AppendValueText(text, key);
            text.Append(key.IsRequired ? "" : "]");
        }

        foreach (var key in model.Keys.Where(k => k.ValuesAreKeysFor is not null).OrderBy(k => k.Name, System.StringComparer.Ordinal))
        {
            text.Append(text.Length == 0 ? "[" : " [,").Append('<').Append(key.Name)
                .Append(">=<").Append(key.ValuesAreKeysFor).Append(">]");
        }

        return text.ToString();
    }

    /// <summary>The format description in angle brackets, else the type text as written, else what the type says.</summary>
    private static void AppendValueText(StringBuilder text, KeyModel key)
    {
        if (key.FormatDescription is not null)
        {
            text.Append('<').Append(key.FormatDescription).Append('>');
            return;
        }

        if (key.TypeText is not null)
        {
            text.Append(key.TypeText);
            return;
        }

        text.Append('<');
        switch (key.Kind)
        {
            case ValueKind.Enum when key.EnumValues.Count <= 3:
                for (int i = 0; i < key.EnumValues.Count; i++)
                {
                    text.Append(i == 0 ? "" : "|").Append(key.EnumValues[i].Text);
                }

                break;
            default:
                text.Append(key.Kind switch
                {
                    ValueKind.Boolean => "1|0",
                    ValueKind.Integer => "integer",
                    ValueKind.Number => "number",
                    ValueKind.Enum => "enum",
                    _ => "string",
                });
                break;
        }

        text.Append('>');
    }
}
