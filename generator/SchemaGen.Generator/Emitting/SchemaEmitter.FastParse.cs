using System.Collections.Generic;
using System.Linq;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Emitting;

internal static partial class SchemaEmitter
{
    /// <summary>
    /// The fast path: PVE's split loop and check_object in one pass, for the common case only. It
    /// gives up (returns false) at the first thing that is not plainly right, and the exact two
    /// passes then run from the start, so every error is still found and worded by them alone.
    /// </summary>
    private static void EmitFastParse(SourceWriter w, SchemaModel model)
    {
        var self = model.FullyQualifiedName;
        var defaultKey = model.Keys.FirstOrDefault(k => k.IsDefaultKey);

        w.Line("// The fast path, for the common case: every part a plain key=value (or the default key's bare value),");
        w.Line("// no key unknown or given twice, every value valid, no required key missing. It reads each value as");
        w.Line("// soon as its key is found, in one pass, and gives up at the first thing that is not so: the exact");
        w.Line("// path then starts over and finds PVE's error, so this one never words an error itself (a reader");
        w.Line("// may write one into error on its way out; the exact path clears it).");
        w.Line($"private static bool __TryParseFast<TChar>({Span}<TChar> text, {MaybeNullWhenFalse}out {self} value, " +
            $"ref {CodeNames.Error} error)");
        w.Open($"    {CodeNames.CharConstraint}");
        w.Line("value = default!;");
        w.Line($"{CodeNames.MaskType(model)} given = 0;");
        foreach (var key in model.Keys)
        {
            if (key.Kind == ValueKind.String)
            {
                w.Line($"int {CodeNames.Start(key)} = 0, {CodeNames.Length(key)} = 0;");
            }
            else
            {
                w.Line($"{key.TypeName} {CodeNames.Local(key)} = default;");
            }
        }

        var wholeTextWords = WholeTextWords(defaultKey);
        if (wholeTextWords.Count > 0)
        {
            EmitWholeTextWord(w, defaultKey!, wholeTextWords);
        }

        w.Line($"var parts = new {CodeNames.Runtime}PropertyStringQuickParts<TChar>(text);");
        w.Open("while (parts.MoveNext())");
        w.Line("var part = parts.Current;");
        w.Line("var raw = text.Slice(part.ValueStart, part.ValueLength);");
        if (defaultKey is not null)
        {
            w.Open($"if (part.Kind == {CodeNames.Runtime}PropertyStringPartKind.Bare)");
            w.Line($"// The default key '{defaultKey.Name}', given once.");
            EmitFastRead(w, defaultKey, CodeNames.Bit(defaultKey), "raw", "part.ValueStart");
            w.Close();
            w.Line();
        }

        w.Open($"if (part.Kind != {CodeNames.Runtime}PropertyStringPartKind.KeyValue)");
        w.Line("return false;");
        w.Close();
        w.Line();
        w.Line("var key = text.Slice(part.Start, part.KeyLength);");
        w.Open("switch (key.Length)");
        foreach (var key in model.Keys)
        {
            EmitFastKeyCase(w, key, key.Name);
            foreach (var alias in key.Aliases)
            {
                EmitFastKeyCase(w, key, alias);
            }

            if (key.ValuesAreKeysFor is not null)
            {
                var target = model.KeyNamed(key.ValuesAreKeysFor);
                foreach (var enumValue in key.EnumValues)
                {
                    EmitFastKeyAliasCase(w, key, target, enumValue.Text);
                }
            }
        }

        w.Line("default:");
        w.Line("    return false;");
        w.Close();
        w.Close();
        w.Line();

        if (wholeTextWords.Count > 0)
        {
            w.Line("build:");
        }

        var absent = model.AbsentKeyChecks;
        if (absent.Count > 0)
        {
            w.Line("// A required key, or one a given key requires, is missing: the exact path reports it.");
            var conditions = absent.Select(check => check.RequiredBy is null
                ? $"(given & {CodeNames.Bit(check.Missing)}) == 0"
                : $"(given & ({CodeNames.Bit(check.Missing)} | {CodeNames.Bit(check.RequiredBy)})) == {CodeNames.Bit(check.RequiredBy)}");
            w.Open($"if ({string.Join(" || ", conditions)})");
            w.Line("return false;");
            w.Close();
            w.Line();
        }

        w.Line($"value = new {self}(default, given, {ConstructorArguments(model)});");
        w.Line("return true;");
        w.Close();
        w.Line();
    }

