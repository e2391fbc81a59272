using System.Linq;
using System.Text;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Patterns;

namespace SchemaGen.Generator.Emitting;

internal static partial class SchemaEmitter
{
    /// <summary>
    /// One method per key that checks a raw value in PVE's order (type, custom format, pattern,
    /// maxLength, minLength, maximum, minimum, enumeration) and reads it. It writes
    /// <c>error</c> only when it fails, out of line, so the hot path never touches the large error struct. The parser calls it on
    /// the text; TryValidate calls it on a value set in code, printed.
    /// </summary>
    private static void EmitKeyReaders(SourceWriter w, SchemaModel model)
    {
        foreach (var key in model.Keys.Where(k => !UsesRuntimeReader(k)))
        {
            EmitKeyReader(w, model, key);
            w.Line();
        }
    }

    private static void EmitKeyReader(SourceWriter w, SchemaModel model, KeyModel key)
    {
        var name = CodeNames.Literal(key.Name);
        var value = key.Kind == ValueKind.String ? "" : $"out {key.TypeName} value, ";
        w.Line($"// '{key.Name}': {Describe(key)}.");
        w.Line(CodeNames.GeneratedCode);
        if (UsesScratch(key))
        {
            // Its UTF-16 buffer (Utf16Scratch) would otherwise land in the frame of every parser that inlines it,
            // once per call site, and be zeroed on every parse, UTF-16 input included.
            w.Line(CodeNames.NoInlining);
        }
        else if (ReadsKeysOutOfLine(model))
        {
            // Inlined into the one switch over many keys, it would add its temporaries to a frame zeroed on every call.
            w.Line(CodeNames.NoInlining);
        }
        else if (IsSmallReader(key))
        {
            // Small enough to inline into the parser's loops, where it runs once per key.
            w.Line(CodeNames.AggressiveInlining);
        }

        w.Line($"private static bool {CodeNames.ReadMethod(key)}<TChar>({Span}<TChar> raw, int offset, {value}ref {CodeNames.Error} " +
            "error)");
        w.Open($"    {CodeNames.CharConstraint}");
        if (key.Kind != ValueKind.String)
        {
            w.Line("value = default;");
        }

        switch (key.Kind)
        {
            case ValueKind.Boolean:
                w.Line($"int flag = {CodeNames.Primitives}.ParseBoolean(raw);");
                EmitFail(w, "flag < 0", "TypeCheck", name, "\"boolean\"", quote: true);
                break;
            case ValueKind.Integer when key.HoldsBytes:
                // PVE's disk-size is text to PVE; its format check below reads the bytes.
                w.Line("global::System.Int128 number = 0;");
                break;
            case ValueKind.Integer:
                w.Line($"var form = {CodeNames.Primitives}.ParseInteger(raw, out global::System.Int128 number);");
                var typeCheck = $"form == {CodeNames.Runtime}IntegerText.Invalid";
                if (key.Maximum is null)
                {
                    typeCheck += $" || number > {key.TypeName}.MaxValue";
                }

                if (key.Minimum is null)
                {
                    typeCheck += $" || number < {key.TypeName}.MinValue";
                }

                if (key.Maximum is not null || key.Minimum is not null)
                {
                    w.Line($"// Beyond {key.TypeName}, the limits below speak rather than the type check.");
                }

                EmitFail(w, typeCheck, "TypeCheck", name, "\"integer\"", quote: true);
                break;
            case ValueKind.Number:
                w.Line("// Infinity is refused: it could not be printed back.");
                var notNumber = $"!{CodeNames.Primitives}.TryParseNumber(raw, out double number) || !double.IsFinite(number)";
                EmitFail(w, notNumber, "TypeCheck", name, "\"number\"", quote: true);
                break;
        }

        if (UsesNamedFormatReader(key))
        {
            EmitNamedFormatCheck(w, key, name);
        }
        else if (ChecksOnlyACompiledPattern(key))
        {
            // The pattern's automaton reads UTF-8 as it lies.
            EmitFail(w, $"!{CodeNames.PatternField(key)}.IsMatch(raw)", "Pattern", name, "null", quote: false);
        }
        else if (key.FormatMethod is not null || key.NamedFormat is not null || key.Pattern is not null)
        {
            // Validators and patterns read UTF-16: UTF-8 input is decoded on the stack (or a pooled array).
            w.Line($"var scratch = new {CodeNames.Runtime}Utf16Scratch();");
            w.Line("var chars = scratch.AsChars(raw);");
            if (key.FormatMethod is not null || key.NamedFormat is not null)
            {
                w.Line("int subjectStart = 0, subjectLength = chars.Length;");
                w.Line($"string? message = {FormatCheck(key)};");
                w.Line("if (message is not null)");
                w.Line("{");
                w.Line($"    {CodeNames.Error}.ReportFormat(ref error, {name}, message, offset, raw, chars, subjectStart, subjectLength);");
                w.Line("}");
            }

            if (key.HoldsBytes)
            {
                w.Line($"if (message is null && {CodeNames.DiskSize}.TryParse(chars, out long bytes))");
                w.Line("{");
                w.Line("    number = bytes;");
                w.Line("}");
                w.Line("else if (message is null)");
                w.Line("{");
                w.Line("    // A size PVE accepts but a long cannot hold (2^63 bytes or more).");
                w.Line($"    message = {CodeNames.Error}.DiskSizeOutOfRange;");
                w.Line($"    {CodeNames.Error}.ReportFormat(ref error, {name}, message, offset, raw, chars, 0, chars.Length);");
                w.Line("}");
            }

            if (key.Pattern is not null)
            {
                // After a failed format the pattern is not run: the format's error is the one reported.
                var afterFormat = key.FormatMethod is not null || key.NamedFormat is not null ? "message is null && " : "";
                w.Line($"bool matches = {afterFormat}{CodeNames.PatternField(key)}.IsMatch(chars);");
            }

            w.Line("scratch.Dispose();");
            if (key.FormatMethod is not null || key.NamedFormat is not null)
            {
                w.Open("if (message is not null)");
                w.Line("return false;");
                w.Close();
                w.Line();
            }

            if (key.Pattern is not null)
            {
                EmitFail(w, "!matches", "Pattern", name, "null", quote: false);
            }
        }

        if (key.MaxLength is int maxLength)
        {
            // Characters never outnumber code units or bytes: the count is needed only past the limit.
            EmitFail(w, $"raw.Length > {maxLength} && {CodeNames.Primitives}.CountCharacters(raw) > {maxLength}", "MaxLength", name,
                CodeNames.Literal(maxLength.ToString()), quote: false);
        }

        if (key.MinLength is int minLength)
        {
            EmitFail(w, $"{CodeNames.Primitives}.CountCharacters(raw) < {minLength}", "MinLength", name,
                CodeNames.Literal(minLength.ToString()),
                quote: false);
        }

        if (key.Maximum is not null)
        {
            EmitFail(w, $"number > {key.Maximum.Literal}", "Maximum", name, CodeNames.Literal(key.Maximum.Text), quote: false);
        }

        if (key.Minimum is not null)
        {
            EmitFail(w, $"number < {key.Minimum.Literal}", "Minimum", name, CodeNames.Literal(key.Minimum.Text), quote: false);
        }

        switch (key.Kind)
        {
            case ValueKind.Boolean:
                w.Line("value = flag == 1;");
                break;
            case ValueKind.Integer:
                w.Line($"value = ({key.TypeName})number;");
                break;
            case ValueKind.Number:
                w.Line("value = number;");
                break;
            case ValueKind.Enum:
                EmitEnumMatch(w, key, name);
                break;
        }

        w.Line("return true;");
        w.Close();
    }

