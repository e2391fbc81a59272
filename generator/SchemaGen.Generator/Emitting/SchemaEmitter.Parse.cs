using System.Collections.Generic;
using System.Linq;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Emitting;

internal static partial class SchemaEmitter
{
    private const string Span = "global::System.ReadOnlySpan";
    private const string Provider = "global::System.IFormatProvider?";

    /// <summary>The documentation of a member of <c>IPropertyString&lt;TSelf&gt;</c> or of an interface it extends, written
    /// there once.</summary>
    private const string InheritDoc = "/// <inheritdoc/>";

    /// <summary>The public ways in: our own TryParse/Parse and the .NET parsing interfaces (all members of
    /// <c>IPropertyString</c>).</summary>
    private static void EmitParseApi(SourceWriter w, SchemaModel model)
    {
        var self = CodeNames.Self(model);
        var outValue = $"{CodeNames.MaybeNullWhenFalse}out {self} value";

        w.Line(InheritDoc);
        w.Line(CodeNames.GeneratedCode);
        w.Line($"public static bool TryParse({Span}<char> text, {outValue}, out {CodeNames.Error} error)");
        w.Line("    => TryParseCore__(text, out value, out error);");
        w.Line();
        w.Line(InheritDoc);
        w.Line(CodeNames.GeneratedCode);
        w.Line($"public static bool TryParse({Span}<byte> utf8Text, {outValue}, out {CodeNames.Error} error)");
        w.Line("    => TryParseCore__(utf8Text, out value, out error);");
        w.Line();
        w.Line(InheritDoc);
        w.Line(CodeNames.GeneratedCode);
        w.Line($"public static {self} Parse({Span}<char> text)");
        w.Line($"    => TryParseCore__(text, out var value, out var error) ? value : throw new " +
            "global::SchemaGen.PropertyStringException(error);");
        w.Line();
        w.Line(InheritDoc);
        w.Line(CodeNames.GeneratedCode);
        w.Line($"public static {self} Parse({Span}<byte> utf8Text)");
        w.Line($"    => TryParseCore__(utf8Text, out var value, out var error) ? value : throw new " +
            "global::SchemaGen.PropertyStringException(error);");
        w.Line();
        w.Line(InheritDoc);
        w.Line(CodeNames.GeneratedCode);
        w.Line($"public static {self} Parse(string s, {Provider} provider)");
        w.Line("    => Parse(global::System.MemoryExtensions.AsSpan(s ?? throw new global::System.ArgumentNullException(nameof(s))));");
        w.Line();
        w.Line(InheritDoc);
        w.Line(CodeNames.GeneratedCode);
        w.Line($"public static bool TryParse([global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, {Provider} " +
            $"provider, {CodeNames.MaybeNullWhenFalse}out {self} result)");
        w.Open("");
        w.Line("if (s is null)");
        w.Line("{");
        w.Line("    result = default!;");
        w.Line("    return false;");
        w.Line("}");
        w.Line();
        w.Line("return TryParseCore__(global::System.MemoryExtensions.AsSpan(s), out result, out var _);");
        w.Close();
        w.Line();
        w.Line(InheritDoc);
        w.Line(CodeNames.GeneratedCode);
        w.Line($"public static {self} Parse({Span}<char> s, {Provider} provider) => Parse(s);");
        w.Line();
        w.Line(InheritDoc);
        w.Line(CodeNames.GeneratedCode);
        w.Line($"public static bool TryParse({Span}<char> s, {Provider} provider, {CodeNames.MaybeNullWhenFalse}out {self} result)");
        w.Line("    => TryParseCore__(s, out result, out var _);");
        w.Line();
        w.Line(InheritDoc);
        w.Line(CodeNames.GeneratedCode);
        w.Line($"public static {self} Parse({Span}<byte> utf8Text, {Provider} provider) => Parse(utf8Text);");
        w.Line();
        w.Line(InheritDoc);
        w.Line(CodeNames.GeneratedCode);
        w.Line($"public static bool TryParse({Span}<byte> utf8Text, {Provider} provider, {CodeNames.MaybeNullWhenFalse}out {self} result)");
        w.Line("    => TryParseCore__(utf8Text, out result, out var _);");
        w.Line();
    }

