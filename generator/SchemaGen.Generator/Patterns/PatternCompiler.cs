namespace SchemaGen.Generator.Patterns;

/// <summary>
/// A key's pattern compiled at build time, when it can be: read (<see cref="PatternReader"/>), its
/// anchors settled (<see cref="PatternAnchors"/>), built into an automaton (<see cref="PatternNfa"/>)
/// and made deterministic and minimal (<see cref="PatternDfa"/>). Null means the key keeps a
/// <c>Regex</c>, which answers every pattern .NET reads.
/// </summary>
internal static class PatternCompiler
{
    public static CompiledPattern? Compile(string pattern)
        => PatternReader.Read(pattern) is { } node
            && PatternAnchors.Remove(node) is { } plain
            && PatternNfa.Build(plain) is { } nfa
                ? PatternDfa.Build(nfa)
                : null;
}
