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
        w.Line(InheritDoc);
        w.Line(CodeNames.GeneratedCode);
        w.Open($"public bool TryValidate(out {CodeNames.Error} error)");
        w.Line("error = default;");
        foreach (var (missing, requiredBy) in model.AbsentKeyChecks)
        {
            if (requiredBy is null)
            {
                w.Open($"if (({CodeNames.PresenceField} & {CodeNames.Bit(missing)}) == 0)");
                var name = CodeNames.Literal(missing.Name);
                w.Line($"{CodeNames.Error}.Report(ref error, {CodeNames.ErrorKind}MissingProperty, {name}, null, 0, 0);");
            }
            else
            {
                var both = $"({CodeNames.Bit(missing)} | {CodeNames.Bit(requiredBy)})";
                w.Open($"if (({CodeNames.PresenceField} & {both}) == {CodeNames.Bit(requiredBy)})");
                var names = $"{CodeNames.Literal(missing.Name)}, {CodeNames.Literal(requiredBy.Name)}";
                w.Line($"{CodeNames.Error}.Report(ref error, {CodeNames.ErrorKind}MissingRequiredProperty, {names}, 0, 0);");
            }

            w.Line("return false;");
            w.Close();
            w.Line();
        }

        // The buffer the generated readers read a printed value from; the runtime's readers print into their own.
        var printed = model.Keys.Where(k => k.Kind is ValueKind.Integer or ValueKind.Number or ValueKind.Enum && !UsesRuntimeReader(k))
            .ToList();
        if (printed.Count > 0)
        {
            w.Line("global::System.Span<char> buffer = stackalloc char[128];");
        }

        foreach (var key in model.Keys.Where(k => k.Kind != ValueKind.Boolean))
        {
            var (present, bit) = (CodeNames.PresenceField, CodeNames.Bit(key));
            if (UsesRuntimeReader(key))
            {
                w.Open($"if (({present} & {bit}) != 0 && !{RuntimeValidateCall(key)})");
                w.Line("return false;");
                w.Close();
                w.Line();
                continue;
            }

            if (key.Kind == ValueKind.String)
            {
                w.Open($"if (({present} & {bit}) != 0)");
                w.Open($"if (!{CodeNames.Runtime}PropertyStringFormatting.IsRepresentable({CodeNames.Field(key)}!))");
                var keyName = CodeNames.Literal(key.Name);
                w.Line($"{CodeNames.Error}.Report(ref error, {CodeNames.ErrorKind}NotRepresentable, {keyName}, null, 0, 0);");
                w.Line("return false;");
                w.Close();
                w.Line();
                var chars = $"global::System.MemoryExtensions.AsSpan({CodeNames.Field(key)})";
                w.Open($"if (!{ReadCall(key, chars, "0", "", utf16: true)})");
                w.Line("return false;");
                w.Close();
                w.Close();
                w.Line();
                continue;
            }

            w.Open($"if (({present} & {bit}) != 0)");
            w.Line($"var writer = new {CodeNames.Runtime}PropertyStringWriter<char>(buffer);");
            w.Line($"_ = {new WriteValue(key, model)};");
            w.Open($"if (!{ReadCall(key, "buffer.Slice(0, writer.Written)", "0", "out var _", utf16: true)})");
            w.Line("return false;");
            w.Close();
            w.Close();
            w.Line();
        }

        w.Line($"{ContractNames.CrossFieldRuleMethod}(ref error);");
        w.Line($"return error.Kind == {CodeNames.ErrorKind}None;");
        w.Close();
        w.Line();
        w.Line("/// <summary>");
        w.Line("/// The schema's cross-field rules, written by hand in the other part of this type: set");
        w.Line("/// <paramref name=\"error\"/> to refuse a value. Parsing and TryValidate both call it.");
        w.Line("/// </summary>");
        w.Line($"partial void {ContractNames.CrossFieldRuleMethod}(ref {CodeNames.Error} error);");
    }
}