    /// <summary>
    /// The parser, shared by UTF-16 and UTF-8 input. Pass 1 is PVE's split loop (structural errors,
    /// which stop it at once); pass 2 is PVE's check_object (per-key errors, the leftmost wins).
    /// </summary>
    private static void EmitParseCore(SourceWriter w, SchemaModel model)
    {
        var self = CodeNames.Self(model);
        var mask = CodeNames.MaskType(model);
        var defaultKey = model.Keys.FirstOrDefault(k => k.IsDefaultKey);

        w.Line("// In line in every public parse method, for UTF-8 as for UTF-16: left to itself, the JIT inlined it");
        w.Line("// for one encoding and called it for the other.");
        w.Line(CodeNames.GeneratedCode);
        w.Line(CodeNames.AggressiveInlining);
        w.Line($"private static bool TryParseCore__<TChar>({Span}<TChar> text, {CodeNames.MaybeNullWhenFalse}out {self} value, " +
            $"out {CodeNames.Error} error)");
        w.Open($"    {CodeNames.CharConstraint}");
        w.Line("error = default;");
        w.Open(WholeWords(model).Count > 0
            ? "if (TryParseWholeWord__(text, out value) || TryParseFast__(text, out value))"
            : "if (TryParseFast__(text, out value))");
        EmitCrossFieldRules(w);
        w.Close();
        w.Line();
        w.Line("return TryParseExact__(text, out value, out error);");
        w.Close();
        w.Line();
        w.Line("// The exact path, for a text that is not valid or not in the fast path's common form. A method of its");
        w.Line("// own, so that its larger frame is set up only when it runs.");
        w.Line(CodeNames.GeneratedCode);
        w.Line($"private static bool TryParseExact__<TChar>({Span}<TChar> text, {CodeNames.MaybeNullWhenFalse}out {self} value, " +
            $"out {CodeNames.Error} error)");
        w.Open($"    {CodeNames.CharConstraint}");
        w.Line("value = default!;");
        w.Line("error = default;");
        w.Line();
        w.Line("// Pass 1, PVE's split loop: where each key's value is. Its errors are structural and stop it.");
        w.Line($"global::System.Span<int> starts = stackalloc int[{model.Keys.Count}], lengths = stackalloc int[{model.Keys.Count}];");
        w.Line("ulong found = 0;");
        w.Line($"var unknown = new {CodeNames.Runtime}UnknownKeySet<TChar>(text);");
        w.Open("try");
        int defaultIndex = defaultKey is null ? -1 : IndexOf(model, defaultKey);
        w.Line($"if (!{CodeNames.Runtime}PropertyStringExactSplit.Run<TChar, {KeyTable}>(text, {KeyTable}.Names, " +
            $"defaultKey: {defaultIndex}, " +
            $"defaultKeyIsBoolean: {Bool(defaultKey?.Kind == ValueKind.Boolean)}, starts, lengths, ref found, " +
            "ref unknown, ref error))");
        w.Open("");
        w.Line("return false;");
        w.Close();
        w.Line();
        w.Line($"var given = ({mask})found; // the keys given: PVE's defined($res->{{$key}})");
        w.Line();
        EmitPassTwo(w, model);
        w.Close();
        w.Open("finally");
        w.Line("unknown.Dispose();");
        w.Close();
        w.Close();
        w.Line();
    }

    /// <summary>The name of the nested struct that names the schema's keys and reads them, for both parsing paths.</summary>
    private const string KeyTable = "KeyTable__";

