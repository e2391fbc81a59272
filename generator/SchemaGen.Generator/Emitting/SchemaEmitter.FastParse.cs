using System.Collections.Generic;
using System.Linq;
using System.Text;
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
        var self = CodeNames.Self(model);
        var defaultKey = model.Keys.FirstOrDefault(k => k.IsDefaultKey);

        // Why it exists and what it may not do: docs/architecture.md, "The generated parser". The generated
        // comment is short, since every schema repeats it.
        w.Line("// The fast path: one pass for the common case (plain parts, no key unknown or given twice, every");
        w.Line("// value valid). It gives up at the first thing that is not so; the exact path then finds PVE's error.");
        w.Line("// Its readers report to Error__.Discard, nowhere, so that it makes no call to report. Never inlined: in its");
        w.Line("// caller it would share the caller's inlining budget, and its own small calls stay calls.");
        w.Line(CodeNames.NoInlining);
        w.Line($"private static bool TryParseFast__<TChar>({Span}<TChar> text, {CodeNames.MaybeNullWhenFalse}out {self} value)");
        w.Open($"    {CodeNames.CharConstraint}");
        // Not cleared: on false the exact path assigns value, and clearing a struct of many keys (512 bytes
        // for `scsi`) cost more than reading a short text.
        w.Line("global::System.Runtime.CompilerServices.Unsafe.SkipInit(out value);");
        var cases = FastKeyCases(model);
        bool outOfLine = ReadsKeysOutOfLine(model);
        // A schema of many keys reads them through the runtime, whose mask is a ulong.
        var givenType = outOfLine ? "ulong" : CodeNames.MaskType(model);
        w.Line($"{givenType} given = 0;");
        w.Line($"var values = default({Values});");

        w.Line($"var parts = new {CodeNames.Runtime}PropertyStringQuickParts<TChar>(text);");
        w.Open("while (parts.MoveNext())");
        w.Line("var raw = parts.CurrentValue;");
        w.Line("var key = parts.CurrentKey;");
        if (outOfLine || cases.Count > MaxInlineKeyCases)
        {
            // The key table finds a key's text; a bare part, whose key is empty, goes to the default key first.
            w.Open("if (parts.KeyLength == 0)");
            if (defaultKey is null)
            {
                w.Line("return false;");
            }
            else
            {
                w.Line($"// The default key '{defaultKey.Name}', given once.");
                EmitFastRead(w, model, defaultKey);
            }

            w.Close();
            w.Line();
        }

        if (outOfLine)
        {
            w.Line($"int entry = {KeyTable}.Find(key);");
            w.Line($"if (entry < 0 || !{CodeNames.Runtime}PropertyStringFastKeys.Read<TChar, {KeyTable}, {Values}>(" +
                $"entry, key, parts.Start, raw, parts.ValueStart, ref given, ref values, ref {CodeNames.Error}.Discard)) " +
                "return false;");
        }
        else if (cases.Count > MaxInlineKeyCases)
        {
            EmitFastEntrySwitch(w, model);
        }
        else
        {
            EmitFastKeySwitch(w, model, defaultKey, cases);
        }

        w.Close();
        w.Line();
        w.Line("// A part not in the common form: the exact path reads the text again.");
        w.Open("if (parts.GaveUp)");
        w.Line("return false;");
        w.Close();
        w.Line();
        EmitBuild(w, model, givenType);
        w.Close();
        w.Line();
    }

    /// <summary>
    /// The end of a fast read: a required key missing gives up (the exact path reports it), unless
    /// <paramref name="checkAbsent"/> is false because none can be; else the value is made from <c>values</c>,
    /// <c>given</c> and <c>text</c>.
    /// </summary>
    private static void EmitBuild(SourceWriter w, SchemaModel model, string givenType, bool checkAbsent = true)
    {
        var absent = checkAbsent ? model.AbsentKeyChecks : [];
        if (absent.Count > 0)
        {
            w.Line("// A required key, or one a given key requires, is missing: the exact path reports it.");
            w.Append($"if (");
            for (int i = 0; i < absent.Count; i++)
            {
                var (missing, requiredBy) = absent[i];
                w.Append($"{(i > 0 ? " || " : "")}(given & ");
                if (requiredBy is null)
                {
                    w.Append($"{CodeNames.Bit(missing)}) == 0");
                }
                else
                {
                    w.Append($"({CodeNames.Bit(missing)} | {CodeNames.Bit(requiredBy)})) == {CodeNames.Bit(requiredBy)}");
                }
            }

            w.Open($")");
            w.Line("return false;");
            w.Close();
            w.Line();
        }

        var present = givenType == CodeNames.MaskType(model) ? "given" : $"({CodeNames.MaskType(model)})given";
        w.Line($"value = new {CodeNames.Self(model)}(default, {present}, {ConstructorArguments(model)});");
        w.Line("return true;");
    }

    /// <summary>
    /// A schema of few keys but many key texts (<c>net</c>: a keyAlias over the NIC models): the key table finds the
    /// key, and a case for each of its answers reads the key in line; all of a keyAlias key's values share one case.
    /// </summary>
    private static void EmitFastEntrySwitch(SourceWriter w, SchemaModel model)
    {
        var entry = $"{CodeNames.Runtime}PropertyStringKeyEntry";
        w.Open($"switch ({KeyTable}.Find(key))");
        for (int i = 0; i < model.Keys.Count; i++)
        {
            var key = model.Keys[i];
            w.Line($"case {i}: // '{key.Name}'");
            w.Indent();
            EmitFastRead(w, model, key);
            w.Outdent();
            if (key.Aliases.Count > 0)
            {
                w.Line($"case {entry}.AliasFlag | {i}: // an alias of '{key.Name}'");
                w.Indent();
                EmitFastRead(w, model, key);
                w.Outdent();
            }

            if (key.ValuesAreKeysFor is not null)
            {
                var target = model.KeyNamed(key.ValuesAreKeysFor);
                w.Line($"case {entry}.ValueAsKeyFlag | ({IndexOf(model, target)} << {entry}.TargetShift) | {i}:");
                w.Indent();
                EmitFastKeyAliasRead(w, model, key, target, null);
                w.Outdent();
            }
        }

        w.Line("default:");
        w.Line("    return false;");
        w.Close();
    }

    /// <summary>
    /// A schema of few keys: a case for each key text, by length and one comparison, each reading its key in line; a bare
    /// part, whose key's length is 0, is the default key's.
    /// </summary>
    private static void EmitFastKeySwitch(SourceWriter w, SchemaModel model, KeyModel? defaultKey,
        List<(string Text, KeyModel Key, KeyModel? Target)> cases)
    {
        w.Open("switch (key.Length)");
        if (defaultKey is not null)
        {
            w.Line($"case 0: // a bare part: the default key '{defaultKey.Name}', given once");
            w.Indent();
            EmitFastRead(w, model, defaultKey);
            w.Outdent();
        }

        foreach (var (text, key, target) in cases)
        {
            w.Line($"case {text.Length} when {CodeNames.EqualsAscii("key", text)}:");
            w.Indent();
            if (target is null)
            {
                EmitFastRead(w, model, key);
            }
            else
            {
                EmitFastKeyAliasRead(w, model, key, target, text);
            }

            w.Outdent();
        }

        w.Line("default:");
        w.Line("    return false;");
        w.Close();
    }

    /// <summary>
    /// The commonest short form, a text that is nothing but one of the default key's words (<c>std</c>):
    /// one length switch and one comparison instead of the split. The word is the whole text, so there is
    /// no other key, and none is missing (<see cref="WholeWords"/>). A method of its own,
    /// before the fast path and not in it: the JIT lays out the fast path by what it saw while it counted
    /// (tiered PGO), and a run of bare words there had it lay out the split loop as rarely taken
    /// (decision 35, docs/decisions/0035-the-fast-path-kept-to-itself.md: the typical <c>amd-sev</c> value
    /// parsed a sixth slower after a run of <c>std</c>).
    /// </summary>
    private static void EmitWholeWord(SourceWriter w, SchemaModel model)
    {
        var words = WholeWords(model);
        if (words.Count == 0)
        {
            return;
        }

        var key = model.Keys.First(k => k.IsDefaultKey);
        var mask = CodeNames.MaskType(model);
        w.Line($"// A text that is only a word of the default key '{key.Name}' needs no split. Not in the fast path, whose");
        w.Line("// layout the JIT takes from what it saw: a run of bare words there would make its split loop look rare.");
        w.Line(CodeNames.GeneratedCode);
        w.Line(CodeNames.AggressiveInlining);
        w.Line($"private static bool TryParseWholeWord__<TChar>({Span}<TChar> text, {CodeNames.MaybeNullWhenFalse}out " +
            $"{CodeNames.Self(model)} value)");
        w.Open($"    {CodeNames.CharConstraint}");
        w.Line("global::System.Runtime.CompilerServices.Unsafe.SkipInit(out value);");
        // A struct's word is copied from a value built once (EmitWholeWordValues); a class's is built here.
        bool copied = model.IsValueType;
        if (!copied)
        {
            w.Line($"{mask} given = {CodeNames.Bit(key)};");
            w.Line($"var values = default({Values});");
        }

        w.Open("switch (text.Length)");
        for (int i = 0; i < words.Count; i++)
        {
            var word = words[i];
            w.Line($"case {word.Text.Length} when {CodeNames.EqualsAscii("text", word.Text)}:");
            if (copied)
            {
                w.Line($"    value = {CodeNames.WholeWordValue(i)};");
                w.Line("    return true;");
            }
            else
            {
                w.Line($"    values.{key.PropertyName} = {key.TypeName}.{word.MemberName};");
                w.Line("    break;");
            }
        }

        w.Line("default:");
        w.Line("    return false;");
        w.Close();
        if (!copied)
        {
            w.Line();
            EmitBuild(w, model, mask, checkAbsent: false);
        }

        w.Close();
        w.Line();
        if (copied)
        {
            EmitWholeWordValues(w, model, key, words);
        }
    }

    /// <summary>
    /// The values a struct's whole words are copied from, each built once in a static field. Built a field at a time
    /// in the caller's frame (the shortcut is in line there), a word's value was read back at once in wider pieces
    /// than it was written (returned in registers, copied), and the read waited for the stores to reach the cache
    /// instead of taking their data (store-to-load forwarding fails when a load spans several stores): <c>std</c>
    /// parsed in 13.4 ns, copied whole in 5.3 (decision 43). A class builds its value as before: an instance cannot be shared.
    /// </summary>
    private static void EmitWholeWordValues(SourceWriter w, SchemaModel model, KeyModel key, IReadOnlyList<EnumValueModel> words)
    {
        w.Line("// Each word's value, built once and copied whole: built a field at a time, it was read back before the");
        w.Line("// stores had landed, in wider pieces, and the read waited for them.");
        var self = CodeNames.Self(model);
        for (int i = 0; i < words.Count; i++)
        {
            w.Append($"private static readonly {self} {CodeNames.WholeWordValue(i)} = new(default, {CodeNames.Bit(key)}, ");
            w.Append($"new {Values} {{ {key.PropertyName} = {key.TypeName}.{words[i].MemberName} }}");
            foreach (var other in model.Keys)
            {
                if (IsConstructorParameter(other))
                {
                    w.Append($", null");
                }
            }

            w.Line($"); // '{words[i].Text}'");
        }

        w.Line();
    }

    /// <summary>
    /// The words a text may be alone and parse by the whole-word shortcut: none when a word alone would miss a
    /// key, one required or one the default key requires (it always gave up there), so the shortcut has no
    /// required-key checks to make.
    /// </summary>
    private static IReadOnlyList<EnumValueModel> WholeWords(SchemaModel model)
    {
        var key = model.Keys.FirstOrDefault(k => k.IsDefaultKey);
        bool aloneMissesAKey = model.AbsentKeyChecks.Any(c => c.Missing != key && (c.RequiredBy is null || c.RequiredBy == key));
        return aloneMissesAKey ? [] : WholeTextWords(key);
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

    /// <summary>
    /// Above this many keys, the fast path finds a key in the schema's key table and reads it out of line
    /// (<c>PropertyStringFastKeys</c>): each key read in line grew the frame the JIT zeroes on every call, and spent
    /// the inlining budget the split needed (<c>scsi</c>, 44 keys: a 3 KB frame; 120 -> 55 ns for a bare volume).
    /// </summary>
    private const int MaxInlineKeys = 16;

    /// <summary>
    /// Whether the schema's keys are read out of line: by the fast path through one call, and each by a reader of its
    /// own that is not inlined into the key table's switch (<c>KeyReader.NotInlined</c> or a generated reader).
    /// </summary>
    private static bool ReadsKeysOutOfLine(SchemaModel model) => model.Keys.Count > MaxInlineKeys;

    /// <summary>Above this many key texts, the fast path finds a key in the schema's key table rather than by a case per text.</summary>
    private const int MaxInlineKeyCases = 16;

    /// <summary>
    /// Every key text the fast path knows, in the order of its switch: each key, its aliases, and for
    /// PVE's keyAlias each value of the key that is a key for its target (<c>Target</c> set).
    /// </summary>
    private static List<(string Text, KeyModel Key, KeyModel? Target)> FastKeyCases(SchemaModel model)
    {
        var cases = new List<(string Text, KeyModel Key, KeyModel? Target)>();
        foreach (var key in model.Keys)
        {
            cases.Add((key.Name, key, null));
            foreach (var alias in key.Aliases)
            {
                cases.Add((alias, key, null));
            }

            if (key.ValuesAreKeysFor is not null)
            {
                var target = model.KeyNamed(key.ValuesAreKeysFor);
                foreach (var enumValue in key.EnumValues)
                {
                    cases.Add((enumValue.Text, key, target));
                }
            }
        }

        return cases;
    }

    /// <summary>PVE's keyAlias: <c>virtio=MAC</c> gives the key's text to one key and the value to another.</summary>
    private static void EmitFastKeyAliasRead(SourceWriter w, SchemaModel model, KeyModel key, KeyModel target, string? text)
    {
        w.Line(text is null
            ? $"// A value of '{key.Name}' written as a key for '{target.Name}'."
            : $"// '{text}' is a value of '{key.Name}' and a key for '{target.Name}'.");
        var both = $"{CodeNames.Bit(key)} | {CodeNames.Bit(target)}";
        w.Line($"if ((given & ({both})) != 0 || !{ReadKeyCall(IndexOf(model, key), "key", "parts.Start")} || "
            + $"!{ReadKeyCall(IndexOf(model, target), "raw", "parts.ValueStart")}) return false;");
        w.Line($"given |= {both};");
        w.Line("continue;");
    }

    /// <summary>Gives up when the key was given before or its value is not valid; else reads it and moves on.</summary>
    private static void EmitFastRead(SourceWriter w, SchemaModel model, KeyModel key)
    {
        var bit = CodeNames.Bit(key);
        w.Line($"if ((given & {bit}) != 0 || !{ReadKeyCall(IndexOf(model, key), "raw", "parts.ValueStart")}) return false;");
        w.Line($"given |= {bit};");
        w.Line("continue;");
    }

    /// <summary>
    /// The private constructor's arguments after the tag and the presence mask: the values read, and each
    /// string key's string (from the runtime's pool), made where the text is.
    /// </summary>
    private static ConstructorArgumentsText ConstructorArguments(SchemaModel model) => new(model);

    /// <summary><see cref="ConstructorArguments"/>' text, written into the line where it is interpolated.</summary>
    private readonly struct ConstructorArgumentsText(SchemaModel model) : ISourcePiece
    {
        public void AppendTo(StringBuilder text)
        {
            text.Append("in values");
            foreach (var key in model.Keys)
            {
                if (IsConstructorParameter(key))
                {
                    text.Append(", ").Append(CodeNames.Primitives).Append(".ToManagedStringOrNull((given & ").Append(CodeNames.Bit(key))
                        .Append(") != 0, text.Slice(values.").Append(key.PropertyName).Append("__Start, values.")
                        .Append(key.PropertyName).Append("__Length))");
                }
            }
        }
    }
}
