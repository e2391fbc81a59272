namespace SchemaGen.Benchmarks;

/// <summary>What the in-turns tools take of their rounds.</summary>
internal static class Statistics
{
    /// <summary>The middle value (the upper of the two middle ones for an even count): a few slow spells do not move it.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