    /// <summary>
    /// The schema's keys as pass 1 looks them up: each key, each alias and each value that is also a key
    /// (PVE's keyAlias), with what it names, and the keys' names for the errors that quote one; then the
    /// reader of any key (<see cref="EmitReadAnyKey"/>) and the values it reads into.
    /// </summary>
    private static void EmitKeyTable(SourceWriter w, SchemaModel model)
    {
        w.Line("// The schema's keys: what each text names (for the exact path's split loop), and a reader of any key.");
        w.Line(CodeNames.GeneratedCode);
        w.Open($"private readonly struct {KeyTable} : {CodeNames.Runtime}IPropertyStringKeys<{Values}>");
        w.Line("/// <summary>The keys' names by number.</summary>");
        var names = string.Join(", ", model.Keys.Select(k => CodeNames.Literal(k.Name)));
        w.Line($"public static readonly string[] Names = [{names}];");
        w.Line();
        w.Line("/// <summary>The key, alias or key-valued text <paramref name=\"key\"/> names; -1 for a key the schema does not " +
            "define.</summary>");
        // In line in the fast path, which calls it once per key (`net0` with three integer keys: 86 -> 80 ns in loops).
        w.Line(CodeNames.AggressiveInlining);
        w.Line($"public static int Find<TChar>({Span}<TChar> key)");
        w.Open($"    {CodeNames.CharConstraint}");
        var texts = KeyTexts(model);
        if (texts.Exists(t => !PackedKeyText.Packs(t.Text)))
        {
            // A text PackedKey does not hold (longer than it packs, or beyond ASCII) is compared as it is.
            w.Open("switch (key.Length)");
            foreach (var text in texts)
            {
                if (!PackedKeyText.Packs(text.Text))
                {
                    w.Line($"case {text.Text.Length} when {CodeNames.EqualsAscii("key", text.Text)}:{text}");
                    w.Line($"    return {text.Answer};");
                }
            }

            w.Close();
            w.Line();
        }

        w.Line("// The key packed into words (PackedKey), then compared with each text of its length as constants.");
        w.Open($"if (!{CodeNames.Runtime}PackedKey.TryPack(key, out var packed))");
        w.Line("return -1;");
        w.Close();
        w.Line();
        w.Open("switch (key.Length)");
        for (int length = 1; length <= PackedKeyText.MaxLength; length++)
        {
            bool any = false;
            foreach (var text in texts)
            {
                if (text.Text.Length == length && PackedKeyText.Packs(text.Text))
                {
                    if (!any)
                    {
                        w.Line($"case {length}:");
                        any = true;
                    }

                    w.Line($"    if ({new PackedKeyText.Comparison("packed", text.Text)}) return {text.Answer};{text}");
                }
            }

            if (any)
            {
                w.Line("    break;");
            }
        }

        w.Close();
        w.Line();
        w.Line("return -1;");
        w.Close();
        w.Line();
        EmitReadAnyKey(w, model);
        w.Line();
        EmitValues(w, model);
        w.Close();
        w.Line();
    }

    /// <summary>
    /// A text the key table knows, and what it names: key <paramref name="Key"/> itself, an alias of it, or (a
    /// value of key <paramref name="Key"/>, PVE's keyAlias) key <paramref name="Target"/> with that value.
    /// Interpolated into a line, it writes its comment; <see cref="Answer"/> writes what <c>Find</c> returns.
    /// </summary>
    private readonly record struct KeyText(string Text, KeyModel Owner, int Key, bool IsAlias, KeyModel? Target, int TargetIndex)
        : ISourcePiece
    {
        public Returned Answer => new(this);

        public void AppendTo(System.Text.StringBuilder text)
        {
            text.Append(" // '").Append(Text).Append('\'');
            if (IsAlias)
            {
                text.Append(", an alias of '").Append(Owner.Name).Append('\'');
            }
            else if (Target is not null)
            {
                text.Append(", a value of '").Append(Owner.Name).Append("', a key for '").Append(Target.Name).Append('\'');
            }
        }

        public readonly struct Returned(KeyText text) : ISourcePiece
        {
            public void AppendTo(System.Text.StringBuilder builder)
            {
                if (text.IsAlias)
                {
                    builder.Append(CodeNames.Runtime).Append("PropertyStringKeyEntry.Alias(").Append(text.Key).Append(')');
                }
                else if (text.Target is not null)
                {
                    builder.Append(CodeNames.Runtime).Append("PropertyStringKeyEntry.ValueAsKey(").Append(text.Key).Append(", ")
                        .Append(text.TargetIndex).Append(')');
                }
                else
                {
                    builder.Append(text.Key);
                }
            }
        }
    }

