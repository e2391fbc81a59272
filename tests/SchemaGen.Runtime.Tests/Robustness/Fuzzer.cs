using System.Text;

namespace SchemaGen.Runtime.Tests.Robustness;

/// <summary>
/// A seeded mutation fuzzer: starts from the vector inputs and mutates them with characters that
/// matter to the format and characters that break naive code (controls, unpaired surrogates,
/// long runs, thousands of commas; with <c>megabyteInputs</c>, runs of a megabyte). The same seed
/// always gives the same inputs.
/// </summary>
public sealed class Fuzzer(int seed, IReadOnlyList<string> corpus, IReadOnlyList<string> words, bool megabyteInputs = false)
{
    private static readonly string[] Hostile =
    [
        ",", "=", "\n", "\r", "\t", " ", "\0", "\u00A0", "\u3000", "\uFEFF", "\uD800", "\uDC00", "😀", "é", "٣", "+", "-", ".", "e", "E",
        "0", "1", "9", "99999999999999999999999999999999999999999", "on", "OFF", "yes", "=,", ",=", "==", "\u2028",
    ];

    private static readonly string Commas = new(',', 5000);
    private static readonly string LongValue = new('x', 20_000);
    private static readonly string MegabyteCommas = new(',', 1 << 20);
    private static readonly string MegabyteValue = new('x', 1 << 20);

    private readonly Random _random = new(seed);
    private readonly StringBuilder _text = new();

    public string Next()
    {
        _text.Clear().Append(corpus[_random.Next(corpus.Count)]);
        int mutations = 1 + _random.Next(4);
        for (int i = 0; i < mutations; i++)
        {
            Mutate();
        }

        return _text.ToString();
    }

    private void Mutate()
    {
        int at = _random.Next(_text.Length + 1);
        switch (_random.Next(9))
        {
            case 0 when _text.Length > 0:
                _text.Remove(at == _text.Length ? at - 1 : at, 1);
                break;
            case 1:
                _text.Insert(at, Hostile[_random.Next(Hostile.Length)]);
                break;
            case 2:
                _text.Insert(at, words[_random.Next(words.Count)]);
                break;
            case 3:
                _text.Insert(at, "," + words[_random.Next(words.Count)] + "=" + Hostile[_random.Next(Hostile.Length)]);
                break;
            case 4 when _random.Next(200) == 0:
                // Long input: thousands of commas or a long value (kept below the large-object heap,
                // so that a million inputs stay quick); one in ten is a megabyte when asked for (eng/fuzz.sh).
                _text.Insert(at, (megabyteInputs && _random.Next(10) == 0, _random.Next(2) == 0) switch
                {
                    (true, true) => MegabyteCommas,
                    (true, false) => MegabyteValue,
                    (false, true) => Commas,
                    (false, false) => LongValue,
                });
                break;
            case 5 when _random.Next(20) == 0:
                // Many distinct unknown keys (the unknown-key set's pooled path) and one repeated at the end.
                for (int k = 0; k < 40; k++)
                {
                    _text.Append(",u").Append(k).Append("=1");
                }

                if (_random.Next(2) == 0)
                {
                    _text.Append(",u7=1");
                }

                break;
            case 6:
                _text.Insert(at, (char)_random.Next(0, 0x80));
                break;
            case 7 when _text.Length > 0:
                _text[Math.Min(at, _text.Length - 1)] = (char)_random.Next(0, 0x10000);
                break;
            default:
                _text.Insert(at, corpus[_random.Next(corpus.Count)]);
                break;
        }
    }
}
