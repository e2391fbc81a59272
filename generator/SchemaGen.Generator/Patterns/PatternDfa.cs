using System.Collections.Generic;
using System.Linq;
using SchemaGen.Generator.Shared;

namespace SchemaGen.Generator.Patterns;

/// <summary>
/// Turns a <see cref="PatternNfa"/> into the tables of the minimal deterministic automaton that accepts
/// the same values: the symbols grouped into the classes the pattern tells apart, the sets of states
/// made states (subset construction), and states that answer alike merged (Moore's refinement).
/// Numbered in the order a value reaches them, so the same pattern always gives the same tables.
/// </summary>
internal static class PatternDfa
{
    /// <summary>A row's entries are bytes; a pattern needing more states stays a Regex.</summary>
    private const int MaxStates = 255;

    /// <summary>States allowed before merging (the subset construction can make many that merge).</summary>
    private const int MaxUnmergedStates = 4096;

    public static CompiledPattern? Build(PatternNfa nfa)
    {
        var (classes, classCount, representatives) = GroupSymbols(nfa);

        // State 0 is the empty set (nothing can match any more); state 1 is where a value starts.
        var sets = new List<int[]> { System.Array.Empty<int>(), Closure(nfa, [nfa.Start]) };
        var index = new Dictionary<string, int> { [Key(sets[0])] = 0 };
        index[Key(sets[1])] = 1;
        var moves = new List<int[]>();
        for (int state = 0; state < sets.Count; state++)
        {
            var row = new int[classCount];
            for (int c = 0; c < classCount; c++)
            {
                var next = Closure(nfa, Step(nfa, sets[state], representatives[c]));
                string key = Key(next);
                if (!index.TryGetValue(key, out int target))
                {
                    if (sets.Count == MaxUnmergedStates)
                    {
                        return null;
                    }

                    target = sets.Count;
                    index[key] = target;
                    sets.Add(next);
                }

                row[c] = target;
            }

            moves.Add(row);
        }

        var accepting = sets.Select(set => System.Array.IndexOf(set, nfa.Final) >= 0).ToArray();
        return Minimal(moves, accepting, classes, classCount);
    }

    /// <summary>Symbols every set of the pattern holds or lacks alike form one class, numbered by its first symbol.</summary>
    private static (byte[] Classes, int Count, int[] Representatives) GroupSymbols(PatternNfa nfa)
    {
        var sets = new List<bool[]>();
        for (int state = 0; state < nfa.StateCount; state++)
        {
            if (nfa.Move(state).Symbols is { } symbols && !sets.Contains(symbols))
            {
                sets.Add(symbols);
            }
        }

        var classes = new byte[PatternAlphabet.Count];
        var byMembership = new Dictionary<string, int>();
        var representatives = new List<int>();
        for (int symbol = 0; symbol < PatternAlphabet.Count; symbol++)
        {
            string membership = new(sets.Select(set => set[symbol] ? '1' : '0').ToArray());
            if (!byMembership.TryGetValue(membership, out int id))
            {
                id = representatives.Count;
                byMembership[membership] = id;
                representatives.Add(symbol);
            }

            classes[symbol] = (byte)id;
        }

        return (classes, representatives.Count, representatives.ToArray());
    }

    private static int[] Step(PatternNfa nfa, int[] states, int symbol)
    {
        var targets = new List<int>();
        foreach (int state in states)
        {
            var (symbols, target) = nfa.Move(state);
            if (symbols is not null && symbols[symbol])
            {
                targets.Add(target);
            }
        }

        return targets.ToArray();
    }

    /// <summary>The states and every state their empty moves reach, sorted.</summary>
    private static int[] Closure(PatternNfa nfa, int[] states)
    {
        var reached = new HashSet<int>(states);
        var pending = new Stack<int>(states);
        while (pending.Count > 0)
        {
            foreach (int next in nfa.EmptyMoves(pending.Pop()))
            {
                if (reached.Add(next))
                {
                    pending.Push(next);
                }
            }
        }

        var sorted = reached.ToArray();
        System.Array.Sort(sorted);
        return sorted;
    }

    private static string Key(int[] states) => string.Join(",", states);

    /// <summary>Merges states that answer alike for every value, then numbers them: nothing-more 0, start 1, then as reached.</summary>
    private static CompiledPattern? Minimal(List<int[]> moves, bool[] accepting, byte[] classes, int classCount)
    {
        int count = moves.Count;
        var block = accepting.Select(a => a ? 1 : 0).ToArray();
        int blocks = 0;
        while (true)
        {
            var bySignature = new Dictionary<string, int>();
            var refined = new int[count];
            for (int state = 0; state < count; state++)
            {
                string signature = block[state] + ":" + string.Join(",", moves[state].Select(target => block[target]));
                if (!bySignature.TryGetValue(signature, out int id))
                {
                    id = bySignature.Count;
                    bySignature[signature] = id;
                }

                refined[state] = id;
            }

            block = refined;
            if (bySignature.Count == blocks)
            {
                break;
            }

            blocks = bySignature.Count;
        }

        // Number the merged states: the dead one 0, the start 1 (its own row even if it is dead too), then as reached.
        var number = new Dictionary<int, int> { [block[0]] = 0 };
        var order = new List<int> { 0, 1 };
        if (!number.ContainsKey(block[1]))
        {
            number[block[1]] = 1;
        }

        var pending = new Queue<int>();
        pending.Enqueue(1);
        while (pending.Count > 0)
        {
            foreach (int target in moves[pending.Dequeue()])
            {
                if (!number.ContainsKey(block[target]))
                {
                    number[block[target]] = order.Count;
                    order.Add(target);
                    pending.Enqueue(target);
                }
            }
        }

        if (order.Count > MaxStates)
        {
            return null;
        }

        int width = classCount + 1;
        var next = new byte[order.Count * width];
        for (int row = 0; row < order.Count; row++)
        {
            int state = order[row];
            for (int c = 0; c < classCount; c++)
            {
                next[row * width + c] = (byte)number[block[moves[state][c]]];
            }

            next[row * width + classCount] = (byte)(accepting[state] ? 1 : 0);
        }

        return MergeAlikeClasses(new CompiledPattern(classes, classCount, next));
    }

    /// <summary>
    /// Classes every state moves on alike become one (<c>(a|b)+</c> tells a from b, its automaton does not), numbered
    /// again by their first symbol, so that one language gives one set of tables.
    /// </summary>
    private static CompiledPattern MergeAlikeClasses(CompiledPattern pattern)
    {
        int states = pattern.StateCount;
        var byColumn = new Dictionary<string, int>();
        var merged = new int[pattern.ClassCount];
        var kept = new List<int>();
        for (int symbol = 0; symbol < PatternAlphabet.Count; symbol++)
        {
            int c = pattern.Classes[symbol];
            string column = string.Join(",", Enumerable.Range(0, states).Select(state => pattern.Next[state * pattern.Width + c]));
            if (!byColumn.TryGetValue(column, out int id))
            {
                id = kept.Count;
                byColumn[column] = id;
                kept.Add(c);
            }

            merged[c] = id;
        }

        var classes = pattern.Classes.Select(c => (byte)merged[c]).ToArray();
        int width = kept.Count + 1;
        var next = new byte[states * width];
        for (int state = 0; state < states; state++)
        {
            for (int c = 0; c < kept.Count; c++)
            {
                next[state * width + c] = pattern.Next[state * pattern.Width + kept[c]];
            }

            next[state * width + kept.Count] = pattern.Next[state * pattern.Width + pattern.ClassCount];
        }

        return new CompiledPattern(classes, kept.Count, next);
    }
}
