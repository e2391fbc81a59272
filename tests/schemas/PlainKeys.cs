using SchemaGen;

namespace SchemaGen.TestSchemas;

/// <summary>
/// One key of each kind the runtime's <c>KeyReader</c> reads instead of a generated reader: booleans,
/// integers with and without limits (one limited only by its type), strings with and without a length.
/// </summary>
[PropertyString("test-plain")]
public partial record struct PlainKeys
{
    /// <summary>A boolean.</summary>
    [Key("flag", Default = false)]
    public partial bool Flag { get; set; }

    /// <summary>An integer limited by its type alone.</summary>
    [Key("small", Optional = true)]
    public partial byte? Small { get; set; }

    /// <summary>An integer with a minimum only.</summary>
    [Key("count", Minimum = -5, Optional = true)]
    public partial long? Count { get; set; }

    /// <summary>An integer with both limits.</summary>
    [Key("percent", Minimum = 0, Maximum = 100, Default = 50)]
    public partial int Percent { get; set; }

    /// <summary>A string of at most eight characters.</summary>
    [Key("name", MaxLength = 8, Optional = true)]
    public partial string? Name { get; set; }

    /// <summary>A string of any length.</summary>
    [Key("note", Optional = true)]
    public partial string? Note { get; set; }
}
