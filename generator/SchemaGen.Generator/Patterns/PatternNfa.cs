using System.Collections.Generic;

namespace SchemaGen.Generator.Patterns;

/// <summary>
/// A pattern without anchors as a nondeterministic automaton (Thompson's construction): states joined by
/// empty moves, each with at most one move on a set of symbols. A counted repeat is built out in copies.
/// </summary>
internal sealed class PatternNfa
{
    /// <summary>Beyond this many states the tables would outgrow what the pattern is worth.</summary>
    private const int MaxStates = 20_000;

    private readonly List<List<int>> _empty = [];
    private readonly List<bool[]?> _set = [];
    private readonly List<int> _target = [];

    private PatternNfa()
    {
    }

    public int Start { get; private set; }

    public int Final { get; private set; }

    public int StateCount => _set.Count;

    /// <summary>The automaton of <paramref name="node"/>, or null when it would be too large.</summary>
    public static PatternNfa? Build(PatternNode node)
    {
        var nfa = new PatternNfa();
        if (!nfa.TryBuild(node, out int start, out int final))
        {
            return null;
        }

        nfa.Start = start;
        nfa.Final = final;
        return nfa;
    }

    public IReadOnlyList<int> EmptyMoves(int state) => _empty[state];

    /// <summary>The symbols <paramref name="state"/> moves on (null: none) and where to.</summary>
    public (bool[]? Symbols, int Target) Move(int state) => (_set[state], _target[state]);

    private int Add()
    {
        _empty.Add([]);
        _set.Add(null);
        _target.Add(-1);
        return _set.Count - 1;
    }

    private void Join(int from, int to) => _empty[from].Add(to);

    private bool TryBuild(PatternNode node, out int start, out int final)
    {
        start = Add();
        final = start;
        if (StateCount > MaxStates)
        {
            return false;
        }

        switch (node)
        {
            case SetNode set:
                final = Add();
                _set[start] = set.Symbols;
                _target[start] = final;
                return true;
            case SequenceNode sequence:
                foreach (var part in sequence.Parts)
                {
                    if (!TryBuild(part, out int partStart, out int partFinal))
                    {
                        return false;
                    }

                    Join(final, partStart);
                    final = partFinal;
                }

                return true;
            case ChoiceNode choice:
                final = Add();
                foreach (var alternative in choice.Alternatives)
                {
                    if (!TryBuild(alternative, out int alternativeStart, out int alternativeFinal))
                    {
                        return false;
                    }

                    Join(start, alternativeStart);
                    Join(alternativeFinal, final);
                }

                return true;
            case RepeatNode repeat:
                return TryBuildRepeat(repeat, start, out final);
            default:
                return false;
        }
    }

    private bool TryBuildRepeat(RepeatNode repeat, int start, out int final)
    {
        final = start;
        for (int i = 0; i < repeat.Min; i++)
        {
            if (!TryBuild(repeat.Body, out int bodyStart, out int bodyFinal))
            {
                return false;
            }

            Join(final, bodyStart);
            final = bodyFinal;
        }

        if (repeat.Max is not int max)
        {
            // Any number more: a loop through one more copy.
            int loop = Add();
            if (!TryBuild(repeat.Body, out int bodyStart, out int bodyFinal))
            {
                return false;
            }

            Join(final, loop);
            Join(loop, bodyStart);
            Join(bodyFinal, loop);
            final = loop;
            return true;
        }

        // Up to max - min more, each optional: every copy's start may skip to the end.
        int end = Add();
        for (int i = repeat.Min; i < max; i++)
        {
            if (!TryBuild(repeat.Body, out int bodyStart, out int bodyFinal))
            {
                return false;
            }

            Join(final, bodyStart);
            Join(final, end);
            final = bodyFinal;
        }

        Join(final, end);
        final = end;
        return true;
    }
}
