using System.Linq;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Emitting;

internal static partial class SchemaEmitter
{
    private const string Span = "global::System.ReadOnlySpan";
    private const string Provider = "global::System.IFormatProvider?";
    private const string MaybeNullWhenFalse = "[global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] ";

    /// <summary>The public ways in: our own TryParse/Parse and the .NET parsing interfaces.</summary>
    private static void EmitParseApi(SourceWriter w, SchemaModel model)
    {
        var self = model.FullyQualifiedName;
        var outValue = $"{MaybeNullWhenFalse}out {self} value";

        w.Line("/// <summary>Parses a property string. Never throws; allocates nothing but the value's strings.</summary>");
        w.Line("/// <param name=\"text\">The property string, for example the value of a configuration option.</param>");
        w.Line("/// <param name=\"value\">The parsed value, or the default when the text is not valid.</param>");
        w.Line("/// <param name=\"error\">Why the text is not valid, in PVE's words; the default when it is.</param>");
        w.Line(CodeNames.GeneratedCode);
        w.Line($"public static bool TryParse({Span}<char> text, {outValue}, out {CodeNames.Error} error)");
        w.Line("    => TryParseCore(text, out value, out error);");
        w.Line();
        w.Line("/// <summary>Parses a property string given as UTF-8. Never throws; error offsets count bytes.</summary>");
        w.Line("/// <param name=\"utf8Text\">The property string as UTF-8.</param>");
        w.Line("/// <param name=\"value\">The parsed value, or the default when the text is not valid.</param>");
        w.Line("/// <param name=\"error\">Why the text is not valid, in PVE's words; the default when it is.</param>");
        w.Line(CodeNames.GeneratedCode);
        w.Line($"public static bool TryParse({Span}<byte> utf8Text, {outValue}, out {CodeNames.Error} error)");
        w.Line("    => TryParseCore(utf8Text, out value, out error);");
        w.Line();
        w.Line("/// <summary>Parses a property string.</summary>");
        w.Line("/// <exception cref=\"global::SchemaGen.PropertyStringException\">The text is not valid; the message says " +
            "why.</exception>");
        w.Line(CodeNames.GeneratedCode);
        w.Line($"public static {self} Parse({Span}<char> text)");
        w.Line($"    => TryParseCore(text, out var value, out var error) ? value : throw new " +
            "global::SchemaGen.PropertyStringException(error);");
        w.Line();
        w.Line("/// <summary>Parses a property string given as UTF-8.</summary>");
        w.Line("/// <exception cref=\"global::SchemaGen.PropertyStringException\">The text is not valid; the message says " +
            "why.</exception>");
        w.Line(CodeNames.GeneratedCode);
        w.Line($"public static {self} Parse({Span}<byte> utf8Text)");
        w.Line($"    => TryParseCore(utf8Text, out var value, out var error) ? value : throw new " +
            "global::SchemaGen.PropertyStringException(error);");
        w.Line();
        w.Line("/// <inheritdoc cref=\"global::System.IParsable{TSelf}.Parse(string, global::System.IFormatProvider?)\"/>");
        w.Line(CodeNames.GeneratedCode);
        w.Line($"public static {self} Parse(string s, {Provider} provider)");
        w.Line("    => Parse(global::System.MemoryExtensions.AsSpan(s ?? throw new global::System.ArgumentNullException(nameof(s))));");
        w.Line();
        w.Line("/// <inheritdoc cref=\"global::System.IParsable{TSelf}.TryParse(string?, global::System.IFormatProvider?, out TSelf)\"/>");
        w.Line(CodeNames.GeneratedCode);
        w.Line($"public static bool TryParse([global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? s, {Provider} " +
            $"provider, {MaybeNullWhenFalse}out {self} result)");
        w.Open("");
        w.Line("if (s is null)");
        w.Line("{");
        w.Line("    result = default!;");
        w.Line("    return false;");
        w.Line("}");
        w.Line();
        w.Line("return TryParseCore(global::System.MemoryExtensions.AsSpan(s), out result, out _);");
        w.Close();
        w.Line();
        w.Line("/// <inheritdoc cref=\"global::System.ISpanParsable{TSelf}.Parse(global::System.ReadOnlySpan{char}, " +
            "global::System.IFormatProvider?)\"/>");
        w.Line(CodeNames.GeneratedCode);
        w.Line($"public static {self} Parse({Span}<char> s, {Provider} provider) => Parse(s);");
        w.Line();
        w.Line("/// <inheritdoc cref=\"global::System.ISpanParsable{TSelf}.TryParse(global::System.ReadOnlySpan{char}, " +
            "global::System.IFormatProvider?, out TSelf)\"/>");
        w.Line(CodeNames.GeneratedCode);
        w.Line($"public static bool TryParse({Span}<char> s, {Provider} provider, {MaybeNullWhenFalse}out {self} result)");
        w.Line("    => TryParseCore(s, out result, out _);");
        w.Line();
        w.Line("/// <inheritdoc cref=\"global::System.IUtf8SpanParsable{TSelf}.Parse(global::System.ReadOnlySpan{byte}, " +
            "global::System.IFormatProvider?)\"/>");
        w.Line(CodeNames.GeneratedCode);
        w.Line($"public static {self} Parse({Span}<byte> utf8Text, {Provider} provider) => Parse(utf8Text);");
        w.Line();
        w.Line("/// <inheritdoc cref=\"global::System.IUtf8SpanParsable{TSelf}.TryParse(global::System.ReadOnlySpan{byte}, " +
            "global::System.IFormatProvider?, out TSelf)\"/>");
        w.Line(CodeNames.GeneratedCode);
        w.Line($"public static bool TryParse({Span}<byte> utf8Text, {Provider} provider, {MaybeNullWhenFalse}out {self} result)");
        w.Line("    => TryParseCore(utf8Text, out result, out _);");
        w.Line();
    }

