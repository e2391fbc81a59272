using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Emitting;

internal static partial class SchemaEmitter
{
    /// <summary>The printer: PVE's print_property_string, into a caller's buffer, as UTF-16 or UTF-8.</summary>
    private static void EmitFormatting(SourceWriter w, SchemaModel model)
    {
        w.Line(InheritDoc);
        w.Line(CodeNames.GeneratedCode);
        w.Line("public bool TryFormat(global::System.Span<char> destination, out int charsWritten)");
        w.Line("    => TryFormatCore__(destination, out charsWritten);");
        w.Line();
        w.Line(InheritDoc);
        w.Line(CodeNames.GeneratedCode);
        w.Line("public bool TryFormat(global::System.Span<byte> utf8Destination, out int bytesWritten)");
        w.Line("    => TryFormatCore__(utf8Destination, out bytesWritten);");
        w.Line();
        w.Line(InheritDoc);
        w.Line(CodeNames.GeneratedCode);
        w.Line($"public bool TryFormat(global::System.Span<char> destination, out int charsWritten, {Span}<char> format, {Provider} " +
            "provider)");
        w.Line("    => TryFormatCore__(destination, out charsWritten);");
        w.Line();
        w.Line(InheritDoc);
        w.Line(CodeNames.GeneratedCode);
        w.Line($"public bool TryFormat(global::System.Span<byte> utf8Destination, out int bytesWritten, {Span}<char> format, {Provider} " +
            "provider)");
        w.Line("    => TryFormatCore__(utf8Destination, out bytesWritten);");
        w.Line();
        w.Line("/// <summary>The canonical property string: the default key bare, then the required keys, then the rest, each by " +
            "name.</summary>");
        w.Line(CodeNames.GeneratedCode);
        w.Line($"public override string ToString() => {CodeNames.Runtime}PropertyStringFormatting.ToString(this);");
        w.Line();
        w.Line("/// <inheritdoc cref=\"ToString()\"/>");
        w.Line(CodeNames.GeneratedCode);
        w.Line($"public string ToString(string? format, {Provider} formatProvider) => ToString();");
        w.Line();

        var groups = PrintGroups(model);
        w.Line("// A method of its own, never inlined: the JIT's inlining budget is counted from the method it compiles, and");
        w.Line("// a caller as small as TryFormat would spend it before the writer's calls below are inlined.");
        w.Line(CodeNames.GeneratedCode);
        w.Line(CodeNames.NoInlining);
        w.Line("private bool TryFormatCore__<TChar>(global::System.Span<TChar> destination, out int written)");
        w.Open($"    {CodeNames.CharConstraint}");
        w.Line($"var writer = new {CodeNames.Runtime}PropertyStringWriter<TChar>(destination);");
        if (groups.Count == 1)
        {
            w.Line("bool ok = true;");
            EmitWriteKeys(w, model, groups[0]);
            w.Line();
        }
        else
        {
            w.Line($"// The keys in groups of at most {KeysPerPrintGroup}, each written by a method of its own: one method " +
                "writing them all");
            w.Line("// would pass the JIT's limit on the locals that inlined calls bring, and the writer's calls would stay calls.");
            var calls = Enumerable.Range(0, groups.Count).Select(i => CodeNames.PrintGroupMethod(i) + "(ref writer)");
            w.Line($"bool ok = {string.Join(" && ", calls)};");
        }

        w.Line("written = ok ? writer.Written : 0;");
        w.Line("return ok;");
        w.Close();
        w.Line();

        for (int i = 0; groups.Count > 1 && i < groups.Count; i++)
        {
            var group = groups[i];
            w.Line($"// Keys '{group[0].Name}' to '{group[group.Count - 1].Name}' in print order (see TryFormatCore__).");
            w.Line(CodeNames.GeneratedCode);
            w.Line(CodeNames.NoInlining);
            w.Line($"private bool {CodeNames.PrintGroupMethod(i)}<TChar>(ref {CodeNames.Runtime}PropertyStringWriter<TChar> writer)");
            w.Open($"    {CodeNames.CharConstraint}");
            w.Open($"if (({CodeNames.PresenceField} & ({string.Join(" | ", group.Select(CodeNames.Bit))})) == 0)");
            w.Line("return true;");
            w.Close();
            w.Line();
            w.Line("bool ok = true;");
            EmitWriteKeys(w, model, group);
            w.Line();
            w.Line("return ok;");
            w.Close();
            w.Line();
        }

        foreach (var key in model.Keys.Where(k => k.Kind == ValueKind.Enum))
        {
            // A switch of literal copies: each arm's length is a constant, so the JIT writes the text in a move or two. A
            // short one in line where the printer is one method, so that it never passes its writer by reference and keeps it
            // in registers; a long one, or one in a group of a schema of many keys, made the printer slower in line than called.
            bool inLine = key.EnumValues.Count <= InLineEnumValues && model.PrintOrder.Count <= KeysPerPrintGroup;
            w.Line("// The value's text, copied from its literal (a \"...\"u8 one when the output is UTF-8)" + (inLine ? ";" : "."));
            if (inLine)
            {
                w.Line("// in line, so that the printer's writer stays in registers.");
            }

            w.Line(CodeNames.GeneratedCode);
            if (inLine)
            {
                w.Line(CodeNames.AggressiveInlining);
            }

            w.Line($"private static bool {CodeNames.WriteMethod(key)}<TChar>(ref {CodeNames.Runtime}PropertyStringWriter<TChar> writer, " +
                $"{key.TypeName} value)");
            w.Line($"    {CodeNames.CharConstraint}");
            w.Line("    => value switch");
            w.Line("    {");
            foreach (var enumValue in key.EnumValues)
            {
                w.Line($"        {key.TypeName}.{enumValue.MemberName} => writer.Text({CodeNames.Literal(enumValue.Text)}, " +
                    $"{CodeNames.Utf8Literal(enumValue.Text)}),");
            }

            w.Line("        // Not a member: printed as its number, which TryValidate and the parser refuse.");
            w.Line("        _ => writer.Text(value.ToString()),");
            w.Line("    };");
            w.Line();
        }
    }

