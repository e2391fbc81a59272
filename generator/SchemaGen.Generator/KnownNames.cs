namespace SchemaGen.Generator;

/// <summary>The metadata names of SchemaGen's attributes, shared by the generator and the analyzers.</summary>
internal static class KnownNames
{
    public const string PropertyStringAttribute = "SchemaGen.PropertyStringAttribute";
    public const string KeyAttribute = "SchemaGen.KeyAttribute";
    public const string EnumValueAttribute = "SchemaGen.EnumValueAttribute";
    public const string DescriptionAttribute = "System.ComponentModel.DescriptionAttribute";

    // Named arguments of [Key].
    public const string DefaultKey = "DefaultKey";
    public const string Alias = "Alias";
    public const string Default = "Default";
    public const string Optional = "Optional";
    public const string Minimum = "Minimum";
    public const string Maximum = "Maximum";
    public const string MinLength = "MinLength";
    public const string MaxLength = "MaxLength";
    public const string Pattern = "Pattern";
    public const string FormatDescription = "FormatDescription";
    public const string Format = "Format";
    public const string ValuesAreKeysFor = "ValuesAreKeysFor";
    public const string Requires = "Requires";
    public const string TypeText = "TypeText";
    public const string VerboseDescription = "VerboseDescription";

    // Named arguments of [PropertyString].
    public const string Option = "Option";

    /// <summary>The name of the partial method a schema implements for its cross-field rules.</summary>
    public const string CrossFieldRuleMethod = "ValidateCrossFieldRules";
}
