using System.Collections.Generic;
using SchemaGen.Generator.Shared;

namespace SchemaGen.Generator.Patterns;

/// <summary>
/// Reads a key's pattern as .NET's <c>Regex</c> reads it (no options but culture invariance), as far
/// as a finite automaton can answer it: literals and classes of ASCII characters, <c>\d \D \s \S</c>,
/// <c>.</c>, groups, alternation, every quantifier (laziness does not change whether a text matches),
/// and <c>^</c> and <c>$</c> (which <see cref="PatternAnchors"/> then checks). Anything else, or
/// anything .NET would refuse or read otherwise than plainly, gives null, and the key keeps a
/// <c>Regex</c>: a pattern is compiled only when its meaning here is certain.
/// </summary>
internal sealed class PatternReader
{
    /// <summary>A larger count makes tables larger than a <c>Regex</c> is worth replacing with.</summary>
    private const int MaxCount = 64;

    private readonly string _pattern;
    private int _at;

    private PatternReader(string pattern) => _pattern = pattern;

    /// <summary>The pattern's tree, or null when it is not one this reader takes.</summary>
    public static PatternNode? Read(string pattern)
    {
        var reader = new PatternReader(pattern);
        var node = reader.ReadChoice();
        return node is not null && reader._at == pattern.Length ? node : null;
    }

    private bool AtEnd => _at >= _pattern.Length;

    private char Current => _pattern[_at];

    private PatternNode? ReadChoice()
    {
        var alternatives = new List<PatternNode>();
        while (true)
        {
            var sequence = ReadSequence();
            if (sequence is null)
            {
                return null;
            }

            alternatives.Add(sequence);
            if (AtEnd || Current != '|')
            {
                return alternatives.Count == 1 ? alternatives[0] : new ChoiceNode(alternatives);
            }

            _at++;
        }
    }

    private PatternNode? ReadSequence()
    {
        var parts = new List<PatternNode>();
        while (!AtEnd && Current is not ('|' or ')'))
        {
            var atom = ReadAtom();
            if (atom is null)
            {
                return null;
            }

            var quantified = ReadQuantifier(atom);
            if (quantified is null)
            {
                return null;
            }

            parts.Add(quantified);
        }

        return parts.Count == 1 ? parts[0] : new SequenceNode(parts);
    }

    private PatternNode? ReadAtom()
    {
        char c = Current;
        _at++;
        switch (c)
        {
            case '(':
                // Only plain and non-capturing groups: (?<name>, (?=, (?i) and the rest stay a Regex.
                if (!AtEnd && Current == '?')
                {
                    if (_at + 1 >= _pattern.Length || _pattern[_at + 1] != ':')
                    {
                        return null;
                    }

                    _at += 2;
                }

                var inner = ReadChoice();
                if (inner is null || AtEnd || Current != ')')
                {
                    return null;
                }

                _at++;
                return inner;
            case '[':
                return ReadClass();
            case '.':
                var all = PatternSymbols.All();
                all['\n'] = false;
                return new SetNode(all);
            case '^':
                return new AnchorNode(atStart: true);
            case '$':
                return new AnchorNode(atStart: false);
            case '\\':
                return ReadEscape() is { } escaped ? new SetNode(escaped) : null;
            case '*' or '+' or '?' or '{' or ']':
                // A quantifier after nothing is an error to Regex; a lone '{' or ']' is a literal it
                // reads by rules not worth copying.
                return null;
            default:
                return c < 128 ? new SetNode(PatternSymbols.Of(c)) : null;
        }
    }

    /// <summary>The atom with the quantifier after it, if any; null for one .NET refuses (a quantifier after another).</summary>
    private PatternNode? ReadQuantifier(PatternNode atom)
    {
        if (AtEnd)
        {
            return atom;
        }

        int min;
        int? max;
        switch (Current)
        {
            case '*':
                (min, max) = (0, null);
                _at++;
                break;
            case '+':
                (min, max) = (1, null);
                _at++;
                break;
            case '?':
                (min, max) = (0, 1);
                _at++;
                break;
            case '{':
                if (!TryReadCount(out min, out max))
                {
                    return null;
                }

                break;
            default:
                return atom;
        }

        if (atom is AnchorNode)
        {
            return null;
        }

        // A lazy quantifier matches the same texts.
        if (!AtEnd && Current == '?')
        {
            _at++;
        }

        return !AtEnd && Current is '*' or '+' or '?' or '{' ? null : new RepeatNode(atom, min, max);
    }