    private static List<KeyText> KeyTexts(SchemaModel model)
    {
        var texts = new List<KeyText>();
        for (int i = 0; i < model.Keys.Count; i++)
        {
            var key = model.Keys[i];
            texts.Add(new KeyText(key.Name, key, i, IsAlias: false, Target: null, 0));
            foreach (var alias in key.Aliases)
            {
                texts.Add(new KeyText(alias, key, i, IsAlias: true, Target: null, 0));
            }

            if (key.ValuesAreKeysFor is not null)
            {
                var target = model.KeyNamed(key.ValuesAreKeysFor);
                int targetIndex = IndexOf(model, target);
                foreach (var value in key.EnumValues)
                {
                    texts.Add(new KeyText(value.Text, key, i, IsAlias: false, target, targetIndex));
                }
            }
        }

        return texts;
    }

    private static int IndexOf(SchemaModel model, KeyModel key)
    {
        for (int i = 0; i < model.Keys.Count; i++)
        {
            if (ReferenceEquals(model.Keys[i], key))
            {
                return i;
            }
        }

        throw new System.ArgumentException("The key is not the schema's.", nameof(key));
    }

    private static void EmitPassTwo(SourceWriter w, SchemaModel model)
    {
        w.Line("// Pass 2, PVE's check_object: read every key given; of several errors the leftmost wins.");
        w.Line($"var values = default({Values});");
        w.Line($"{CodeNames.Runtime}PropertyStringExactSplit.ReadKeys<TChar, {KeyTable}, {Values}>(text, starts, lengths, found, " +
            "in unknown, ref values, ref error);");

        var absent = model.AbsentKeyChecks;
        if (absent.Count > 0)
        {
            w.Line();
            w.Line("// A key absent (required, or required by a key given) has no place in the text: reported last.");
            foreach (var (missing, requiredBy) in absent)
            {
                if (requiredBy is null)
                {
                    w.Open($"if (error.Kind == {CodeNames.ErrorKind}None && (given & {CodeNames.Bit(missing)}) == 0)");
                    var name = CodeNames.Literal(missing.Name);
                    w.Line($"{CodeNames.Error}.Report(ref error, {CodeNames.ErrorKind}MissingProperty, {name}, null, text.Length, 0);");
                }
                else
                {
                    var both = $"({CodeNames.Bit(missing)} | {CodeNames.Bit(requiredBy)})";
                    w.Open($"if (error.Kind == {CodeNames.ErrorKind}None && (given & {both}) == {CodeNames.Bit(requiredBy)})");
                    var names = $"{CodeNames.Literal(missing.Name)}, {CodeNames.Literal(requiredBy.Name)}";
                    w.Line($"{CodeNames.Error}.Report(ref error, {CodeNames.ErrorKind}MissingRequiredProperty, {names}, text.Length, 0);");
                }

                w.Close();
            }
        }

        w.Line();
        w.Open($"if (error.Kind != {CodeNames.ErrorKind}None)");
        w.Line("return false;");
        w.Close();
        w.Line();

        w.Line($"value = new {CodeNames.Self(model)}(default, given, {ConstructorArguments(model)});");
        w.Line();
        EmitCrossFieldRules(w);
    }

    /// <summary>The end of a successful read: the schema's cross-field rules decide.</summary>
    private static void EmitCrossFieldRules(SourceWriter w)
    {
        w.Line($"// The schema's own cross-field rules, if it implements {ContractNames.CrossFieldRuleMethod}.");
        w.Line($"value.{ContractNames.CrossFieldRuleMethod}(ref error);");
        w.Open($"if (error.Kind != {CodeNames.ErrorKind}None)");
        w.Line("value = default!;");
        w.Line("return false;");
        w.Close();
        w.Line();
        w.Line("return true;");
    }

    private static string Bool(bool value) => value ? "true" : "false";
}
