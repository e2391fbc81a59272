using static SchemaGen.Generator.Tests.Verifiers.CSharpAnalyzerVerifier;

namespace SchemaGen.Generator.Tests.Analyzers;

/// <summary>SG0023-SG0026: enum members and their texts.</summary>
public sealed class EnumValueDiagnosticTests
{
    private const string Schema = """
        using SchemaGen;
        [PropertyString("f")]
        public partial record struct S
        {
            [Key("e", DefaultKey = true)] public required partial E Value { get; init; }
        }
        """;

    [Fact]
    public Task SG0023_an_enum_member_without_EnumValue() => VerifyAnalyzerAsync(
        """
        using SchemaGen;
        public enum E
        {
            [EnumValue("x")] X,
            {|SG0023:Y|},
        }
        """,
        ["Enum member 'E.Y' has no [EnumValue], so a property string can neither name nor print it"],
        Schema);

    [Fact]
    public Task SG0024_two_members_with_one_value() => VerifyAnalyzerAsync(
        """
        using SchemaGen;
        public enum E { [EnumValue("x")] X, [EnumValue({|SG0024:"x"|})] Y }
        """,
        ["Enum members 'E.X' and 'E.Y' share the value 'x'"],
        Schema);

    [Theory]
    [InlineData("a,b", "it contains ',', which separates keys")]
    [InlineData("a=b", "it contains '=', which separates a key from its value")]
    [InlineData("a b", "it contains white space")]
    [InlineData("", "it is empty")]
    [InlineData("é", "it contains a character outside ASCII")]
    public Task SG0025_an_enum_value_a_property_string_cannot_hold(string text, string reason) => VerifyAnalyzerAsync(
        $$"""
        using SchemaGen;
        public enum E { [EnumValue({|SG0025:"{{text}}"|})] X, [EnumValue("y")] Y }
        """,
        [$"The [EnumValue] '{text}' of 'E.X' cannot be written in a property string: {reason}"],
        Schema);

    [Fact]
    public Task SG0026_a_key_whose_enum_has_no_EnumValue() => VerifyAnalyzerAsync(
        """
        using SchemaGen;
        public enum E { X, Y }
        [PropertyString("f")]
        public partial record struct S
        {
            [Key("e", DefaultKey = true)] public required partial {|SG0026:E|} Value { get; init; }
            [Key("n")] public partial {|SG0026:E?|} Maybe { get; init; }
        }
        """,
        [
            "'S.Value' (key 'e') has enum type 'E', which SchemaGen cannot use: none of its members has an [EnumValue]",
            "'S.Maybe' (key 'n') has enum type 'E', which SchemaGen cannot use: none of its members has an [EnumValue]",
        ]);

    [Fact]
    public Task SG0026_an_enum_without_members() => VerifyAnalyzerAsync(
        """
        using SchemaGen;
        public enum E { }
        [PropertyString("f")]
        public partial record struct S
        {
            [Key("e", DefaultKey = true)] public required partial {|SG0026:E|} Value { get; init; }
        }
        """,
        ["'S.Value' (key 'e') has enum type 'E', which SchemaGen cannot use: it has no members"]);

    [Fact]
    public Task Enums_no_key_uses_and_no_member_annotates_are_left_alone() => VerifyAnalyzerAsync(
        "public enum Plain { A, B }",
        [],
        Schema.Replace("E Value", "Sev Value"),
        "using SchemaGen; public enum Sev { [EnumValue(\"s\")] S }");
}