    /// <summary>
    /// The parser, shared by UTF-16 and UTF-8 input. Pass 1 is PVE's split loop (structural errors,
    /// which stop it at once); pass 2 is PVE's check_object (per-key errors, the leftmost wins).
    /// </summary>
    private static void EmitParseCore(SourceWriter w, SchemaModel model)
    {
        var self = model.FullyQualifiedName;
        var mask = CodeNames.MaskType(model);
        var defaultKey = model.Keys.FirstOrDefault(k => k.IsDefaultKey);

        w.Line(CodeNames.GeneratedCode);
        w.Line($"private static bool TryParseCore<TChar>({Span}<TChar> text, {MaybeNullWhenFalse}out {self} value, out {CodeNames.Error} " +
            "error)");
        w.Open($"    {CodeNames.CharConstraint}");
        w.Line("error = default;");
        w.Open("if (__TryParseFast(text, out value, ref error))");
        EmitCrossFieldRules(w);
        w.Close();
        w.Line();
        w.Line("return __TryParseExact(text, out value, out error);");
        w.Close();
        w.Line();
        w.Line("// The exact path, for a text that is not valid or not in the fast path's common form. A method of its");
        w.Line("// own, so that its larger frame is set up only when it runs.");
        w.Line(CodeNames.GeneratedCode);
        w.Line($"private static bool __TryParseExact<TChar>({Span}<TChar> text, {MaybeNullWhenFalse}out {self} value, " +
            $"out {CodeNames.Error} error)");
        w.Open($"    {CodeNames.CharConstraint}");
        w.Line("value = default!;");
        w.Line("error = default;");
        w.Line();
        w.Line("// Pass 1, PVE's split loop: where each key's value is. Its errors are structural and stop it.");
        w.Line($"{mask} given = 0; // the keys given so far: PVE's defined($res->{{$key}})");
        if (defaultKey is not null)
        {
            w.Line("bool bare = false; // whether a value without a key was seen");
        }

        foreach (var key in model.Keys)
        {
            w.Line($"int {CodeNames.Start(key)} = 0, {CodeNames.Length(key)} = 0;");
        }

        w.Line($"var unknown = new {CodeNames.Runtime}UnknownKeySet<TChar>(text);");
        w.Open("try");
        w.Line($"var parts = new {CodeNames.Runtime}PropertyStringParts<TChar>(text);");
        w.Open("while (parts.MoveNext())");
        w.Line("var part = parts.Current;");
        w.Open($"if (part.Kind == {CodeNames.Runtime}PropertyStringPartKind.Malformed)");
        w.Line($"{CodeNames.Error}.Report(ref error, {CodeNames.ErrorKind}MissingKey, null, null, part.Start, part.Length);");
        w.Line("return false;");
        w.Close();
        w.Line();
        w.Open($"if (part.Kind == {CodeNames.Runtime}PropertyStringPartKind.Bare)");
        if (defaultKey is null)
        {
            w.Line($"{CodeNames.Error}.Report(ref error, {CodeNames.ErrorKind}ValueWithoutKey, null, null, part.Start, part.Length);");
            w.Line("return false;");
        }
        else
        {
            var bit = CodeNames.Bit(defaultKey);
            w.Line($"// A value without a key belongs to the default key '{defaultKey.Name}': once, and only while");
            w.Line("// that key has no value Perl takes for true (a false one, like type=0, is replaced).");
            w.Line($"if (bare || (given & {bit}) != 0 && " +
                $"!{CodeNames.Primitives}.IsFalsy(text.Slice({CodeNames.Start(defaultKey)}, {CodeNames.Length(defaultKey)}), " +
                $"isBoolean: {Bool(defaultKey.Kind == ValueKind.Boolean)}))");
            w.Line("{");
            var defaultName = CodeNames.Literal(defaultKey.Name);
            w.Line($"    {CodeNames.Error}.Report(ref error, {CodeNames.ErrorKind}DuplicateKey, null, {defaultName}, " +
                "part.Start, part.Length);");
            w.Line("    return false;");
            w.Line("}");
            w.Line();
            w.Line("bare = true;");
            w.Line($"given |= {bit};");
            w.Line($"({CodeNames.Start(defaultKey)}, {CodeNames.Length(defaultKey)}) = (part.ValueStart, part.ValueLength);");
            w.Line("continue;");
        }

        w.Close();
        w.Line();
        w.Line("var key = text.Slice(part.Start, part.KeyLength);");
        w.Open("switch (key.Length)");
        foreach (var key in model.Keys)
        {
            EmitKeyCase(w, key, key.Name, isAlias: false);
            foreach (var alias in key.Aliases)
            {
                EmitKeyCase(w, key, alias, isAlias: true);
            }

            if (key.ValuesAreKeysFor is not null)
            {
                var target = model.KeyNamed(key.ValuesAreKeysFor);
                foreach (var value in key.EnumValues)
                {
                    EmitKeyAliasCase(w, key, target, value.Text);
                }
            }
        }

        w.Line("default:");
        w.Line("    // A key the schema does not define: an error in pass 2, unless it is given twice, which PVE");
        w.Line("    // finds first.");
        w.Line("    if (unknown.Add(part.Start, part.KeyLength))");
        w.Line("    {");
        w.Line("        continue;");
        w.Line("    }");
        w.Line();
        w.Line("    goto duplicate;");
        w.Close();
        w.Line();
        w.Line("duplicate:");
        w.Line($"{CodeNames.Error}.Report(ref error, {CodeNames.ErrorKind}DuplicateKey, null, null, part.Start, key);");
        w.Line("return false;");
        w.Close();
        w.Line();

        EmitPassTwo(w, model);
        w.Close();
        w.Open("finally");
        w.Line("unknown.Dispose();");
        w.Close();
        w.Close();
        w.Line();
    }

