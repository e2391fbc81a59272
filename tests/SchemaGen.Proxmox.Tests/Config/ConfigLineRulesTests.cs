using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SchemaGen.Proxmox.Tests.Config;

/// <summary>
/// <see cref="ConfigLineRules"/> against the regular expressions it replaces (parse_vm_config's, as the reader
/// used them before): every character of the Basic Multilingual Plane at each place of each rule's grammar, and
/// random lines of the characters and words the rules turn on. Each rule must answer as its expression: the
/// same match, the same groups.
/// </summary>
public sealed class ConfigLineRulesTests
{
    private static readonly Regex Header = new(@"^\[([^\]]*)\]\s*$");
    private static readonly Regex Description = new(@"^description:\s*(.*\S)\s*$");
    private static readonly Regex Args = new(@"^args:\s*(.*\S)\s*$");
    private static readonly Regex Delete = new(@"^delete:\s*(.*\S)\s*$");
    private static readonly Regex SnapshotState = new(@"snapstate:\s*(prepare|delete)\s*$");
    private static readonly Regex Option = new(@"^([a-z][a-z_\-]*\d*):\s*(.+?)\s*$");
    private static readonly Regex Blank = new(@"^\s*$");

    // Each line with {0} standing for the character under test: the places where a character class decides.
    private static readonly string[] Templates =
    [
        "{0}", "{0}x", "x{0}", " {0} ",
        "[{0}]", "[a{0}b]", "[a]{0}", "[a]{0}x", "{0}[a]",
        "net0:{0}", "net0: {0}", "net0:{0}x{0}", "net0: x {0}", "net{0}:x", "net0{0}:x", "{0}et0:x", "n{0}t:x", "net:{0}{0}",
        "description:{0}", "description: x{0}", "description:{0}x{0}y{0}",
        "args:{0}-m{0}", "delete:{0}net0{0}",
        "snapstate:{0}delete", "snapstate: prepare{0}", "x{0}snapstate:{0}prepare{0}{0}", "snapstate{0} delete",
    ];

    // The characters and words that decide the rules, for random lines.
    private static readonly string[] Pieces =
    [
        "a", "z", "n", "A", "K", "\u212A", "0", "9", "\u0663", "_", "-", ":", "[", "]", "#", "x",
        " ", "\t", "\r", "\v", "\f", "\u0085", "\u00A0", "\u2028", "\u3000", "\u200B",
        "snapstate:", "prepare", "delete", "description:", "args:", "delete:", "net0:", "[snap]",
    ];

    [Fact]
    public void Every_character_at_every_decisive_place_answers_as_the_expressions()
    {
        int lines = 0;
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (c == '\n' || char.IsSurrogate((char)c))
            {
                continue; // a line never holds a line feed; a lone surrogate is not text
            }

            foreach (var template in Templates)
            {
                AssertSameAnswers(string.Format(CultureInfo.InvariantCulture, template, (char)c));
                lines++;
            }
        }

        Assert.Equal((65_536 - 1 - 2048) * Templates.Length, lines);
    }

    [Fact]
    public void Random_lines_of_the_decisive_pieces_answer_as_the_expressions()
    {
        var random = new Random(20261202);
        var line = new StringBuilder();
        const int Count = 200_000;
        for (int i = 0; i < Count; i++)
        {
            line.Clear();
            int pieces = random.Next(0, 9);
            for (int p = 0; p < pieces; p++)
            {
                line.Append(Pieces[random.Next(Pieces.Length)]);
            }

            AssertSameAnswers(line.ToString());
        }
    }

    [Theory]
    [InlineData("net0:   ", "net0", " ")] // all white space after the colon: the lazy group takes the last character
    [InlineData("net0:\t x \r", "net0", "x")]
    [InlineData("net\u0663: x", "net\u0663", "x")] // \d is any decimal digit
    [InlineData("vga: qxl  memory=2 ", "vga", "qxl  memory=2")]
    public void An_option_line_splits_as_parse_vm_config_splits_it(string line, string key, string value)
    {
        Assert.True(ConfigLineRules.TryOption(line, out var keyRange, out var valueRange));
        Assert.Equal((key, value), (line[keyRange], line[valueRange]));
    }

    [Theory]
    [InlineData("name: x snapstate: delete", "delete")] // anchored only at the end, as in parse_vm_config
    [InlineData("snapstate: prepare snapstate:\tdelete\r", "delete")] // the leftmost mark that fits
    public void A_snapshot_state_is_found_anywhere_in_the_line(string line, string state)
    {
        Assert.True(ConfigLineRules.TrySnapshotState(line, out var found));
        Assert.Equal(state, found);
    }

    private static void AssertSameAnswers(string line)
    {
        Assert.Equal(Blank.IsMatch(line), ConfigLineRules.IsBlank(line));
        AssertSame(Header, line, ConfigLineRules.TryHeader(line, out var name), line, name);
        AssertSame(Description, line, ConfigLineRules.TryPrefixed(line, "description:", out var description), line, description);
        AssertSame(Args, line, ConfigLineRules.TryPrefixed(line, "args:", out var args), line, args);
        AssertSame(Delete, line, ConfigLineRules.TryPrefixed(line, "delete:", out var delete), line, delete);

        var state = SnapshotState.Match(line);
        Assert.True(
            state.Success == ConfigLineRules.TrySnapshotState(line, out var found) && (!state.Success || state.Groups[1].Value == found),
            $"snapstate rule differs on {Escaped(line)}");

        var option = Option.Match(line);
        bool isOption = ConfigLineRules.TryOption(line, out var key, out var value);
        Assert.True(
            option.Success == isOption
                && (!isOption || (option.Groups[1].Value == line[key] && option.Groups[2].Value == line[value])),
            $"option rule differs on {Escaped(line)}");
    }

    private static void AssertSame(Regex expression, string line, bool matched, string text, Range group)
    {
        var match = expression.Match(line);
        Assert.True(
            match.Success == matched && (!matched || match.Groups[1].Value == text[group]),
            $"{expression} differs on {Escaped(line)}");
    }

    private static string Escaped(string line)
        => string.Concat(line.Select(c => c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}"));
}
