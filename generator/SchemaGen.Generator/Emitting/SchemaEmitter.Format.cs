using System.Linq;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Emitting;

internal static partial class SchemaEmitter
{
    /// <summary>The printer: PVE's print_property_string, into a caller's buffer, as UTF-16 or UTF-8.</summary>
    private static void EmitFormatting(SourceWriter w, SchemaModel model)
    {
        w.Line("/// <summary>Writes the canonical property string; false when <paramref name=\"destination\"/> is too small.</summary>");
        w.Line("public bool TryFormat(global::System.Span<char> destination, out int charsWritten)");
        w.Line("    => TryFormatCore(destination, out charsWritten);");
        w.Line();
        w.Line("/// <summary>Writes the canonical property string as UTF-8; false when <paramref name=\"utf8Destination\"/> is too " +
            "small.</summary>");
        w.Line("public bool TryFormat(global::System.Span<byte> utf8Destination, out int bytesWritten)");
        w.Line("    => TryFormatCore(utf8Destination, out bytesWritten);");
        w.Line();
        w.Line("/// <inheritdoc cref=\"global::System.ISpanFormattable.TryFormat\"/>");
        w.Line($"public bool TryFormat(global::System.Span<char> destination, out int charsWritten, {Span}<char> format, {Provider} " +
            "provider)");
        w.Line("    => TryFormatCore(destination, out charsWritten);");
        w.Line();
        w.Line("/// <inheritdoc cref=\"global::System.IUtf8SpanFormattable.TryFormat\"/>");
        w.Line($"public bool TryFormat(global::System.Span<byte> utf8Destination, out int bytesWritten, {Span}<char> format, {Provider} " +
            "provider)");
        w.Line("    => TryFormatCore(utf8Destination, out bytesWritten);");
        w.Line();
        w.Line("/// <summary>The canonical property string: the default key bare, then the required keys, then the rest, each by " +
            "name.</summary>");
        w.Line($"public override string ToString() => {Naming.Runtime}PropertyStringFormatting.ToString(this);");
        w.Line();
        w.Line("/// <inheritdoc cref=\"ToString()\"/>");
        w.Line($"public string ToString(string? format, {Provider} formatProvider) => ToString();");
        w.Line();

        w.Line("private bool TryFormatCore<TChar>(global::System.Span<TChar> destination, out int written)");
        w.Open($"    {Naming.CharConstraint}");
        w.Line($"var writer = new {Naming.Runtime}PropertyStringWriter<TChar>(destination);");
        w.Line("bool ok = true;");
        foreach (var key in model.PrintOrder)
        {
            var field = FieldValue(key);
            var writeValue = WriteValue(key, field);
            var given = $"({Naming.PresenceField} & {Naming.Bit(key)}) != 0";
            var aliasing = model.KeyAliasFor(key);
            if (aliasing is not null)
            {
                // Printed as '<value of {aliasing.Name}>=<value>' with that key, below, when it is given.
                given += $" && ({Naming.PresenceField} & {Naming.Bit(aliasing)}) == 0";
            }

            w.Open($"if ({given})");
            if (key.ValuesAreKeysFor is not null)
            {
                var target = model.KeyNamed(key.ValuesAreKeysFor);
                w.Open($"if (({Naming.PresenceField} & {Naming.Bit(target)}) != 0)");
                w.Line($"// PVE's keyAlias: the value is the key, '{target.Name}' its value.");
                var targetValue = WriteValue(target, FieldValue(target));
                w.Line($"ok = ok && writer.Separator() && writer.Key({Naming.TextOfMethod(key)}({field})) && {targetValue};");
                w.Close();
                w.Open("else");
                EmitWriteKey(w, key, field, writeValue);
                w.Close();
            }
            else
            {
                EmitWriteKey(w, key, field, writeValue);
            }

            w.Close();
        }

        w.Line();
        w.Line("written = ok ? writer.Written : 0;");
        w.Line("return ok;");
        w.Close();
        w.Line();

        foreach (var key in model.Keys.Where(k => k.Kind == MemberKind.Enum))
        {
            w.Line($"private static string {Naming.TextOfMethod(key)}({key.TypeName} value) => value switch");
            w.Line("{");
            foreach (var enumValue in key.EnumValues)
            {
                w.Line($"    {key.TypeName}.{enumValue.MemberName} => {Naming.Literal(enumValue.Text)},");
            }

            w.Line("    // Not a member: printed as its number, which TryValidate and the parser refuse.");
            w.Line("    _ => value.ToString(),");
            w.Line("};");
            w.Line();
        }
    }

    private static void EmitWriteKey(SourceWriter w, KeyModel key, string field, string writeValue)
    {
        if (key.IsDefaultKey && key.Kind == MemberKind.String)
        {
            w.Line("// Bare, unless it would read back as key=value or be skipped as blank.");
            var bare = $"{Naming.Runtime}PropertyStringFormatting.CanWriteBare({field})";
            w.Line($"ok = ok && writer.Separator() && ({bare} || writer.Key({Naming.Literal(key.Name)})) && {writeValue};");
        }
        else if (key.IsDefaultKey)
        {
            w.Line("// The default key, bare.");
            w.Line($"ok = ok && writer.Separator() && {writeValue};");
        }
        else
        {
            w.Line($"ok = ok && writer.Separator() && writer.Key({Naming.Literal(key.Name)}) && {writeValue};");
        }
    }

    /// <summary>The field as a value of the key's type (a nullable one unwrapped: it is read only when given).</summary>
    private static string FieldValue(KeyModel key)
        => Naming.Field(key) + (key.IsNullable && key.Kind != MemberKind.String ? ".GetValueOrDefault()" : key.Kind == MemberKind.String
            ? "!" : "");

    private static string WriteValue(KeyModel key, string field) => key.Kind switch
    {
        MemberKind.Integer when key.HoldsBytes => $"writer.DiskSize((long){field})",
        MemberKind.Boolean => $"writer.Boolean({field})",
        MemberKind.Integer => $"writer.Integer({field})",
        MemberKind.Number => $"writer.Number({field})",
        MemberKind.Enum => $"writer.Text({Naming.TextOfMethod(key)}({field}))",
        _ => $"writer.Text({field})",
    };
}