    /// <summary><c>{n}</c>, <c>{n,}</c> or <c>{n,m}</c>, exactly; anything else after a '{' is not taken.</summary>
    private bool TryReadCount(out int min, out int? max)
    {
        max = null;
        _at++;
        if (!TryReadNumber(out min))
        {
            return false;
        }

        if (!AtEnd && Current == '}')
        {
            _at++;
            max = min;
            return true;
        }

        if (AtEnd || Current != ',')
        {
            return false;
        }

        _at++;
        if (!AtEnd && Current == '}')
        {
            _at++;
            return true;
        }

        if (!TryReadNumber(out int upper) || AtEnd || Current != '}' || upper < min)
        {
            return false;
        }

        _at++;
        max = upper;
        return true;
    }

    private bool TryReadNumber(out int number)
    {
        number = 0;
        int start = _at;
        while (!AtEnd && AsciiClass.IsDigit(Current))
        {
            number = number * 10 + (Current - '0');
            _at++;
            if (number > MaxCount)
            {
                return false;
            }
        }

        return _at > start;
    }

    /// <summary>A class <c>[...]</c> after its '['. Subtraction (<c>-[...]</c>) and a leading ']' are not taken.</summary>
    private PatternNode? ReadClass()
    {
        bool negated = !AtEnd && Current == '^';
        if (negated)
        {
            _at++;
        }

        if (!AtEnd && Current == ']')
        {
            return null;
        }

        var symbols = new bool[PatternAlphabet.Count];
        while (!AtEnd && Current != ']')
        {
            if (!TryReadClassItem(out char first, out var set))
            {
                return null;
            }

            bool range = _at + 1 < _pattern.Length && Current == '-' && _pattern[_at + 1] != ']';
            if (set is not null)
            {
                if (range)
                {
                    return null; // [\d-z] is an error to Regex
                }

                PatternSymbols.Add(symbols, set);
                continue;
            }

            if (!range)
            {
                symbols[first] = true;
                continue;
            }

            _at++;
            if (Current == '[' || !TryReadClassItem(out char last, out var lastSet) || lastSet is not null || last < first)
            {
                return null;
            }

            for (int s = first; s <= last; s++)
            {
                symbols[s] = true;
            }
        }

        if (AtEnd)
        {
            return null;
        }

        _at++;
        return new SetNode(negated ? PatternSymbols.Complement(symbols) : symbols);
    }

    /// <summary>One character of a class, or a class escape (<c>\d</c>...) as <paramref name="set"/>.</summary>
    private bool TryReadClassItem(out char c, out bool[]? set)
    {
        c = Current;
        set = null;
        _at++;
        if (c == '\\')
        {
            if (AtEnd)
            {
                return false;
            }

            char escaped = Current;
            set = ReadEscape();
            if (set is null)
            {
                return false;
            }

            if (PatternSymbols.Count(set) == 1 && !PatternSymbols.IsClassEscape(escaped))
            {
                c = PatternSymbols.Single(set);
                set = null;
            }

            return true;
        }

        // '[' inside a class is where .NET's subtraction syntax begins; a character beyond ASCII is not compiled.
        return c != '[' && c < 128;
    }

    /// <summary>What a backslash and the character after it stand for, or null when that is not taken.</summary>
    private bool[]? ReadEscape()
    {
        if (AtEnd)
        {
            return null;
        }

        char c = Current;
        _at++;
        switch (c)
        {
            case 'd':
                return PatternSymbols.Digits();
            case 'D':
                return PatternSymbols.Complement(PatternSymbols.Digits());
            case 's':
                return PatternSymbols.WhiteSpace();
            case 'S':
                return PatternSymbols.Complement(PatternSymbols.WhiteSpace());
            case 't':
                return PatternSymbols.Of('\t');
            case 'n':
                return PatternSymbols.Of('\n');
            case 'r':
                return PatternSymbols.Of('\r');
            case 'f':
                return PatternSymbols.Of('\f');
            case 'v':
                return PatternSymbols.Of('\v');
            case 'e':
                return PatternSymbols.Of('\u001B');
            case 'a':
                return PatternSymbols.Of('\u0007');
            default:
                // An escaped ASCII character that is not a letter, digit or '_' is itself; the rest
                // (\w, \b, \p{..}, \x41, back references...) stays a Regex.
                return c < 128 && !AsciiClass.IsWord(c) ? PatternSymbols.Of(c) : null;
        }
    }
}
