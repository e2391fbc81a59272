using SchemaGen.Benchmarks.Alternatives;

namespace SchemaGen.Runtime.Tests.Parsing;

/// <summary>
/// The benchmarks' floor, <see cref="SplitAlone"/>, does all of the hand-written parser's split: it finds every part of the
/// inputs the parsers are timed on (their keys' lengths summed), and refuses what that parser gives up on in its split.
/// </summary>
public sealed class SplitAloneTests
{
    [Theory]
    [InlineData("std", 0)]
    [InlineData("snp,allow-smt=0,kernel-hashes=1,no-debug=1", 9 + 13 + 8)]
    [InlineData("type=snp,allow-smt=off,kernel-hashes=yes,no-debug=true,no-key-sharing=0", 4 + 9 + 13 + 8 + 14)] // two windows
    public void Splits_every_part_of_a_timed_input(string text, int keyLengths)
    {
        Assert.True(SplitAlone.TrySplit(text, out int found));
        Assert.Equal(keyLengths, found);
    }

    [Theory]
    [InlineData("snp,,no-debug=1")]
    [InlineData("snp, no-debug=1")]
    [InlineData("snp,=1")]
    [InlineData("snp,no-debug=")]
    [InlineData("snp,no-debug=1\n")]
    public void Refuses_what_the_hand_written_parser_gives_up_on(string text)
        => Assert.False(SplitAlone.TrySplit(text, out _));
}
