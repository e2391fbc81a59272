using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using SchemaGen.Generator.Patterns;
using SchemaGen.Runtime;

namespace SchemaGen.Generator.Tests.Patterns;

/// <summary>
/// A pattern compiled at build time answers every text as the <c>Regex</c> it replaces
/// (<c>^(?:pattern)\z</c>, culture invariant) does: PVE's patterns and patterns that use each part of
/// the syntax the compiler takes, on texts drawn from each pattern, changed in one place, and every
/// short text over its classes of characters; and a pattern it does not take is left to a Regex.
/// </summary>
public sealed class PatternCompilerTests
{
    private const int Drawn = 400, ShortLength = 3;

    /// <summary>Each part of the syntax the compiler takes, alone and together.</summary>
    public static readonly TheoryData<string> Syntax = new(
        "a", "abc", "a|b|", "(a|bc)*d", "a{3}", "a{2,}", "a{2,4}", "(ab){0,3}c", "a{0}", "a{0,0}b", "a*?b", "a+?", "a??", "a{1,3}?",
        "[^a-c]+", "[a\\-z]", "[-a]", "[a-]", "[+-]", "[\\]a]", "[\\d\\s]+", "[^\\d]", "[^\\d\\s]", "\\D\\S", "\\d\\s", ".+", "x.y",
        "\\t\\n\\r\\f\\v\\e\\a", "\\.\\-\\/\\+\\\\\\ \\#", "(a|)+", "()", "(|a)*b", "(a*)*", "(a?){5}", "[\\s\\S]", "([a-z]+-)*[a-z]+",
        "(\\d+\\.){3}\\d+", "(?:^a)", "^a|^b", "(^a|b)c", "a$", "(a$|b$)", "a?$", "^$", "(?:^0x[0-9a-f]{2}$)", "[\\t-\\r]",
        "a b#c", "[a-z][a-z0-9-]*:[^\\s]+");

    /// <summary>
    /// What the compiler leaves to a Regex: beyond an automaton of characters, beyond ASCII, or read by rules not worth copying.
    /// </summary>
    public static readonly TheoryData<string> LeftToRegex = new(
        "\\w+", "[\\w]", "\\bx", "\\p{L}", "\\x41", "\\u0041", "\\0", "(?=a)a", "(?!a)b", "(?<n>a)", "(?i)a", "(a)\\1", "a{,3}", "a{",
        "a{65}", "[a-z-[aeiou]]", "[]a]", "[a", "a)", "(a", "*a", "{1}", "a**", "a{2}{3}", "\u00E9", "[\u00E9]", "a^b", "(^a)+",
        "a$b", "(a$)+", "a?^b", "[z-a]", "[\\d-z]", "\\_",
        // Too large: the automaton would need 2^16 states, the copies of the counted repeats 216,000.
        "(a|b)*a(a|b){15}", "((a{60}){60}){60}");

    /// <summary>UTF-8 beyond ASCII, valid and not: a digit, white space, a character beyond the BMP, and what decodes to U+FFFD.</summary>
    private static readonly byte[][] Utf8Oddities =
    [
        [0xD9, 0xA3], [0xC2, 0xA0], [0xC2, 0x85], [0xE2, 0x80, 0x83], [0xC3, 0xA9], [0xF0, 0x9F, 0x98, 0x80], [0x80], [0xC0, 0xAF],
        [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0xF0, 0x9F, 0x98],
    ];

    public static TheoryData<string> ProxmoxPatterns => new(ProxmoxKeysWithPatterns().Select(key => key.Pattern!).Distinct());

    [Theory]
    [MemberData(nameof(Syntax))]
    [MemberData(nameof(ProxmoxPatterns))]
    public void A_compiled_pattern_answers_as_its_regex(string pattern)
    {
        var compiled = PatternCompiler.Compile(pattern);
        Assert.NotNull(compiled);
        var regex = Anchored(pattern);
        var tree = PatternAnchors.Remove(PatternReader.Read(pattern)!)!;
        var chars = PatternProbes.OnePerClass(compiled);
        var random = new Random(pattern.GetHashCode(StringComparison.Ordinal) ^ 15);

        var texts = PatternProbes.Every(chars, ShortLength).ToList();
        for (int i = 0; i < Drawn; i++)
        {
            string drawn = PatternProbes.Draw(tree, random);
            texts.Add(drawn);
            texts.Add(PatternProbes.Change(drawn, chars, random));
        }

        int matched = 0;
        foreach (string text in texts)
        {
            bool expected = regex.IsMatch(text);
            Assert.True(expected == IsMatch(compiled, text), $"{pattern} on \"{Escape(text)}\": the Regex says {expected}");
            matched += expected ? 1 : 0;
        }

        int everyShort = Enumerable.Range(0, ShortLength + 1).Sum(length => (int)Math.Pow(chars.Length, length));
        Assert.Equal(everyShort + 2 * Drawn, texts.Count);
        Assert.InRange(matched, 1, texts.Count - 1);
    }

