using System.Collections.Generic;

namespace SchemaGen.Generator.Patterns;

/// <summary>A pattern read by <see cref="PatternReader"/>: the part of .NET's regular expressions a DFA can answer.</summary>
internal abstract class PatternNode;

/// <summary>One character out of a set, given as the <see cref="Shared.PatternAlphabet"/> symbols it holds.</summary>
internal sealed class SetNode(bool[] symbols) : PatternNode
{
    public bool[] Symbols { get; } = symbols;
}

/// <summary>Its parts one after the other (an empty sequence matches the empty text).</summary>
internal sealed class SequenceNode(List<PatternNode> parts) : PatternNode
{
    public List<PatternNode> Parts { get; } = parts;
}

/// <summary>Any one of its alternatives.</summary>
internal sealed class ChoiceNode(List<PatternNode> alternatives) : PatternNode
{
    public List<PatternNode> Alternatives { get; } = alternatives;
}

/// <summary>Its body <see cref="Min"/> to <see cref="Max"/> times; <see cref="Max"/> is null when unbounded.</summary>
internal sealed class RepeatNode(PatternNode body, int min, int? max) : PatternNode
{
    public PatternNode Body { get; } = body;

    public int Min { get; } = min;

    public int? Max { get; } = max;
}

/// <summary><c>^</c> (the start of the text) or <c>$</c> (its end, or before a last line feed).</summary>
internal sealed class AnchorNode(bool atStart) : PatternNode
{
    public bool AtStart { get; } = atStart;
}