    private static void EmitKeyCase(SourceWriter w, KeyModel key, string name, bool isAlias)
    {
        var bit = CodeNames.Bit(key);
        w.Line($"case {name.Length} when {CodeNames.EqualsAscii("key", name)}:");
        if (isAlias)
        {
            w.Line($"    // '{name}' is an alias of '{key.Name}'.");
            w.Line($"    if ((given & {bit}) != 0)");
            w.Line("    {");
            var keyName = CodeNames.Literal(key.Name);
            w.Line($"        {CodeNames.Error}.Report(ref error, {CodeNames.ErrorKind}DuplicateAliasTarget, null, {keyName}, " +
                "part.Start, part.KeyLength);");
            w.Line("        return false;");
            w.Line("    }");
        }
        else
        {
            w.Line($"    if ((given & {bit}) != 0)");
            w.Line("    {");
            w.Line("        goto duplicate;");
            w.Line("    }");
        }

        w.Line();
        w.Line($"    given |= {bit};");
        w.Line($"    ({CodeNames.Start(key)}, {CodeNames.Length(key)}) = (part.ValueStart, part.ValueLength);");
        w.Line("    continue;");
    }

    /// <summary>
    /// A value of <paramref name="key"/> written as a key (PVE's keyAlias): <c>virtio=MAC</c> gives
    /// <c>model</c> the key's text and <c>macaddr</c> the value.
    /// </summary>
    private static void EmitKeyAliasCase(SourceWriter w, KeyModel key, KeyModel target, string text)
    {
        w.Line($"case {text.Length} when {CodeNames.EqualsAscii("key", text)}:");
        w.Line($"    // '{text}' is a value of '{key.Name}' and a key for '{target.Name}'.");
        w.Line($"    if ((given & {CodeNames.Bit(key)}) != 0)");
        w.Line("    {");
        var keyName = CodeNames.Literal(key.Name);
        w.Line($"        {CodeNames.Error}.Report(ref error, {CodeNames.ErrorKind}KeyAliasDefined, null, {keyName}, " +
            "part.Start, part.KeyLength);");
        w.Line("        return false;");
        w.Line("    }");
        w.Line();
        w.Line($"    if ((given & {CodeNames.Bit(target)}) != 0)");
        w.Line("    {");
        var targetName = CodeNames.Literal(target.Name);
        w.Line($"        {CodeNames.Error}.Report(ref error, {CodeNames.ErrorKind}DuplicateAliasTarget, null, {targetName}, " +
            "part.Start, part.KeyLength);");
        w.Line("        return false;");
        w.Line("    }");
        w.Line();
        w.Line($"    given |= {CodeNames.Bit(key)} | {CodeNames.Bit(target)};");
        w.Line($"    ({CodeNames.Start(key)}, {CodeNames.Length(key)}) = (part.Start, part.KeyLength);");
        w.Line($"    ({CodeNames.Start(target)}, {CodeNames.Length(target)}) = (part.ValueStart, part.ValueLength);");
        w.Line("    continue;");
    }

