namespace SchemaGen.Generator.Patterns;

/// <summary>
/// A key's pattern as the tables of a minimal deterministic automaton, which the runtime's
/// <c>PatternAutomaton.IsMatch</c> runs over a value. Made while emitting, from the pattern's text in the
/// model; it is not part of the model, so its arrays need no value equality.
/// </summary>
/// <param name="Classes">
/// The class of each <see cref="Shared.PatternAlphabet"/> symbol: symbols the automaton does not tell apart share one.
/// </param>
/// <param name="ClassCount">How many classes there are.</param>
/// <param name="Next">
/// One row a state and <see cref="Width"/> bytes a row: the state after each class, then 1 where the
/// value may end. State 0 matches nothing any more and state 1 is where a value starts.
/// </param>
internal sealed record CompiledPattern(byte[] Classes, int ClassCount, byte[] Next)
{
    /// <summary>The length of a row of <see cref="Next"/>: a column a class, and one for the end.</summary>
    public int Width => ClassCount + 1;

    public int StateCount => Next.Length / Width;
}
