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
            EmitEnumWrite(w, model, key);
        }
    }

    /// <summary>
    /// An enum key's printing: a switch of literal copies, each arm's length a constant, so that the JIT writes the text in a
    /// move or two. A printer that is one method never passes its writer by reference, so that it keeps it in registers: a
    /// short switch is in line in it, a long one (a long one in line, net's model of 14, made the printer slower) is static
    /// over the printer's buffer and hands back the new count. A print group has its writer by reference already and passes
    /// it on: handing it the buffer and taking the count back made scsi's groups slower, and a short switch in line too.
    /// </summary>
    private static void EmitEnumWrite(SourceWriter w, SchemaModel model, KeyModel key)
    {
        bool inLine = EnumWriteInLine(model, key);
        bool byReference = EnumWriteTakesWriter(model, key);
        if (inLine)
        {
            w.Line("// The value's text, copied from its literal (a \"...\"u8 one when the output is UTF-8);");
            w.Line("// in line, so that the printer's writer stays in registers.");
        }
        else if (byReference)
        {
            w.Line("// The value's text, copied from its literal (a \"...\"u8 one when the output is UTF-8), by a print group's writer.");
        }
        else
        {
            w.Line("// The value's text after the first 'written' elements, copied from its literal (a \"...\"u8 one when the");
            w.Line("// output is UTF-8): the count after it, or -1 when it does not fit. Given the printer's buffer, not its writer");
            w.Line("// by reference, so that the printer's writer stays in registers.");
        }

        w.Line(CodeNames.GeneratedCode);
        if (inLine)
        {
            w.Line(CodeNames.AggressiveInlining);
        }

        var writer = $"{CodeNames.Runtime}PropertyStringWriter<TChar>";
        if (byReference)
        {
            w.Line($"private static bool {CodeNames.WriteMethod(key)}<TChar>(ref {writer} writer, {key.TypeName} value)");
            w.Line($"    {CodeNames.CharConstraint}");
            w.Line("    => value switch");
            w.Indent();
            EmitEnumWriteArms(w, key);
            w.Outdent();
        }
        else
        {
            w.Line($"private static int {CodeNames.WriteMethod(key)}<TChar>(global::System.Span<TChar> destination, int written, " +
                $"{key.TypeName} value)");
            w.Open($"    {CodeNames.CharConstraint}");
            w.Line($"var writer = new {writer}(destination, written);");
            w.Line("bool ok = value switch");
            EmitEnumWriteArms(w, key);
            w.Line("return ok ? writer.Written : -1;");
            w.Close();
        }

        w.Line();
    }

    /// <summary>The arms of an enum key's printing switch, each the writer's copy of a literal.</summary>
    private static void EmitEnumWriteArms(SourceWriter w, KeyModel key)
    {
        w.Line("{");
        foreach (var enumValue in key.EnumValues)
        {
            w.Line($"    {key.TypeName}.{enumValue.MemberName} => writer.Text({CodeNames.Literal(enumValue.Text)}, " +
                $"{CodeNames.Utf8Literal(enumValue.Text)}),");
        }

        w.Line("    // Not a member: printed as its number, which TryValidate and the parser refuse.");
        w.Line("    _ => writer.Text(value.ToString()),");
        w.Line("};");
    }

    // The most values an enum key may have for its printing switch to be in line (amd-sev's type has three, net's model 14).
    private const int InLineEnumValues = 4;

    // The most keys one printing method writes: in scsi's single method (45 keys) the JIT's limit on the locals
    // of inlined calls was reached after 22, so 16 leaves room.
    private const int KeysPerPrintGroup = 16;

    /// <summary>Whether an enum key's printing switch is in line in the printer (see <see cref="EmitEnumWrite"/>).</summary>
    private static bool EnumWriteInLine(SchemaModel model, KeyModel key)
        => key.EnumValues.Count <= InLineEnumValues && !PrintsInGroups(model);

    /// <summary>Whether an enum key's printing switch takes the printer's writer by reference (see <see cref="EmitEnumWrite"/>).</summary>
    private static bool EnumWriteTakesWriter(SchemaModel model, KeyModel key) => EnumWriteInLine(model, key) || PrintsInGroups(model);

    /// <summary>Whether the printer writes its keys in groups, each a method of its own (see <see cref="PrintGroups"/>).</summary>
    private static bool PrintsInGroups(SchemaModel model) => model.Keys.Count > KeysPerPrintGroup;

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
            var writeValue = new WriteValue(key, model);
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
                var targetValue = new WriteValue(target, model);
                w.Line($"ok = ok && writer.Separator() && {new WriteValue(key, model)} && writer.EqualsSign() && {targetValue};");
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

    /// <summary>
    /// The writer's call that prints the key's value (its field, unwrapped); an enum's as <see cref="EmitEnumWrite"/> wrote it.
    /// </summary>
    private readonly struct WriteValue(KeyModel key, SchemaModel model) : ISourcePiece
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
                case ValueKind.Enum when EnumWriteTakesWriter(model, key):
                    text.Append(CodeNames.WriteMethod(key)).Append("(ref writer, ");
                    break;
                case ValueKind.Enum:
                    text.Append("writer.Continue(").Append(CodeNames.WriteMethod(key)).Append("(writer.Destination, writer.Written, ");
                    field.AppendTo(text);
                    text.Append("))");
                    return;
                default:
                    text.Append("writer.Text(");
                    break;
            }

            field.AppendTo(text);
            text.Append(')');
        }
    }
}
