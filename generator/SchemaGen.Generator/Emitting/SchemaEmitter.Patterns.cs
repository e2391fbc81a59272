using System.Linq;
using System.Text;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Patterns;

namespace SchemaGen.Generator.Emitting;

internal static partial class SchemaEmitter
{
    /// <summary>Classes to a line of the comment that names them, entries to a line of the symbol table.</summary>
    private const int ClassNamesPerLine = 6, SymbolsPerLine = 16;

    /// <summary>
    /// What checks each key's pattern, at <c>Patterns__.Name.IsMatch(value)</c>: an automaton built here,
    /// at compile time, when the pattern is one <see cref="PatternCompiler"/> takes (PVE's all are), so
    /// nothing is built or interpreted at run time; otherwise a <c>Regex</c>, built on first use.
    /// </summary>
    private static void EmitPatterns(SourceWriter w, SchemaModel model)
    {
        var keys = model.Keys.Where(k => k.Pattern is not null).ToList();
        if (keys.Count == 0)
        {
            return;
        }

        w.Line();
        w.Line(CodeNames.GeneratedCode);
        w.Open("private static class Patterns__");
        for (int i = 0; i < keys.Count; i++)
        {
            if (i > 0)
            {
                w.Line();
            }

            var key = keys[i];
            string pattern = key.Pattern!;
            w.Line($"// '{key.Name}': the whole value must match {CodeNames.Literal(pattern)}, as PVE anchors the pattern.");
            if (PatternCompiler.Compile(pattern) is { } compiled)
            {
                EmitAutomaton(w, key.PropertyName, compiled);
            }
            else
            {
                w.Line("// It is beyond what the generator compiles, so a Regex checks it.");
                w.Line($"internal static readonly global::System.Text.RegularExpressions.Regex {key.PropertyName} =");
                w.Line($"    new({CodeNames.Literal("^(?:" + pattern + ")\\z")}, " +
                    "global::System.Text.RegularExpressions.RegexOptions.CultureInvariant);");
            }
        }

        w.Close();
    }

    private static void EmitAutomaton(SourceWriter w, string name, CompiledPattern compiled)
    {
        w.Line($"// An automaton built from it at compile time: {compiled.StateCount} states over {compiled.ClassCount} classes " +
            "of characters.");
        w.Open($"internal static class {name}");
        w.Line("// The class of each character: ASCII by its code, then non-ASCII digits, non-ASCII white space, the rest.");
        var names = PatternClassText.Describe(compiled);
        for (int first = 0; first < names.Count; first += ClassNamesPerLine)
        {
            var line = new StringBuilder("//");
            for (int c = first; c < names.Count && c < first + ClassNamesPerLine; c++)
            {
                line.Append(' ').Append(c).Append(": ").Append(names[c]).Append(c + 1 < names.Count ? ";" : ".");
            }

            w.Line(line.ToString());
        }

        w.Line("private static global::System.ReadOnlySpan<byte> Classes =>");
        w.Line("[");
        w.Indent();
        for (int first = 0; first < compiled.Classes.Length; first += SymbolsPerLine)
        {
            w.Line(Numbers(compiled.Classes, first, System.Math.Min(SymbolsPerLine, compiled.Classes.Length - first)));
        }

        w.Outdent();
        w.Line("];");
        w.Line();
        w.Line("// A row a state: the state after each class, then 1 where the value may end. 0 matches nothing any more; 1 is the start.");
        w.Line("private static global::System.ReadOnlySpan<byte> Next =>");
        w.Line("[");
        w.Indent();
        for (int state = 0; state < compiled.StateCount; state++)
        {
            w.Line(Numbers(compiled.Next, state * compiled.Width, compiled.Width));
        }

        w.Outdent();
        w.Line("];");
        w.Line();
        w.Line("// UTF-8 is read as it lies, without widening.");
        w.Line("public static bool IsMatch<TChar>(global::System.ReadOnlySpan<TChar> value)");
        w.Line("    where TChar : unmanaged, global::System.Numerics.IBinaryInteger<TChar>");
        w.Line($"    => {CodeNames.Runtime}PatternAutomaton.IsMatch(value, Classes, Next, {compiled.Width});");
        w.Close();
    }

    private static string Numbers(byte[] table, int start, int count)
    {
        var line = new StringBuilder();
        for (int i = start; i < start + count; i++)
        {
            line.Append(table[i]).Append(i + 1 < start + count ? ", " : ",");
        }

        return line.ToString();
    }
}