    private static void EmitPassTwo(SourceWriter w, SchemaModel model)
    {
        w.Line("// Pass 2, PVE's check_object: check and read every given key. Of several errors the leftmost");
        w.Line("// in the text wins; a key the schema does not define is one of them. A key is read only when it");
        w.Line("// stands left of the error found so far, so an error a reader reports always replaces that one.");
        w.Line("int errorAt = unknown.FirstStart < 0 ? int.MaxValue : unknown.FirstStart;");
        w.Open("if (unknown.FirstStart >= 0)");
        w.Line($"{CodeNames.Error}.Report(ref error, {CodeNames.ErrorKind}UnknownProperty, null, null, errorAt, text.Slice(errorAt, " +
            "unknown.FirstLength));");
        w.Close();

        foreach (var key in model.Keys)
        {
            var local = CodeNames.Local(key);
            var start = CodeNames.Start(key);
            var raw = $"text.Slice({start}, {CodeNames.Length(key)})";
            w.Line();
            if (key.Kind != ValueKind.String)
            {
                w.Line($"{key.TypeName} {local} = default;");
            }

            var readValue = key.Kind == ValueKind.String ? "" : $"out {local}, ";
            w.Line($"if ((given & {CodeNames.Bit(key)}) != 0 && {start} < errorAt && " +
                $"!{CodeNames.ReadMethod(key)}({raw}, {start}, {readValue}ref error))");
            w.Open("");
            w.Line($"errorAt = {start};");
            w.Close();
        }

        var absent = model.AbsentKeyChecks;
        if (absent.Count > 0)
        {
            w.Line();
            w.Line("// A key that is absent (required, or required by a key that was given) has no place in the");
            w.Line("// text: it is reported when nothing else is.");
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

        w.Line($"value = new {model.FullyQualifiedName}(default, given, {ConstructorArguments(model)});");
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
