namespace SchemaGen.Proxmox.Tests.Vectors;

/// <summary>
/// Every format on inputs near the vectors' own (characters inserted, dropped or replaced): it never
/// throws, and what it accepts prints to a text that parses back to the same print.
/// </summary>
public sealed class MutationTests
{
    private const int MutationsPerLine = 8;

    // The characters that matter to the splitter, the key rules and the named formats, and some that are never valid.
    private const string Alphabet = ",=;:.-+/ \t0123456789abcdefxyzABCDEFKMGTiBé\u00a0\u2028\uFFFD\n";

    public static TheoryData<string> Options()
        => [.. QemuVectorTests.Families.Select(f => f.Name).Append("agent").Append("startup")];

    [Theory]
    [MemberData(nameof(Options))]
    public void Mutated_inputs_never_throw_and_accepted_ones_round_trip(string family)
    {
        var option = QemuVectorTests.Families.FirstOrDefault(f => f.Name == family)?.Option ?? family;
        Assert.True(QemuConfigFormats.TryGetFormat(option, out var format));
        var random = new Random(family.GetHashCode(StringComparison.Ordinal) & 0x7fffffff);
        int tried = 0, accepted = 0;
        foreach (var vector in VectorCase.Load("qemu/" + family + ".cases.jsonl"))
        {
            for (int i = 0; i < MutationsPerLine; i++)
            {
                var input = Mutate(vector.Input, random);
                tried++;
                if (!format.TryParse(input, out var value, out var error))
                {
                    Assert.Null(value);
                    Assert.NotEmpty(error.ToString());
                    continue;
                }

                accepted++;
                var printed = format.Print(value!);
                bool ok = format.TryParse(printed, out var again, out var againError);
                Assert.True(ok, $"{family}: '{input}' printed as '{printed}': {againError}");
                Assert.Equal(printed, format.Print(again!));
            }
        }

        Assert.Equal(250 * MutationsPerLine, tried);
        Assert.InRange(accepted, 1, tried - 1);
    }

    private static string Mutate(string input, Random random)
    {
        var chars = new List<char>(input);
        int edits = random.Next(1, 4);
        for (int e = 0; e < edits; e++)
        {
            int at = random.Next(chars.Count + 1);
            char c = Alphabet[random.Next(Alphabet.Length)];
            switch (random.Next(3))
            {
                case 0:
                    chars.Insert(at, c);
                    break;
                case 1 when at < chars.Count:
                    chars.RemoveAt(at);
                    break;
                default:
                    if (at < chars.Count)
                    {
                        chars[at] = c;
                    }

                    break;
            }
        }

        return new string([.. chars]);
    }
}