    /// <summary>
    /// The commonest short form, a text that is nothing but one of the default key's words (<c>std</c>):
    /// one length switch and one comparison instead of the split. The word is the whole text, so there is
    /// no other key; a required one is then missing, which the checks after <c>build:</c> see.
    /// </summary>
    private static void EmitWholeTextWord(SourceWriter w, KeyModel key, IReadOnlyList<EnumValueModel> words)
    {
        w.Line($"// A text that is only a word of the default key '{key.Name}' needs no split.");
        w.Open("switch (text.Length)");
        foreach (var word in words)
        {
            w.Line($"case {word.Text.Length} when {CodeNames.EqualsAscii("text", word.Text)}:");
            w.Line($"    {CodeNames.Local(key)} = {key.TypeName}.{word.MemberName};");
            w.Line($"    given = {CodeNames.Bit(key)};");
            w.Line("    goto build;");
        }

        w.Close();
        w.Line();
    }

    /// <summary>
    /// The default key's words that are valid as the whole text: an enum key with nothing to check but
    /// its words (and their length limits), and words that the split would keep as one bare part.
    /// </summary>
    private static IReadOnlyList<EnumValueModel> WholeTextWords(KeyModel? key)
    {
        if (key is not { Kind: ValueKind.Enum, FormatMethod: null, NamedFormat: null, Pattern: null })
        {
            return [];
        }

        return key.EnumValues
            .Where(v => v.Text.Length > 0 && v.Text.All(c => c > ' ' && c < '\x7F' && c != ',' && c != '=')
                && (key.MinLength is not { } min || v.Text.Length >= min)
                && (key.MaxLength is not { } max || v.Text.Length <= max))
            .ToList();
    }

    private static void EmitFastKeyCase(SourceWriter w, KeyModel key, string name)
    {
        w.Line($"case {name.Length} when {CodeNames.EqualsAscii("key", name)}:");
        w.Indent();
        EmitFastRead(w, key, CodeNames.Bit(key), "raw", "part.ValueStart");
        w.Outdent();
    }

    /// <summary>PVE's keyAlias: <c>virtio=MAC</c> gives the key's text to one key and the value to another.</summary>
    private static void EmitFastKeyAliasCase(SourceWriter w, KeyModel key, KeyModel target, string text)
    {
        w.Line($"case {text.Length} when {CodeNames.EqualsAscii("key", text)}:");
        w.Indent();
        w.Line($"// '{text}' is a value of '{key.Name}' and a key for '{target.Name}'.");
        var both = $"{CodeNames.Bit(key)} | {CodeNames.Bit(target)}";
        w.Open($"if ((given & ({both})) != 0 || !{ReadCall(key, "key", "part.Start")} || !{ReadCall(target, "raw", "part.ValueStart")})");
        w.Line("return false;");
        w.Close();
        w.Line();
        w.Line($"given |= {both};");
        RecordString(w, key, "part.Start", "part.KeyLength");
        RecordString(w, target, "part.ValueStart", "part.ValueLength");
        w.Line("continue;");
        w.Outdent();
    }

    /// <summary>Gives up when the key was given before or its value is not valid; else reads it and moves on.</summary>
    private static void EmitFastRead(SourceWriter w, KeyModel key, string bit, string raw, string offset)
    {
        w.Open($"if ((given & {bit}) != 0 || !{ReadCall(key, raw, offset)})");
        w.Line("return false;");
        w.Close();
        w.Line();
        w.Line($"given |= {bit};");
        RecordString(w, key, "part.ValueStart", "part.ValueLength");
        w.Line("continue;");
    }

    private static string ReadCall(KeyModel key, string raw, string offset)
    {
        var readValue = key.Kind == ValueKind.String ? "" : $"out {CodeNames.Local(key)}, ";
        return $"{CodeNames.ReadMethod(key)}({raw}, {offset}, {readValue}ref error)";
    }

    /// <summary>A string key keeps where its value is: the string is made once, when the whole text is valid.</summary>
    private static void RecordString(SourceWriter w, KeyModel key, string start, string length)
    {
        if (key.Kind == ValueKind.String)
        {
            w.Line($"({CodeNames.Start(key)}, {CodeNames.Length(key)}) = ({start}, {length});");
        }
    }

    /// <summary>The private constructor's arguments after the tag and the presence mask, from the parser's locals.</summary>
    private static string ConstructorArguments(SchemaModel model)
        => string.Join(", ", model.Keys.Select(k => k.Kind == ValueKind.String
            ? $"(given & {CodeNames.Bit(k)}) != 0 ? " +
                $"{CodeNames.Primitives}.ToManagedString(text.Slice({CodeNames.Start(k)}, {CodeNames.Length(k)})) : null"
            : k.IsNullable ? $"(given & {CodeNames.Bit(k)}) != 0 ? {CodeNames.Local(k)} : null"
            : CodeNames.Local(k)));
}
