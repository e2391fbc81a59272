namespace SchemaGen.Generator;

/// <summary>
/// The names SchemaGen's public contract fixes, shared by the generator and the analyzers: its
/// attributes' metadata names and named arguments, the partial method for cross-field rules, and
/// the suffix of the files it adds.
/// </summary>
internal static class ContractNames
{
    public const string PropertyStringAttribute = "SchemaGen.PropertyStringAttribute";
    public const string KeyAttribute = "SchemaGen.KeyAttribute";
    public const string EnumValueAttribute = "SchemaGen.EnumValueAttribute";
    public const string DescriptionAttribute = "System.ComponentModel.DescriptionAttribute";

    /// <summary>What the generated code marks its members with, <c>SchemaGen</c> its first argument.</summary>
    public const string GeneratedCodeAttribute = "System.CodeDom.Compiler.GeneratedCodeAttribute";
    public const string GeneratorName = "SchemaGen";

    // Named arguments of [Key].
    public const string DefaultKey = "DefaultKey";
    public const string Alias = "Alias";

    /// <summary>The named argument that lists several aliases.</summary>
    public const string Aliases = "Aliases";
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

    // Named arguments of [PropertyString].
    public const string Option = "Option";

    /// <summary>How the name of every file the generator adds ends (<c>Ns.Type.PropertyString.g.cs</c>); the analyzers know generated
    /// declarations by it.</summary>
    public const string GeneratedFileSuffix = ".PropertyString.g.cs";

    /// <summary>The name of the partial method a schema implements for its cross-field rules.</summary>
    public const string CrossFieldRuleMethod = "ValidateCrossFieldRules";
}
