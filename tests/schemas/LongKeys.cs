using SchemaGen;

namespace SchemaGen.TestSchemas;

/// <summary>
/// Keys of the lengths at the edges of what a key table packs into words (up to 24 characters) and beyond
/// it: a longer key or alias is compared as text, before the packing.
/// </summary>
[PropertyString("test-long-keys")]
public partial record struct LongKeys
{
    /// <summary>One character.</summary>
    [Key("a", Optional = true)]
    public partial int? A { get; set; }

    /// <summary>Eight characters, one word.</summary>
    [Key("eight-ch", Optional = true)]
    public partial int? Eight { get; set; }

    /// <summary>Twenty-four characters, three words.</summary>
    [Key("exactly-twenty-four-char", Optional = true)]
    public partial int? TwentyFour { get; set; }

    /// <summary>One character more than packs.</summary>
    [Key("a-key-of-twenty-five-char", Optional = true)]
    public partial int? TwentyFive { get; set; }

    /// <summary>Far longer than packs, with an alias longer than packs too.</summary>
    [Key("a-key-name-much-longer-than-any-packed-key", Alias = "an-alias-longer-than-packs", Optional = true)]
    public partial int? Longest { get; set; }
}