    /// <summary>A key whose one check beyond its type is a pattern the generator compiles, which needs no UTF-16.</summary>
    private static bool ChecksOnlyACompiledPattern(KeyModel key)
        => key is { FormatMethod: null, NamedFormat: null, Pattern: { } pattern } && PatternCompiler.Compile(pattern) is not null;

    /// <summary>
    /// The plainest keys, which the runtime's <c>KeyReader</c> reads for every schema: a boolean, an
    /// integer with at most a minimum and a maximum, a string with at most a length limit.
    /// </summary>
    private static bool UsesRuntimeReader(KeyModel key)
        => key.FormatMethod is null && key.NamedFormat is null && key.Pattern is null && key.MinLength is null
            && key.Kind switch
            {
                ValueKind.Boolean => key.MaxLength is null && key.Minimum is null && key.Maximum is null,
                ValueKind.Integer => key.MaxLength is null,
                ValueKind.String => key.Minimum is null && key.Maximum is null,
                _ => false,
            };

    /// <summary>
    /// The call that checks and reads a key's value <paramref name="raw"/> found at <paramref name="offset"/>: the
    /// runtime's reader of its kind, or the key's own generated one. <paramref name="target"/> and
    /// <paramref name="targetName"/> receive the value (<c>out values.</c> and the property's name, <c>out var _</c>; a string
    /// key has none); <paramref name="utf16"/> names the character type, for a span the call cannot infer it from.
    /// </summary>
    private static ReadCallText ReadCall(KeyModel key, string raw, string offset, string target, string? targetName = null,
        bool utf16 = false, bool notInlined = false)
        => new(key, raw, offset, target, targetName, utf16, notInlined);

