using System.Text;
using FsCheck;
using FsCheck.Fluent;
using SchemaGen.Sev;
using SchemaGen.TestSchemas;

namespace SchemaGen.Runtime.Tests.Robustness;

/// <summary>
/// FsCheck properties for every schema type in the repository: printing and parsing are inverse,
/// TryFormat agrees with ToString in UTF-16 and UTF-8, the UTF-8 parser agrees with the UTF-16
/// parser on any text, and whatever TryParse returns passes TryValidate.
/// </summary>
public sealed class PropertyTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(2_000).WithReplay(Replay);

    // A fixed seed: the same two thousand cases on every run, so a failure reproduces.
    private static Replay Replay => new(new Rnd(20261122UL, 1UL), null);

    [Fact]
    public void AmdSevOptions_round_trips() => Check.One(Runs, Prop.ForAll(SchemaGenerators.AmdSevOptions.ToArbitrary(), value =>
        value.TryValidate(out _) && AmdSevOptions.Parse(value.ToString()) == value && FormatsAgree(value)));

    [Fact]
    public void SevHostCapabilities_round_trips() => Check.One(Runs, Prop.ForAll(SchemaGenerators.SevHostCapabilities.ToArbitrary(),
        value =>
        value.TryValidate(out _) && SevHostCapabilities.Parse(value.ToString()) == value && FormatsAgree(value)));

    [Fact]
    public void StorageVolume_round_trips() => Check.One(Runs, Prop.ForAll(SchemaGenerators.StorageVolume.ToArbitrary(), value =>
        value.TryValidate(out _) && StorageVolume.Parse(value.ToString()).ToString() == value.ToString() && FormatsAgree(value)));

    [Fact]
    public void AmdSevOptions_parsers_agree_and_results_validate() => Check.One(Runs, Prop.ForAll(
        SchemaGenerators.PropertyStringLike("type", "std", "es", "snp", "allow-smt", "no-debug", "no-key-sharing",
            "kernel-hashes").ToArbitrary(),
        text => ParsersAgree<AmdSevOptions>(text, AmdSevOptions.TryParse, AmdSevOptions.TryParse, v => v.TryValidate(out _))));

    [Fact]
    public void SevHostCapabilities_parsers_agree_and_results_validate() => Check.One(Runs, Prop.ForAll(
        SchemaGenerators.PropertyStringLike("cbitpos", "reduced-phys-bits", "sev-support", "sev-support-es", "sev-support-snp", "51",
            "101").ToArbitrary(),
        text => ParsersAgree<SevHostCapabilities>(text, SevHostCapabilities.TryParse, SevHostCapabilities.TryParse,
            v => v.TryValidate(out _))));

    [Fact]
    public void StorageVolume_parsers_agree_and_results_validate() => Check.One(Runs, Prop.ForAll(
        SchemaGenerators.PropertyStringLike("local:d", "format", "raw", "vmdk/flat", "vmid", "id", "cache", "unsafe", "mbps", "serial",
            "weight", "volume").ToArbitrary(),
        text => ParsersAgree<StorageVolume>(text, StorageVolume.TryParse, StorageVolume.TryParse, v => v.TryValidate(out _))));

    private delegate bool Utf16Parser<T>(ReadOnlySpan<char> text, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value,
        out PropertyStringError error);

    private delegate bool Utf8Parser<T>(ReadOnlySpan<byte> text, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value,
        out PropertyStringError error);

    private static bool ParsersAgree<T>(string text, Utf16Parser<T> parse, Utf8Parser<T> parseUtf8, Func<T, bool> validates)
        where T : ISpanFormattable
    {
        // Lone surrogates have no UTF-8 form: compare on the text UTF-8 can carry.
        text = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));
        bool ok = parse(text, out var value, out var error);
        bool okUtf8 = parseUtf8(Encoding.UTF8.GetBytes(text), out var valueUtf8, out var errorUtf8);
        return ok == okUtf8
            && (ok ? validates(value!) && value!.ToString() == valueUtf8!.ToString() : error.ToString() == errorUtf8.ToString());
    }

    private static bool FormatsAgree<T>(T value)
        where T : ISpanFormattable, IUtf8SpanFormattable
    {
        var text = value.ToString();
        Span<char> chars = stackalloc char[512];
        Span<byte> bytes = stackalloc byte[1024];
        return value.TryFormat(chars, out int charsWritten, default, null) && chars[..charsWritten].SequenceEqual(text)
            && value.TryFormat(bytes, out int bytesWritten, default, null) && Encoding.UTF8.GetString(bytes[..bytesWritten]) == text
            && (text.Length == 0 || !value.TryFormat(chars[..(charsWritten - 1)], out _, default, null));
    }
}
