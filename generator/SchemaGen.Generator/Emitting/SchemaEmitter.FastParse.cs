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
        w.Line($"private static bool TryParseFast__<TChar>({Span}<TChar> text, {CodeNames.MaybeNullWhenFalse}out {self} value, " +
            $"ref {CodeNames.Error} error)");
        w.Open($"    {CodeNames.CharConstraint}");
        // Not cleared: on false the exact path assigns value, and clearing a struct of many keys (512 bytes
        // for `scsi`) cost more than reading a short text.
        w.Line("global::System.Runtime.CompilerServices.Unsafe.SkipInit(out value);");
        w.Line($"{CodeNames.MaskType(model)} given = 0;");
        w.Line($"var values = default({Values});");

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
            EmitFastRead(w, model, defaultKey);
            w.Close();
            w.Line();
        }

        w.Open($"if (part.Kind != {CodeNames.Runtime}PropertyStringPartKind.KeyValue)");
        w.Line("return false;");
        w.Close();
        w.Line();
        w.Line("var key = text.Slice(part.Start, part.KeyLength);");
        var cases = FastKeyCases(model);
        bool lookup = cases.Count > MaxInlineKeyCases;
        if (lookup)
        {
            // Many keys: comparing them in this loop adds temporaries to its frame, which is zeroed on
            // every call (`scsi`: 2.1 KB zeroed, 1.1 KB with the lookup out of line).
            w.Open("switch (FastKeyIndex__(key))");
        }
        else
        {
            w.Open("switch (key.Length)");
        }

        for (int i = 0; i < cases.Count; i++)
        {
            var (text, key, target) = cases[i];
            if (lookup)
            {
                w.Line($"case {i}: // '{text}'");
            }
            else
            {
                w.Line($"case {text.Length} when {CodeNames.EqualsAscii("key", text)}:");
            }

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

        w.Line($"value = new {self}(default, given, {ConstructorArguments(model)});");
        w.Line("return true;");
        w.Close();
        w.Line();
        if (lookup)
        {
            EmitFastKeyIndex(w, cases);
        }
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
            w.Line($"    values.{key.PropertyName} = {key.TypeName}.{word.MemberName};");
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

    /// <summary>Above this many key texts, the fast path finds a key's case in a method of its own.</summary>
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

    /// <summary>The fast path's key lookup for a schema of many keys: the key's case, or -1 when it is none.</summary>
    private static void EmitFastKeyIndex(SourceWriter w, List<(string Text, KeyModel Key, KeyModel? Target)> cases)
    {
        w.Line("// The fast path's case for a key, or -1: by length first, then one comparison of the text per candidate.");
        w.Line(CodeNames.GeneratedCode);
        w.Line($"private static int FastKeyIndex__<TChar>({Span}<TChar> key)");
        w.Open($"    {CodeNames.CharConstraint}");
        w.Open("switch (key.Length)");
        foreach (var length in cases.Select(c => c.Text.Length).Distinct().OrderBy(l => l))
        {
            w.Line($"case {length}:");
            w.Indent();
            for (int i = 0; i < cases.Count; i++)
            {
                if (cases[i].Text.Length == length)
                {
                    w.Line($"if ({CodeNames.EqualsAscii("key", cases[i].Text)}) return {i};");
                }
            }

            w.Line("return -1;");
            w.Outdent();
        }

        w.Line("default:");
        w.Line("    return -1;");
        w.Close();
        w.Close();
        w.Line();
    }

    /// <summary>PVE's keyAlias: <c>virtio=MAC</c> gives the key's text to one key and the value to another.</summary>
    private static void EmitFastKeyAliasRead(SourceWriter w, SchemaModel model, KeyModel key, KeyModel target, string text)
    {
        w.Line($"// '{text}' is a value of '{key.Name}' and a key for '{target.Name}'.");
        var both = $"{CodeNames.Bit(key)} | {CodeNames.Bit(target)}";
        w.Line($"if ((given & ({both})) != 0 || !{ReadKeyCall(IndexOf(model, key), "key", "part.Start")} || "
            + $"!{ReadKeyCall(IndexOf(model, target), "raw", "part.ValueStart")}) return false;");
        w.Line($"given |= {both};");
        w.Line("continue;");
    }

    /// <summary>Gives up when the key was given before or its value is not valid; else reads it and moves on.</summary>
    private static void EmitFastRead(SourceWriter w, SchemaModel model, KeyModel key)
    {
        var bit = CodeNames.Bit(key);
        w.Line($"if ((given & {bit}) != 0 || !{ReadKeyCall(IndexOf(model, key), "raw", "part.ValueStart")}) return false;");
        w.Line($"given |= {bit};");
        w.Line("continue;");
    }

    /// <summary>
    /// The private constructor's arguments after the tag and the presence mask, from the values read.
    /// A key that may be absent is passed through a call rather than a <c>?:</c>: a branch inside an
    /// argument list makes the JIT copy every argument before it at each join, which for the 44 keys
    /// of <c>scsi</c> was some thousand copies and an 18 KB frame.
    /// </summary>
    private static ConstructorArgumentsText ConstructorArguments(SchemaModel model) => new(model);

    /// <summary><see cref="ConstructorArguments"/>' text, written into the line where it is interpolated.</summary>
    private readonly struct ConstructorArgumentsText(SchemaModel model) : ISourcePiece
    {
        public void AppendTo(StringBuilder text)
        {
            for (int i = 0; i < model.Keys.Count; i++)
            {
                var key = model.Keys[i];
                if (i > 0)
                {
                    text.Append(", ");
                }

                if (key.Kind == ValueKind.String)
                {
                    text.Append(CodeNames.Primitives).Append(".ToManagedStringOrNull((given & ").Append(CodeNames.Bit(key))
                        .Append(") != 0, text.Slice(values.").Append(key.PropertyName).Append("__Start, values.")
                        .Append(key.PropertyName).Append("__Length))");
                }
                else if (key.IsNullable)
                {
                    text.Append(CodeNames.Primitives).Append(".ValueOrNull((given & ").Append(CodeNames.Bit(key))
                        .Append(") != 0, values.").Append(key.PropertyName).Append(')');
                }
                else
                {
                    text.Append("values.").Append(key.PropertyName);
                }
            }
        }
    }
}
