using System.Reflection;
using System.Text;
using Xunit;

namespace SchemaGen.TestSupport;

/// <summary>
/// A generated parser's two paths agree: its public <c>TryParse</c> (the fast path, falling back to the
/// exact one) answers every input as the exact path alone does, PVE's two passes: the same verdict,
/// value and error. The fast path may only give up or accept what the exact path accepts, as the
/// same value; this holds it to that, input by input, in UTF-16 and UTF-8.
/// </summary>
public static class FastPathAgreement
{
    // The generated members this reaches by reflection (private: they are not the type's API).
    private const string FastMethod = "TryParseFast__";
    private const string ExactMethod = "TryParseExact__";

    private delegate bool Fast<TChar, T>(ReadOnlySpan<TChar> text, out T value);

    private delegate bool Whole<TChar, T>(ReadOnlySpan<TChar> text, out T value, out PropertyStringError error);

    /// <summary>
    /// Checks every input through the generated parser of <paramref name="type"/>; returns how many the
    /// fast path accepted, so that a test can show the fast path ran.
    /// </summary>
    public static int Check(Type type, IEnumerable<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(type);
        var check = typeof(FastPathAgreement).GetMethod(nameof(Check), 1, [typeof(IEnumerable<string>)])!.MakeGenericMethod(type);
        try
        {
            return (int)check.Invoke(null, [inputs])!;
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(exception.InnerException).Throw();
            throw;
        }
    }

    /// <inheritdoc cref="Check(Type, IEnumerable{string})"/>
    public static int Check<T>(IEnumerable<string> inputs)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var utf16 = Paths<char, T>.Of();
        var utf8 = Paths<byte, T>.Of();
        int accepted = 0;
        foreach (var input in inputs)
        {
            accepted += utf16.Agree(input, input.AsSpan());
            accepted += utf8.Agree(input, Encoding.UTF8.GetBytes(input));
        }

        return accepted;
    }

    private sealed record Paths<TChar, T>(Fast<TChar, T> Fast, Whole<TChar, T> Exact, Whole<TChar, T> Public)
        where TChar : unmanaged
        where T : notnull
    {
        public static Paths<TChar, T> Of()
        {
            const BindingFlags Private = BindingFlags.NonPublic | BindingFlags.Static;
            var span = typeof(ReadOnlySpan<TChar>);
            var fast = typeof(T).GetMethod(FastMethod, Private) ?? throw new InvalidOperationException($"{typeof(T)}: no {FastMethod}");
            var exact = typeof(T).GetMethod(ExactMethod, Private) ?? throw new InvalidOperationException($"{typeof(T)}: no {ExactMethod}");
            var tryParse = typeof(T).GetMethod("TryParse", [span, typeof(T).MakeByRefType(), typeof(PropertyStringError).MakeByRefType()])
                ?? throw new InvalidOperationException($"{typeof(T)}: no TryParse");
            return new(
                fast.MakeGenericMethod(typeof(TChar)).CreateDelegate<Fast<TChar, T>>(),
                exact.MakeGenericMethod(typeof(TChar)).CreateDelegate<Whole<TChar, T>>(),
                tryParse.CreateDelegate<Whole<TChar, T>>());
        }

        /// <summary>Asserts that the public parser answers as the exact path; 1 when the fast path accepted the input.</summary>
        public int Agree(string input, ReadOnlySpan<TChar> text)
        {
            var name = typeof(TChar) == typeof(char) ? "UTF-16" : "UTF-8";
            bool exactOk = Exact(text, out var exactValue, out var exactError);
            bool ok = Public(text, out var value, out var error);
            Assert.True(ok == exactOk,
                $"{typeof(T).Name} {name} '{input}': TryParse says {ok} ({error}), the exact path {exactOk} ({exactError})");
            var (got, want) = ((error.Kind, error.ToString(), error.Offset, error.Length),
                (exactError.Kind, exactError.ToString(), exactError.Offset, exactError.Length));
            Assert.True(got == want, $"{typeof(T).Name} {name} '{input}': {got} against the exact path's {want}");
            if (ok)
            {
                // A record compares every value; a class, which compares references, by its print, which holds every key given.
                bool same = value is IEquatable<T> ? value.Equals(exactValue) : value.ToString() == exactValue.ToString();
                Assert.True(same, $"{typeof(T).Name} {name} '{input}': {value} against the exact path's {exactValue}");
            }

            return Fast(text, out _) ? 1 : 0;
        }
    }
}