    /// <summary><see cref="ReadCall"/>'s text, written into the line where it is interpolated.</summary>
    private readonly struct ReadCallText(KeyModel key, string raw, string offset, string target, string? targetName, bool utf16,
        bool notInlined) : ISourcePiece
    {
        public void AppendTo(StringBuilder text)
        {
            var chars = utf16 ? "<char>" : "";
            if (!UsesRuntimeReader(key))
            {
                text.Append(CodeNames.ReadMethod(key)).Append(chars).Append('(').Append(raw).Append(", ").Append(offset).Append(", ");
                if (key.Kind != ValueKind.String)
                {
                    text.Append(target).Append(targetName).Append(", ");
                }

                text.Append("ref error)");
                return;
            }

            text.Append(CodeNames.KeyReader).Append(notInlined ? ".NotInlined." : ".");
            switch (key.Kind)
            {
                case ValueKind.Boolean:
                    text.Append("Boolean").Append(chars);
                    break;
                case ValueKind.Integer:
                    text.Append("Integer");
                    if (utf16)
                    {
                        text.Append("<char, ").Append(key.TypeName).Append('>');
                    }

                    break;
                default:
                    text.Append("String").Append(chars);
                    break;
            }

            text.Append('(').Append(raw).Append(", ").Append(offset).Append(", ").Append(CodeNames.Literal(key.Name)).Append(", ");
            switch (key.Kind)
            {
                case ValueKind.Boolean:
                    text.Append(target).Append(targetName).Append(", ");
                    break;
                case ValueKind.Integer:
                    AppendIntegerLimits(text, key);
                    text.Append(", ").Append(target).Append(targetName).Append(", ");
                    break;
                default:
                    AppendLengthLimit(text, key);
                    text.Append(", ");
                    break;
            }

            text.Append("ref error)");
        }
    }

    /// <summary>
    /// TryValidate's check of a key the runtime reads (<see cref="UsesRuntimeReader"/>) but a boolean, which
    /// every value of passes: the runtime prints an integer and reads it back, and checks a string as it reads one.
    /// </summary>
    private static RuntimeValidateCallText RuntimeValidateCall(KeyModel key) => new(key);