    // The most values an enum key may have for its printing switch to be in line (amd-sev's type has three, net's model 14).
    private const int InLineEnumValues = 4;

    // The most keys one printing method writes: in scsi's single method (45 keys) the JIT's limit on the locals
    // of inlined calls was reached after 22, so 16 leaves room.
    private const int KeysPerPrintGroup = 16;

    /// <summary>The keys in print order, in as few groups of at most <see cref="KeysPerPrintGroup"/> as will do, alike in size.</summary>
    private static List<List<KeyModel>> PrintGroups(SchemaModel model)
    {
        var keys = model.PrintOrder;
        int groupCount = Math.Max(1, (keys.Count + KeysPerPrintGroup - 1) / KeysPerPrintGroup);
        int groupSize = Math.Max(1, (keys.Count + groupCount - 1) / groupCount);
        var groups = new List<List<KeyModel>>(groupCount);
        foreach (var key in keys)
        {
            if (groups.Count == 0 || groups[groups.Count - 1].Count == groupSize)
            {
                groups.Add(new List<KeyModel>(groupSize));
            }

            groups[groups.Count - 1].Add(key);
        }

        if (groups.Count == 0)
        {
            groups.Add(new List<KeyModel>());
        }

        return groups;
    }

    /// <summary>Each key's write, when it is given, in print order.</summary>
    private static void EmitWriteKeys(SourceWriter w, SchemaModel model, List<KeyModel> keys)
    {
        foreach (var key in keys)
        {
            var field = new FieldValue(key);
            var writeValue = new WriteValue(key);
            w.Append($"if (({CodeNames.PresenceField} & {CodeNames.Bit(key)}) != 0");
            var aliasing = model.KeyAliasFor(key);
            if (aliasing is not null)
            {
                // Printed as '<value of {aliasing.Name}>=<value>' with that key, below, when it is given.
                w.Append($" && ({CodeNames.PresenceField} & {CodeNames.Bit(aliasing)}) == 0");
            }

            w.Open($")");
            if (key.ValuesAreKeysFor is not null)
            {
                var target = model.KeyNamed(key.ValuesAreKeysFor);
                w.Open($"if (({CodeNames.PresenceField} & {CodeNames.Bit(target)}) != 0)");
                w.Line($"// PVE's keyAlias: the value is the key, '{target.Name}' its value.");
                var targetValue = new WriteValue(target);
                w.Line($"ok = ok && writer.Separator() && {CodeNames.WriteMethod(key)}(ref writer, {field}) && writer.EqualsSign() " +
                    $"&& {targetValue};");
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
    }

    private static void EmitWriteKey(SourceWriter w, KeyModel key, FieldValue field, WriteValue writeValue)
    {
        if (key.IsDefaultKey && key.Kind == ValueKind.String)
        {
            w.Line("// Bare, unless it would read back as key=value or be skipped as blank.");
            var (name, utf8) = (CodeNames.Literal(key.Name), CodeNames.Utf8Literal(key.Name));
            w.Line($"ok = ok && writer.Separator() && ({CodeNames.Runtime}PropertyStringFormatting.CanWriteBare({field}) " +
                $"|| writer.Key({name}, {utf8})) && {writeValue};");
        }
        else if (key.IsDefaultKey)
        {
            w.Line("// The default key, bare.");
            w.Line($"ok = ok && writer.Separator() && {writeValue};");
        }
        else
        {
            w.Line($"ok = ok && writer.Entry({CodeNames.Literal(key.Name)}, {CodeNames.Utf8Literal(key.Name)}) && {writeValue};");
        }
    }

    /// <summary>The field as a value of the key's type (a string's null-forgiven: it is read only when given).</summary>
    private readonly struct FieldValue(KeyModel key) : ISourcePiece
    {
        public void AppendTo(StringBuilder text)
        {
            text.Append(CodeNames.Field(key));
            text.Append(key.Kind == ValueKind.String ? "!" : "");
        }
    }

    /// <summary>The writer's call that prints the key's value (its field, unwrapped).</summary>
    private readonly struct WriteValue(KeyModel key) : ISourcePiece
    {
        public void AppendTo(StringBuilder text)
        {
            var field = new FieldValue(key);
            switch (key.Kind)
            {
                case ValueKind.Integer when key.HoldsBytes:
                    text.Append("writer.DiskSize((long)");
                    break;
                case ValueKind.Boolean:
                    text.Append("writer.Boolean(");
                    break;
                case ValueKind.Integer:
                    text.Append("writer.Integer(");
                    break;
                case ValueKind.Number:
                    text.Append("writer.Number(");
                    break;
                case ValueKind.Enum:
                    text.Append(CodeNames.WriteMethod(key)).Append("(ref writer, ");
                    break;
                default:
                    text.Append("writer.Text(");
                    break;
            }

            field.AppendTo(text);
            text.Append(')');
        }
    }
}
