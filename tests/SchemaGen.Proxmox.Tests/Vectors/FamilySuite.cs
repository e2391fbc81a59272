namespace SchemaGen.Proxmox.Tests.Vectors;

/// <summary>Runs every line of one family's cases file through a format under test.</summary>
public static class FamilySuite
{
    /// <summary>
    /// The lines whose answer differs from the expected one, each described; asserts the file has
    /// <paramref name="expectedLines"/> lines so that a missing or empty file fails.
    /// </summary>
    /// <param name="family">For example <c>net</c> or <c>cpu-custom/cpu</c>.</param>
    /// <param name="only">The lines to run, when not all (the count is of these).</param>
    public static IReadOnlyList<string> Failures(
        string family, int expectedLines, IFormatUnderTest format, Func<VectorCase, bool>? only = null)
    {
        var schema = FormatSchema.Load(family + ".format.json");
        var cases = VectorCase.Load("qemu/" + family + ".cases.jsonl").Where(only ?? (_ => true)).ToList();
        Assert.Equal(expectedLines, cases.Count);
        var failures = new List<string>();
        foreach (var vector in cases)
        {
            var expected = ExpectedAnswer.For(vector, schema, format.ClrTypeOf);
            var actual = format.Answer(vector.Input);
            if (actual != expected)
            {
                failures.Add($"{vector}\n    expected {expected}\n    actual   {actual}");
            }
        }

        return failures;
    }

    /// <summary>Asserts that every line passes, listing those that do not.</summary>
    public static void AssertAllPass(string family, int expectedLines, IFormatUnderTest format, Func<VectorCase, bool>? only = null)
    {
        var failures = Failures(family, expectedLines, format, only);
        Assert.True(
            failures.Count == 0,
            $"{family}: {expectedLines - failures.Count}/{expectedLines} lines pass; the others:\n" + string.Join("\n", failures));
    }
}