    /// <summary><see cref="RuntimeValidateCall"/>'s text, written into the line where it is interpolated.</summary>
    private readonly struct RuntimeValidateCallText(KeyModel key) : ISourcePiece
    {
        public void AppendTo(StringBuilder text)
        {
            bool integer = key.Kind == ValueKind.Integer;
            text.Append(CodeNames.KeyReader).Append(integer ? ".IsValidInteger(" : ".IsValidString(");
            new FieldValue(key).AppendTo(text);
            text.Append(", ").Append(CodeNames.Literal(key.Name)).Append(", ");
            if (integer)
            {
                AppendIntegerLimits(text, key);
            }
            else
            {
                AppendLengthLimit(text, key);
            }

            text.Append(", ref error)");
        }
    }

    /// <summary><c>KeyReader.Integer</c>'s limit arguments: each limit and its text, or <c>0, null</c> for none.</summary>
    private static void AppendIntegerLimits(StringBuilder text, KeyModel key)
    {
        AppendLimit(text, key.Minimum);
        text.Append(", ");
        AppendLimit(text, key.Maximum);

        static void AppendLimit(StringBuilder text, LimitModel? limit)
        {
            if (limit is null)
            {
                text.Append("0, null");
            }
            else
            {
                text.Append(limit.Literal).Append(", ").Append(CodeNames.Literal(limit.Text));
            }
        }
    }

    /// <summary><c>KeyReader.String</c>'s limit arguments: the length and its text, or any length.</summary>
    private static void AppendLengthLimit(StringBuilder text, KeyModel key)
    {
        if (key.MaxLength is int max)
        {
            text.Append(max).Append(", ").Append('"').Append(max).Append('"');
        }
        else
        {
            text.Append("int.MaxValue, null");
        }
    }

    /// <summary>
    /// A named format alone (no pattern, no format method of the schema): the runtime's <c>NamedFormatReader</c> checks it.
    /// </summary>
    private static bool UsesNamedFormatReader(KeyModel key)
        => key.NamedFormat is not null && key.FormatMethod is null && key.Pattern is null;

    /// <summary>A pattern or the schema's own format method, which read UTF-16 from a <c>Utf16Scratch</c>.</summary>
    private static bool UsesScratch(KeyModel key)
        => !UsesNamedFormatReader(key) && (key.FormatMethod is not null || key.NamedFormat is not null || key.Pattern is not null);

    /// <summary>
    /// A named format, checked by the runtime where the text lies (UTF-8 is decoded there, out of line);
    /// a <c>disk-size</c> key is read into bytes by the same call.
    /// </summary>
    private static void EmitNamedFormatCheck(SourceWriter w, KeyModel key, string name)
    {
        Shared.PveFormats.TryLookup(key.NamedFormat!, out var format, out bool isList);
        if (key.HoldsBytes)
        {
            w.Open($"if (!{CodeNames.Runtime}NamedFormatReader.TryReadDiskSize({name}, raw, offset, out long bytes, ref error))");
            w.Line("return false;");
            w.Close();
            w.Line();
            w.Line("number = bytes;");
            return;
        }

        var list = isList ? "true" : "false";
        var check = $"{CodeNames.Runtime}NamedFormatReader.Check({CodeNames.PveFormat}.{format}, isList: {list}, {name}, " +
            "raw, offset, ref error)";
        w.Open($"if (!{check})");
        w.Line("return false;");
        w.Close();
        w.Line();
    }

    /// <summary>A boolean, or an enum of a few values, with no format, pattern or limit to check.</summary>
    private static bool IsSmallReader(KeyModel key)
        => (key.Kind == ValueKind.Boolean || (key.Kind == ValueKind.Enum && key.EnumValues.Count <= 4))
            && key.FormatMethod is null && key.NamedFormat is null && key.Pattern is null && key.MinLength is null;

