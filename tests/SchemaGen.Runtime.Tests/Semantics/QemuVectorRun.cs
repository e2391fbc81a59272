using System.Text;
using SchemaGen.Runtime.Tests.Vectors;

namespace SchemaGen.Runtime.Tests.Semantics;

/// <summary>
/// Runs every line of a qemu-server vector file through a test schema's generated parser (UTF-16 and
/// UTF-8), the way <see cref="VectorExpectations"/> reads a line: the same verdict, the same error
/// text, and a print that reads back to what PVE's own print reads to.
/// </summary>
internal static class QemuVectorRun
{
    /// <summary>A generated <c>TryParse</c> from UTF-16.</summary>
    public delegate bool TryParseText<T>(ReadOnlySpan<char> text, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value,
        out PropertyStringError error);

    /// <summary>A generated <c>TryParse</c> from UTF-8.</summary>
    public delegate bool TryParseUtf8<T>(ReadOnlySpan<byte> utf8Text, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value,
        out PropertyStringError error);

    /// <summary>
    /// Checks every line and returns how many there were; <paramref name="keyOfPart"/> maps a part's
    /// key as written to the key whose error it would carry (a keyAlias key to its target), to find
    /// the first error from the left.
    /// </summary>
    public static int Check<T>(string file, string? defaultKey, TryParseText<T> parse, TryParseUtf8<T> parseUtf8, Func<string,
        string>? keyOfPart = null)
        where T : notnull
    {
        var cases = VectorCase.Load(file);
        foreach (var vector in cases)
        {
            if (HasInfiniteNumber(vector.Input))
            {
                // A deliberate difference (docs/decisions/0002): Perl reads 1e999 as infinity and accepts it, we refuse it.
                Assert.False(parse(vector.Input, out _, out _), $"{vector}: an infinite number is accepted");
                continue;
            }

            bool ok = parse(vector.Input, out var value, out var error);
            bool utf8Ok = parseUtf8(Encoding.UTF8.GetBytes(vector.Input), out _, out var utf8Error);
            Assert.True(ok == utf8Ok, $"{vector}: UTF-16 says {ok}, UTF-8 {utf8Ok}");
            Assert.Equal(error.ToString(), utf8Error.ToString());
            if (vector.Ok)
            {
                Assert.True(ok, $"{vector}: refused with {error}");
                var printed = value!.ToString()!;
                Assert.True(parse(vector.Printed!, out var again, out var reparseError),
                    $"{vector}: PVE's print {vector.Printed} refused with {reparseError}");
                Assert.Equal(again!.ToString(), printed);
                Assert.True(parse(printed, out var ours, out _), $"{vector}: our print {printed} does not read back");
                Assert.Equal(printed, ours!.ToString());
            }
            else
            {
                Assert.False(ok, $"{vector}: accepted, PVE says {vector.Die} {string.Join("; ", vector.Errors)}");
                Assert.Equal(VectorErrors.Expected(vector, defaultKey, keyOfPart), error.ToString());
            }
        }

        return cases.Count;
    }

    /// <summary>Whether a value of the text is a number too large for a double (Perl's infinity).</summary>
    public static bool HasInfiniteNumber(string input)
        => input.Split(',').Select(p => p[(p.IndexOf('=') + 1)..]).Any(v =>
            v.Length > 0 && char.IsAsciiDigit(v[^1]) && double.TryParse(v, System.Globalization.NumberStyles.Float,
                System.Globalization.CultureInfo.InvariantCulture, out var d) && double.IsInfinity(d));
}
