namespace SchemaGen.Benchmarks.Parsing;

/// <summary>The three <c>amd-sev</c> values every parse and format benchmark runs on.</summary>
public enum SevInput
{
    /// <summary><c>std</c>: the shortest valid value, the bare default key.</summary>
    Short,

    /// <summary><c>snp,allow-smt=0,kernel-hashes=1,no-debug=1</c>: what a configuration usually holds.</summary>
    Typical,

    /// <summary>All five keys, each written the long way (<c>type=</c>, <c>off</c>, <c>yes</c>, <c>true</c>).</summary>
    Long,
}

/// <summary>The texts of <see cref="SevInput"/>, as a property string and as the same data in JSON.</summary>
public static class SevInputs
{
    /// <summary>The property string.</summary>
    public static string Text(SevInput input) => input switch
    {
        SevInput.Short => "std",
        SevInput.Typical => "snp,allow-smt=0,kernel-hashes=1,no-debug=1",
        SevInput.Long => "type=snp,allow-smt=off,kernel-hashes=yes,no-debug=true,no-key-sharing=0",
        _ => throw new ArgumentOutOfRangeException(nameof(input)),
    };

    /// <summary>The same data as the JSON System.Text.Json reads.</summary>
    public static string Json(SevInput input) => input switch
    {
        SevInput.Short => """{"type":"std"}""",
        SevInput.Typical => """{"type":"snp","allow-smt":false,"kernel-hashes":true,"no-debug":true}""",
        SevInput.Long => """{"type":"snp","allow-smt":false,"kernel-hashes":true,"no-debug":true,"no-key-sharing":false}""",
        _ => throw new ArgumentOutOfRangeException(nameof(input)),
    };
}
