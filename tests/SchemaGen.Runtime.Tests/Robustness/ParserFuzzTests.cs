using System.Text;
using SchemaGen.Runtime.Tests.Vectors;
using SchemaGen.Sev;
using SchemaGen.TestSchemas;

namespace SchemaGen.Runtime.Tests.Robustness;

/// <summary>
/// Mutation fuzzing of every generated parser in the repository: a million inputs per format with
/// a fixed seed. No input may throw; an error must lie inside the input; an accepted value must
/// print, validate and parse back to an equal value that prints the same; the UTF-8 path must agree
/// with the UTF-16 path. The inputs must reach both outcomes and every error kind the format can
/// give, each in a minimum share, or the fuzzer tests less than it claims.
/// </summary>
public sealed class ParserFuzzTests
{
    // SCHEMAGEN_FUZZ_INPUTS sets the count (eng/fuzz.sh runs ten million);
    // SCHEMAGEN_FUZZ_MEGABYTE=1 adds megabyte inputs (eng/fuzz.sh does).
    private static readonly int Inputs = int.TryParse(Environment.GetEnvironmentVariable("SCHEMAGEN_FUZZ_INPUTS"), out int n) ? n
        : 1_000_000;

    private static readonly bool MegabyteInputs = Environment.GetEnvironmentVariable("SCHEMAGEN_FUZZ_MEGABYTE") == "1";

    [Fact]
    public void AmdSevOptions_survives_a_million_mutated_inputs()
        => Fuzz<AmdSevOptions>(
            Corpus("amd-sev.cases.jsonl"),
            ["type", "std", "es", "snp", "allow-smt", "no-debug", "no-key-sharing", "kernel-hashes"],
            AmdSevOptions.TryParse,
            AmdSevOptions.TryParse,
            static v => (v.ToString(), v.TryValidate(out _)),
            minimumAccepted: 0.0005,
            [
                PropertyStringErrorKind.MissingKey, PropertyStringErrorKind.DuplicateKey, PropertyStringErrorKind.TypeCheck,
                PropertyStringErrorKind.MaxLength, PropertyStringErrorKind.Enumeration, PropertyStringErrorKind.MissingProperty,
                PropertyStringErrorKind.UnknownProperty,
            ]);

    [Fact]
    public void SevHostCapabilities_survives_a_million_mutated_inputs()
        => Fuzz<SevHostCapabilities>(
            Corpus("node-capabilities.cases.jsonl"),
            ["cbitpos", "reduced-phys-bits", "sev-support", "sev-support-es", "sev-support-snp", "51", "100", "101"],
            SevHostCapabilities.TryParse,
            SevHostCapabilities.TryParse,
            static v => (v.ToString(), v.TryValidate(out _)),
            minimumAccepted: 0.0005,
            [
                PropertyStringErrorKind.MissingKey, PropertyStringErrorKind.DuplicateKey, PropertyStringErrorKind.ValueWithoutKey,
                PropertyStringErrorKind.TypeCheck, PropertyStringErrorKind.Maximum, PropertyStringErrorKind.Minimum,
                PropertyStringErrorKind.UnknownProperty,
            ]);

    [Fact]
    public void StorageVolume_survives_a_million_mutated_inputs()
        => Fuzz<StorageVolume>(
            ["local:vm-100-disk-0,format=raw,vmid=100",
                "local:d,format=vmdk/flat,cache=writeback,mbps=1.5,size=10,serial=ab,weight=-3,backup=0", "x:y,format=qcow2,id=999"],
            ["volume", "format", "vmid", "id", "cache", "backup", "size", "mbps", "weight", "serial", "raw", "qcow2", "vmdk/flat", "unsafe",
                "1e3", ".5"],
            StorageVolume.TryParse,
            StorageVolume.TryParse,
            static v => (v.ToString(), v.TryValidate(out _)),
            minimumAccepted: 0.01,
            [
                PropertyStringErrorKind.MissingKey, PropertyStringErrorKind.DuplicateKey, PropertyStringErrorKind.DuplicateAliasTarget,
                PropertyStringErrorKind.TypeCheck, PropertyStringErrorKind.Format, PropertyStringErrorKind.Pattern,
                PropertyStringErrorKind.MaxLength, PropertyStringErrorKind.Maximum, PropertyStringErrorKind.Minimum,
                PropertyStringErrorKind.Enumeration, PropertyStringErrorKind.MissingProperty, PropertyStringErrorKind.UnknownProperty,
            ]);

    private delegate bool Utf16Parser<T>(ReadOnlySpan<char> text, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value,
        out PropertyStringError error);

    private delegate bool Utf8Parser<T>(ReadOnlySpan<byte> text, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value,
        out PropertyStringError error);

    private static IReadOnlyList<string> Corpus(string vectors) => VectorCase.Load(vectors).Select(v => v.Input).ToList();