    private static void EmitEnumMatch(SourceWriter w, KeyModel key, string name)
    {
        var list = CodeNames.Literal(string.Join(", ", key.EnumValues.Select(v => v.Text)));
        w.Open("switch (raw.Length)");
        foreach (var enumValue in key.EnumValues)
        {
            w.Line($"case {enumValue.Text.Length} when {CodeNames.EqualsAscii("raw", enumValue.Text)}:");
            w.Line($"    value = {key.TypeName}.{enumValue.MemberName};");
            w.Line("    break;");
        }

        w.Line("default:");
        w.Line($"    {CodeNames.Error}.Report(ref error, {CodeNames.ErrorKind}Enumeration, {name}, {list}, offset, raw);");
        w.Line("    return false;");
        w.Close();
        w.Line();
    }

    /// <summary>The call that checks a key's format: its own method, or PVE's named format (one value or a list).</summary>
    private static string FormatCheck(KeyModel key)
    {
        if (key.FormatMethod is not null)
        {
            return key.FormatMethod + "(chars)";
        }

        Shared.PveFormats.TryLookup(key.NamedFormat!, out var format, out bool isList);
        var method = isList ? "CheckList" : "Check";
        return $"{CodeNames.PveFormats}.{method}({CodeNames.PveFormat}.{format}, chars, out subjectStart, out subjectLength)";
    }

    /// <summary>An early return with an error; <paramref name="quote"/> makes the message quote the raw value.</summary>
    private static void EmitFail(SourceWriter w, string condition, string kind, string key, string detail, bool quote)
    {
        w.Open($"if ({condition})");
        w.Line(quote
            ? $"{CodeNames.Error}.Report(ref error, {CodeNames.ErrorKind}{kind}, {key}, {detail}, offset, raw);"
            : $"{CodeNames.Error}.Report(ref error, {CodeNames.ErrorKind}{kind}, {key}, {detail}, offset, raw.Length);");
        w.Line("return false;");
        w.Close();
        w.Line();
    }

    /// <summary>A one-line summary of a key's rules, for comments in the generated code.</summary>
    private static string Describe(KeyModel key)
    {
        var parts = new System.Collections.Generic.List<string>
        {
            key.Kind switch
            {
                ValueKind.Boolean => "boolean",
                ValueKind.Integer => "integer (" + key.TypeName + ")",
                ValueKind.Number => "number",
                ValueKind.Enum => "one of " + string.Join("|", key.EnumValues.Select(v => v.Text)),
                _ => "string",
            },
            key.IsRequired ? "required" : key.DefaultValue is null ? "optional" : "default " + key.DefaultValue,
        };
        if (key.IsDefaultKey)
        {
            parts.Add("the default key");
        }

        foreach (var alias in key.Aliases)
        {
            parts.Add("alias '" + alias + "'");
        }

        if (key.Minimum is not null || key.Maximum is not null)
        {
            parts.Add($"range {key.Minimum?.Text ?? "-inf"}..{key.Maximum?.Text ?? "inf"}");
        }

        if (key.MinLength is not null || key.MaxLength is not null)
        {
            parts.Add($"length {key.MinLength?.ToString() ?? "0"}..{key.MaxLength?.ToString() ?? "any"}");
        }

        if (key.Pattern is not null)
        {
            parts.Add("pattern " + key.Pattern.Replace("*/", "*_/"));
        }

        if (key.FormatMethod is not null || key.NamedFormat is not null)
        {
            parts.Add("format " + (key.FormatMethod ?? key.NamedFormat) + (key.HoldsBytes ? " (bytes)" : ""));
        }

        if (key.ValuesAreKeysFor is not null)
        {
            parts.Add("its values are keys for '" + key.ValuesAreKeysFor + "'");
        }

        if (key.Requires is not null)
        {
            parts.Add("requires '" + key.Requires + "'");
        }

        return string.Join(", ", parts).Replace('\n', ' ').Replace('\r', ' ');
    }
}
