using System.Text;
using SchemaGen.Runtime.Tests.Vectors;
using SchemaGen.Sev;
using SchemaGen.TestSchemas;

namespace SchemaGen.Runtime.Tests.Robustness;

/// <summary>
/// Mutation fuzzing of every generated parser in the repository: a million inputs per format with
/// a fixed seed. No input may throw; an error must lie inside the input; an accepted value must
/// print, validate and parse back to itself; the UTF-8 path must agree with the UTF-16 path.
/// </summary>
public sealed class ParserFuzzTests
{
    // SCHEMAGEN_FUZZ_INPUTS raises or lowers the count (eng/fuzz.sh runs ten million).
    private static readonly int Inputs = int.TryParse(Environment.GetEnvironmentVariable("SCHEMAGEN_FUZZ_INPUTS"), out int n) ? n
        : 1_000_000;

    [Fact]
    public void AmdSevOptions_survives_a_million_mutated_inputs()
        => Fuzz<AmdSevOptions>(
            Corpus("amd-sev.cases.jsonl"),
            ["type", "std", "es", "snp", "allow-smt", "no-debug", "no-key-sharing", "kernel-hashes"],
            AmdSevOptions.TryParse,
            AmdSevOptions.TryParse,
            static v => (v.ToString(), v.TryValidate(out _)));

    [Fact]
    public void SevHostCapabilities_survives_a_million_mutated_inputs()
        => Fuzz<SevHostCapabilities>(
            Corpus("node-capabilities.cases.jsonl"),
            ["cbitpos", "reduced-phys-bits", "sev-support", "sev-support-es", "sev-support-snp", "51", "100", "101"],
            SevHostCapabilities.TryParse,
            SevHostCapabilities.TryParse,
            static v => (v.ToString(), v.TryValidate(out _)));

    [Fact]
    public void StorageVolume_survives_a_million_mutated_inputs()
        => Fuzz<StorageVolume>(
            ["local:vm-100-disk-0,format=raw,vmid=100",
                "local:d,format=vmdk/flat,cache=writeback,mbps=1.5,size=10,serial=ab,weight=-3,backup=0", "x:y,format=qcow2,id=999"],
            ["volume", "format", "vmid", "id", "cache", "backup", "size", "mbps", "weight", "serial", "raw", "qcow2", "vmdk/flat", "unsafe",
                "1e3", ".5"],
            StorageVolume.TryParse,
            StorageVolume.TryParse,
            static v => (v.ToString(), v.TryValidate(out _)));

    private delegate bool Utf16Parser<T>(ReadOnlySpan<char> text, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value,
        out PropertyStringError error);

    private delegate bool Utf8Parser<T>(ReadOnlySpan<byte> text, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value,
        out PropertyStringError error);

    private static IReadOnlyList<string> Corpus(string vectors) => VectorCase.Load(vectors).Select(v => v.Input).ToList();

    private static void Fuzz<T>(IReadOnlyList<string> corpus, string[] words, Utf16Parser<T> parse, Utf8Parser<T> parseUtf8,
        Func<T, (string Printed, bool Valid)> check)
        where T : notnull
    {
        var fuzzer = new Fuzzer(seed: 20261122, corpus, words);
        int accepted = 0;
        for (int i = 0; i < Inputs; i++)
        {
            var input = fuzzer.Next();
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

        // The fuzzer must reach both outcomes, or it tests nothing.
        Assert.InRange(accepted, 1, Inputs - 1);
    }

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