    private static void Fuzz<T>(IReadOnlyList<string> corpus, string[] words, Utf16Parser<T> parse, Utf8Parser<T> parseUtf8,
        Func<T, (string Printed, bool Valid)> check, double minimumAccepted, PropertyStringErrorKind[] kinds)
        where T : notnull
    {
        Assert.NotEmpty(corpus);
        var fuzzer = new Fuzzer(seed: 20261122, corpus, words, MegabyteInputs);
        int accepted = 0;
        var errors = new Dictionary<PropertyStringErrorKind, int>();
        int megabyteInputs = 0;
        for (int i = 0; i < Inputs; i++)
        {
            var input = fuzzer.Next();
            megabyteInputs += input.Length >= 1 << 20 ? 1 : 0;
            bool ok;
            T? value;
            PropertyStringError error;
            try
            {
                ok = parse(input, out value, out error);
            }
            catch (Exception e)
            {
                Assert.Fail($"input #{i} {Show(input)} threw {e}");
                throw;
            }

            if (!ok)
            {
                if (error.Kind == PropertyStringErrorKind.None)
                {
                    Assert.Fail($"#{i} {Show(input)}: failed without an error");
                }

                errors[error.Kind] = errors.GetValueOrDefault(error.Kind) + 1;

                if (error.Offset < 0 || error.Length < 0 || error.Offset + error.Length > input.Length)
                {
                    Assert.Fail($"#{i} {Show(input)}: error {error.Kind} at {error.Offset}+{error.Length} lies outside the input");
                }

                if (i % 64 == 0)
                {
                    // Building the message must not throw either.
                    Assert.False(string.IsNullOrEmpty(error.ToString()));
                }
            }
            else
            {
                accepted++;
                var (printed, valid) = check(value!);
                if (!valid)
                {
                    Assert.Fail($"#{i} {Show(input)}: parsed but does not validate");
                }

                if (!parse(printed, out var again, out var reparseError))
                {
                    Assert.Fail($"#{i} {Show(input)}: printed {Show(printed)} does not parse: {reparseError}");
                }

                Assert.Equal(printed, check(again!).Printed);
                if (!KeyValues(value!).SequenceEqual(KeyValues(again)))
                {
                    Assert.Fail($"#{i} {Show(input)}: printed {Show(printed)} parses back to other values: " +
                        $"{string.Join(", ", KeyValues(value!))} became {string.Join(", ", KeyValues(again))}");
                }
            }

            // The UTF-8 path agrees wherever the text is valid UTF-16 (lone surrogates have no UTF-8 form).
            if (i % 8 == 0 && !HasLoneSurrogate(input))
            {
                var bytes = Encoding.UTF8.GetBytes(input);
                bool okUtf8 = parseUtf8(bytes, out var valueUtf8, out var errorUtf8);
                if (ok != okUtf8)
                {
                    Assert.Fail($"#{i} {Show(input)}: UTF-16 says {ok}, UTF-8 says {okUtf8}");
                }

                if (ok)
                {
                    Assert.Equal(check(value!).Printed, check(valueUtf8!).Printed);
                }
                else
                {
                    Assert.Equal(error.ToString(), errorUtf8.ToString());
                    Assert.InRange(errorUtf8.Offset + errorUtf8.Length, 0, bytes.Length);
                }
            }
        }

        // The fuzzer must reach both outcomes and every error kind the format gives, or it tests less than it says.
        Assert.True(!MegabyteInputs || megabyteInputs > 0, "SCHEMAGEN_FUZZ_MEGABYTE=1, but no input reached a megabyte");
        string shares = $"accepted {accepted}, " + string.Join(", ", errors.OrderBy(e => e.Key).Select(e => $"{e.Key} {e.Value}"));
        // Mutation rarely leaves a valid text: an AmdSevOptions input parses about once in 800.
        Assert.True(accepted >= minimumAccepted * Inputs, $"too few inputs parsed ({shares} of {Inputs})");
        Assert.True(Inputs - accepted >= minimumAccepted * Inputs, $"too few inputs failed ({shares} of {Inputs})");
        foreach (var kind in kinds)
        {
            Assert.True(errors.GetValueOrDefault(kind) >= MinimumErrorShare * Inputs,
                $"{kind}: fewer than {MinimumErrorShare:P3} of the inputs ({shares} of {Inputs})");
        }
    }

    // Each error kind a format gives must be hit by at least this share of the inputs (the rarest, a
    // StorageVolume without its required key, is hit by about 0.007%).
    private const double MinimumErrorShare = 0.00002;

    // The values of every [Key] property, to compare a value with its re-parse (StorageVolume is a class without Equals).
    private static object?[] KeyValues<T>(T value)
        where T : notnull
        => [.. typeof(T).GetProperties().Where(p => p.IsDefined(typeof(KeyAttribute), inherit: false)).Select(p => p.GetValue(value))];

    private static bool HasLoneSurrogate(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static string Show(string text) => System.Text.Json.JsonSerializer.Serialize(text.Length > 200 ? text[..200] + "..." : text);
}
