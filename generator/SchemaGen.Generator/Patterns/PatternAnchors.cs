using System.Collections.Generic;
using System.Linq;

namespace SchemaGen.Generator.Patterns;

/// <summary>
/// Takes the anchors out of a pattern whose whole value must match (<c>^(?:...)\z</c>). A <c>^</c> that
/// nothing can come before stands at the start of the value, and a <c>$</c> that nothing can come after
/// stands at its end (where <c>\z</c> must hold too), so both always hold there and are dropped; an
/// anchor anywhere else asks something of the position that an automaton of characters cannot, and
/// the pattern stays a <c>Regex</c>.
/// </summary>
internal static class PatternAnchors
{
    private static readonly SequenceNode Nothing = new([]);

    /// <summary>The pattern without anchors, or null when one of them is not where it always holds.</summary>
    public static PatternNode? Remove(PatternNode node) => Remove(node, consumedBefore: false, consumedAfter: false);

    private static PatternNode? Remove(PatternNode node, bool consumedBefore, bool consumedAfter)
    {
        switch (node)
        {
            case AnchorNode anchor:
                return (anchor.AtStart ? consumedBefore : consumedAfter) ? null : Nothing;
            case SequenceNode sequence:
                var parts = new List<PatternNode>(sequence.Parts.Count);
                for (int i = 0; i < sequence.Parts.Count; i++)
                {
                    bool before = consumedBefore || sequence.Parts.Take(i).Any(CanConsume);
                    bool after = consumedAfter || sequence.Parts.Skip(i + 1).Any(CanConsume);
                    if (Remove(sequence.Parts[i], before, after) is not { } part)
                    {
                        return null;
                    }

                    parts.Add(part);
                }

                return new SequenceNode(parts);
            case ChoiceNode choice:
                var alternatives = new List<PatternNode>(choice.Alternatives.Count);
                foreach (var alternative in choice.Alternatives)
                {
                    if (Remove(alternative, consumedBefore, consumedAfter) is not { } kept)
                    {
                        return null;
                    }

                    alternatives.Add(kept);
                }

                return new ChoiceNode(alternatives);
            case RepeatNode repeat:
                // A second round comes after the first, and the first before the second.
                bool again = repeat.Max is not (0 or 1) && CanConsume(repeat.Body);
                return Remove(repeat.Body, consumedBefore || again, consumedAfter || again) is { } body
                    ? new RepeatNode(body, repeat.Min, repeat.Max)
                    : null;
            default:
                return node;
        }
    }

    /// <summary>Whether the node can match at least one character.</summary>
    private static bool CanConsume(PatternNode node) => node switch
    {
        SetNode => true,
        SequenceNode sequence => sequence.Parts.Any(CanConsume),
        ChoiceNode choice => choice.Alternatives.Any(CanConsume),
        RepeatNode repeat => repeat.Max != 0 && CanConsume(repeat.Body),
        _ => false,
    };
}