    [Theory]
    [MemberData(nameof(Syntax))]
    [MemberData(nameof(ProxmoxPatterns))]
    public void A_compiled_pattern_reads_UTF8_as_its_regex_reads_the_text_decoded(string pattern)
    {
        var compiled = PatternCompiler.Compile(pattern)!;
        var regex = Anchored(pattern);
        var tree = PatternAnchors.Remove(PatternReader.Read(pattern)!)!;
        var chars = PatternProbes.OnePerClass(compiled);
        var random = new Random(pattern.GetHashCode(StringComparison.Ordinal) ^ 8);
        var texts = new List<byte[]>(Utf8Oddities);
        for (int i = 0; i < Drawn; i++)
        {
            byte[] drawn = Encoding.UTF8.GetBytes(PatternProbes.Draw(tree, random));
            texts.Add(drawn);
            texts.Add(Encoding.UTF8.GetBytes(PatternProbes.Change(Encoding.UTF8.GetString(drawn), chars, random)));
            texts.Add(PatternProbes.ChangeByte(drawn, Utf8Oddities[random.Next(Utf8Oddities.Length)], random));
        }

        int matched = 0;
        foreach (byte[] text in texts)
        {
            // What the Regex got before: the bytes decoded as UTF-8 decodes them, U+FFFD for what is invalid.
            bool expected = regex.IsMatch(Encoding.UTF8.GetString(text));
            Assert.True(expected == PatternAutomaton.IsMatch<byte>(text, compiled.Classes, compiled.Next, compiled.Width),
                $"{pattern} on {Convert.ToHexString(text)}: the Regex says {expected}");
            matched += expected ? 1 : 0;
        }

        Assert.Equal(Utf8Oddities.Length + 3 * Drawn, texts.Count);
        Assert.InRange(matched, 1, texts.Count - 1);
    }

    [Theory]
    [InlineData("\\d")]
    [InlineData("\\D")]
    [InlineData("\\s")]
    [InlineData("\\S")]
    [InlineData(".")]
    [InlineData("[^/\\.:]")]
    [InlineData("[\\d\\s]")]
    [InlineData("[^\\d\\s]")]
    [InlineData("[A-Za-z0-9\\-_\\s]")]
    public void A_class_holds_every_character_its_regex_holds(string pattern)
    {
        var compiled = PatternCompiler.Compile(pattern)!;
        var regex = Anchored(pattern);
        int checkedCount = 0;
        for (int c = 0; c <= char.MaxValue; c++)
        {
            string text = ((char)c).ToString();
            Assert.True(regex.IsMatch(text) == IsMatch(compiled, text), $"{pattern} on U+{c:X4}");
            checkedCount++;
        }

        Assert.Equal(65536, checkedCount);
    }

    [Theory]
    [MemberData(nameof(LeftToRegex))]
    public void A_pattern_beyond_the_compiler_is_left_to_a_regex(string pattern) => Assert.Null(PatternCompiler.Compile(pattern));

    [Fact]
    public void A_pattern_that_matches_nothing_is_compiled_to_refuse_every_value()
    {
        var compiled = PatternCompiler.Compile("[^\\s\\S]")!;
        Assert.All(compiled.Next, entry => Assert.Equal(0, entry));
        Assert.False(IsMatch(compiled, ""));
        Assert.False(IsMatch(compiled, "a"));
    }

    [Fact]
    public void The_same_pattern_gives_the_same_minimal_tables()
    {
        // (a|b)(a|b)* and [ab]+ are one language: the same minimal automaton, numbered alike.
        var first = PatternCompiler.Compile("(a|b)(a|b)*")!;
        var second = PatternCompiler.Compile("[ab]+")!;
        Assert.Equal(first.Next, second.Next);
        Assert.Equal(first.Classes, second.Classes);
        Assert.Equal(3, first.StateCount);
    }

    [Fact]
    public void Every_pattern_of_Proxmoxs_formats_is_compiled_into_its_parser()
    {
        var keys = ProxmoxKeysWithPatterns().ToList();
        Assert.Equal(29, keys.Count);
        foreach (var (type, property, _) in keys)
        {
            var patterns = type.GetNestedType("Patterns__", BindingFlags.NonPublic);
            Assert.NotNull(patterns);
            Assert.Null(patterns.GetField(property, BindingFlags.NonPublic | BindingFlags.Static));
            var automaton = patterns.GetNestedType(property, BindingFlags.NonPublic);
            Assert.True(automaton?.GetMethod("IsMatch") is not null, $"{type.Name}.{property} has no automaton");
        }
    }

    private static IEnumerable<(Type Type, string Property, string? Pattern)> ProxmoxKeysWithPatterns()
        => typeof(SchemaGen.Proxmox.NetworkDevice).Assembly.GetTypes()
            .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Select(property => (Type: type, Property: property.Name, property.GetCustomAttribute<KeyAttribute>()?.Pattern)))
            .Where(key => key.Pattern is not null)
            .OrderBy(key => key.Type.FullName, StringComparer.Ordinal).ThenBy(key => key.Property, StringComparer.Ordinal);

    private static Regex Anchored(string pattern) => new("^(?:" + pattern + ")\\z", RegexOptions.CultureInvariant);

    private static bool IsMatch(CompiledPattern compiled, string text)
        => PatternAutomaton.IsMatch<char>(text, compiled.Classes, compiled.Next, compiled.Width);

    private static string Escape(string text)
        => string.Concat(text.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}"));
}
