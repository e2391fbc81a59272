namespace SchemaGen.TestSupport;

/// <summary>Where the copied tests/vectors folder is at test time (next to the test assembly).</summary>
public static class TestVectors
{
    /// <summary>The path of a file under the copied tests/vectors folder.</summary>
    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([AppContext.BaseDirectory, "vectors", .. parts]);
}
