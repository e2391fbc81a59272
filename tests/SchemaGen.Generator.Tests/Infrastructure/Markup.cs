using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SchemaGen.Generator.Tests.Infrastructure;

/// <summary>
/// Source text with the diagnostics expected in it marked as <c>{|SG0001:text|}</c> (the convention
/// of Microsoft.CodeAnalysis.Testing, which cannot be restored here). Markers do not nest.
/// </summary>
public sealed partial class Markup
{
    private Markup(string source, IReadOnlyList<(string Id, TextSpan Span)> expected)
    {
        Source = source;
        Expected = expected;
    }

    /// <summary>The source without markers.</summary>
    public string Source { get; }

    /// <summary>The expected diagnostics, in source order.</summary>
    public IReadOnlyList<(string Id, TextSpan Span)> Expected { get; }

    public static Markup Parse(string markup)
    {
        var source = new StringBuilder();
        var expected = new List<(string, TextSpan)>();
        int last = 0;
        foreach (Match match in Marker().Matches(markup))
        {
            source.Append(markup, last, match.Index - last);
            expected.Add((match.Groups["id"].Value, new TextSpan(source.Length, match.Groups["text"].Length)));
            source.Append(match.Groups["text"].Value);
            last = match.Index + match.Length;
        }

        source.Append(markup, last, markup.Length - last);
        return new Markup(source.ToString(), expected);
    }

    /// <summary>
    /// Asserts that <paramref name="diagnostics"/> are exactly the marked ones (id and span, in
    /// order) and that their messages are <paramref name="messages"/>, in the same order.
    /// </summary>
    public void AssertMatches(IReadOnlyList<Diagnostic> diagnostics, params string[] messages)
    {
        var actual = diagnostics.Select(d => (d.Id, d.Location.SourceSpan,
            Text: Source.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length))).ToList();
        var wanted = Expected.Select(e => (e.Id, e.Span, Text: Source.Substring(e.Span.Start, e.Span.Length))).ToList();
        Assert.True(
            wanted.SequenceEqual(actual),
            "expected:\n  " + string.Join("\n  ", wanted) + "\nactual:\n  " + string.Join("\n  ", actual) + "\n"
                + TestCompilation.Describe(diagnostics));
        var actualMessages = diagnostics.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.True(messages.SequenceEqual(actualMessages), "expected messages:\n  " + string.Join("\n  ", messages) + "\nactual:\n  "
            + string.Join("\n  ", actualMessages));
    }

    [GeneratedRegex(@"\{\|(?<id>SG\d{4}):(?<text>.*?)\|\}", RegexOptions.Singleline)]
    private static partial Regex Marker();
}
