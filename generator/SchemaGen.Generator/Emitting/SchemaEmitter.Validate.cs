using System.Linq;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Emitting;

internal static partial class SchemaEmitter
{
    /// <summary>
    /// TryValidate: a value built in code is valid when it reads back as itself. Each given value
    /// is printed and checked by the same reader the parser uses, so the two can never disagree.
    /// </summary>
    private static void EmitValidation(SourceWriter w, SchemaModel model)
    {
        w.Line("/// <summary>");
        w.Line("/// Checks a value built in code against the schema (required keys, limits, patterns, enum");
        w.Line("/// members, values a property string can hold) and the schema's cross-field rules. Everything");
        w.Line("/// <c>TryParse</c> returns passes; everything that passes prints to a string that parses back to it.");
        w.Line("/// </summary>");
        w.Line($"/// <param name=\"error\">The first problem found, in the parser's words; the default when there is none.</param>");
        w.Open($"public bool TryValidate(out {Naming.Error} error)");
        w.Line("error = default;");
        foreach (var (missing, requiredBy) in model.AbsentKeyChecks)
        {
            if (requiredBy is null)
            {
                w.Open($"if (({Naming.PresenceField} & {Naming.Bit(missing)}) == 0)");
                w.Line($"{Naming.Error}.Report(ref error, {Naming.ErrorKind}MissingProperty, {Naming.Literal(missing.Name)}, null, 0, 0);");
            }
            else
            {
                w.Open($"if (({Naming.PresenceField} & ({Naming.Bit(missing)} | {Naming.Bit(requiredBy)})) == {Naming.Bit(requiredBy)})");
                var names = $"{Naming.Literal(missing.Name)}, {Naming.Literal(requiredBy.Name)}";
                w.Line($"{Naming.Error}.Report(ref error, {Naming.ErrorKind}MissingRequiredProperty, {names}, 0, 0);");
            }

            w.Line("return false;");
            w.Close();
            w.Line();
        }

        var printed = model.Keys.Where(k => k.Kind is MemberKind.Integer or MemberKind.Number or MemberKind.Enum).ToList();
        if (printed.Count > 0)
        {
            w.Line("global::System.Span<char> buffer = stackalloc char[128];");
        }

        foreach (var key in model.Keys.Where(k => k.Kind != MemberKind.Boolean))
        {
            var given = $"({Naming.PresenceField} & {Naming.Bit(key)}) != 0";
            if (key.Kind == MemberKind.String)
            {
                w.Open($"if ({given})");
                w.Open($"if (!{Naming.Runtime}PropertyStringFormatting.IsRepresentable({Naming.Field(key)}!))");
                w.Line($"{Naming.Error}.Report(ref error, {Naming.ErrorKind}NotRepresentable, {Naming.Literal(key.Name)}, null, 0, 0);");
                w.Line("return false;");
                w.Close();
                w.Line();
                w.Open($"if (!{Naming.ReadMethod(key)}<char>(global::System.MemoryExtensions.AsSpan({Naming.Field(key)}), 0, ref error))");
                w.Line("return false;");
                w.Close();
                w.Close();
                w.Line();
                continue;
            }

            var field = Naming.Field(key) + (key.IsNullable ? ".GetValueOrDefault()" : "");
            w.Open($"if ({given})");
            w.Line($"var writer = new {Naming.Runtime}PropertyStringWriter<char>(buffer);");
            w.Line($"_ = {WriteValue(key, field)};");
            w.Open($"if (!{Naming.ReadMethod(key)}<char>(buffer.Slice(0, writer.Written), 0, out _, ref error))");
            w.Line("return false;");
            w.Close();
            w.Close();
            w.Line();
        }

        w.Line($"{KnownNames.CrossFieldRuleMethod}(ref error);");
        w.Line($"return error.Kind == {Naming.ErrorKind}None;");
        w.Close();
        w.Line();
        w.Line("/// <summary>");
        w.Line("/// The schema's cross-field rules, written by hand in the other part of this type: set");
        w.Line("/// <paramref name=\"error\"/> to refuse a value. Parsing and TryValidate both call it.");
        w.Line("/// </summary>");
        w.Line($"partial void {KnownNames.CrossFieldRuleMethod}(ref {Naming.Error} error);");
    }

    /// <summary>The regular expressions of keys with a Pattern, built on first use.</summary>
    private static void EmitPatterns(SourceWriter w, SchemaModel model)
    {
        var keys = model.Keys.Where(k => k.Pattern is not null).ToList();
        if (keys.Count == 0)
        {
            return;
        }

        w.Line();
        w.Open("private static class __Patterns");
        foreach (var key in keys)
        {
            w.Line($"// '{key.Name}': the whole value must match, as PVE anchors the pattern.");
            w.Line($"internal static readonly global::System.Text.RegularExpressions.Regex {key.PropertyName} =");
            w.Line($"    new({Naming.Literal("^(?:" + key.Pattern + ")\\z")}, " +
                "global::System.Text.RegularExpressions.RegexOptions.CultureInvariant);");
        }

        w.Close();
    }
}
