using System.Text;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Emitting;

internal static partial class SchemaEmitter
{
    /// <summary>The struct a parse keeps the values it has read in, nested in the key table, whose reader fills it.</summary>
    private const string Values = KeyTable + ".Values";

    /// <summary>
    /// Where a parse keeps what it has read: each key's value, and a string key's place in the text (its
    /// string is made once the whole text is valid, so that a refused text allocates nothing).
    /// </summary>
    private static void EmitValues(SourceWriter w, SchemaModel model)
    {
        w.Line("// What a parse has read: each key's value; a string's place in the text, whose string is made once the");
        w.Line("// whole text is valid, so that a refused text allocates nothing.");
        w.Open("public struct Values");
        foreach (var key in model.Keys)
        {
            if (key.Kind == ValueKind.String)
            {
                w.Line($"public int {key.PropertyName}__Start, {key.PropertyName}__Length;");
            }
            else
            {
                w.Line($"public {key.TypeName} {key.PropertyName};");
            }
        }

        w.Close();
    }

    /// <summary>
    /// The key table's reader of any key by its number (<c>IPropertyStringKeys.Read</c>), which both
    /// parsing paths call: the exact path from the runtime's loop (<c>PropertyStringExactSplit.ReadKeys</c>),
    /// the fast path in each case of its own switch, with a constant number, which the JIT folds to that
    /// key's reading once it has inlined the reader (a schema of many keys: through one call, every key's
    /// reading a call of its own). Each key's reading is written once, here.
    /// </summary>
    private static void EmitReadAnyKey(SourceWriter w, SchemaModel model)
    {
        w.Line("/// <summary>Checks and reads the value of key number <paramref name=\"key\"/>.</summary>");
        w.Line(CodeNames.AggressiveInlining);
        w.Line($"public static bool Read<TChar>(int key, {Span}<TChar> raw, int offset, ref Values values, ref {CodeNames.Error} error)");
        w.Open($"    {CodeNames.CharConstraint}");
        w.Open("switch (key)");
        for (int i = 0; i < model.Keys.Count; i++)
        {
            var key = model.Keys[i];
            var read = ReadCall(key, "raw", "offset", "out values.", key.PropertyName, notInlined: ReadsKeysOutOfLine(model));
            if (key.Kind == ValueKind.String)
            {
                var name = key.PropertyName;
                w.Line($"case {i}: (values.{name}__Start, values.{name}__Length) = (offset, raw.Length); return {read};");
            }
            else
            {
                w.Line($"case {i}: return {read};");
            }
        }

        w.Line("default: return false;");
        w.Close();
        w.Close();
    }

    /// <summary>The key table's reader on key number <paramref name="index"/>, as the fast path calls it.</summary>
    private static ReadKeyCallText ReadKeyCall(int index, string raw, string offset) => new(index, raw, offset);

    /// <summary><see cref="ReadKeyCall"/>'s text, written into the line where it is interpolated.</summary>
    private readonly struct ReadKeyCallText(int index, string raw, string offset) : ISourcePiece
    {
        public void AppendTo(StringBuilder text)
            => text.Append(KeyTable).Append(".Read(").Append(index).Append(", ").Append(raw).Append(", ").Append(offset)
                .Append(", ref values, ref ").Append(CodeNames.Error).Append(".Discard)");
    }
}
