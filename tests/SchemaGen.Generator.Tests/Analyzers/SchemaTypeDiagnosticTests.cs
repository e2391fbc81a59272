using Microsoft.CodeAnalysis.CSharp;
using SchemaGen.Generator.Tests.Verifiers;
using static SchemaGen.Generator.Tests.Verifiers.CSharpAnalyzerVerifier;

namespace SchemaGen.Generator.Tests.Analyzers;

/// <summary>SG0001-SG0007: the type-level shapes the generator passes over in silence.</summary>
public sealed class SchemaTypeDiagnosticTests
{
    private const string Keys = """
            [Key("a", DefaultKey = true)] public required partial int A { get; init; }
        """;

    [Fact]
    public Task SG0001_a_schema_type_that_is_not_partial() => VerifyAnalyzerAsync(
        $$"""
        using SchemaGen;
        [PropertyString("f")]
        public record struct {|SG0001:S|}
        {
            // What C# says on its own: a partial member needs a partial type, and an implementation.
            [Key("a", DefaultKey = true)] public required partial int {|CS0751:{|CS9248:A|}|} { get; init; }
        }
        """,
        ["The [PropertyString] type 'S' must be partial, and so must every type containing it: 'S' is not"]);

    [Fact]
    public Task SG0001_a_containing_type_that_is_not_partial() => VerifyAnalyzerAsync(
        $$"""
        using SchemaGen;
        public static class {|SG0001:Outer|}
        {
            [PropertyString("f")]
            public partial record struct S
            {
                // The generator writes nothing for a type it cannot extend.
                [Key("a", DefaultKey = true)] public required partial int {|CS9248:A|} { get; init; }
            }
        }
        """,
        ["The [PropertyString] type 'Outer.S' must be partial, and so must every type containing it: 'Outer' is not"]);

    [Theory]
    [InlineData("public partial record struct {|SG0002:S|}<T>", "S<T>", "it is generic")]
    [InlineData("public abstract partial class {|SG0002:S|}", "S", "it is abstract")]
    [InlineData("public ref partial struct {|SG0002:S|}", "S", "it is a ref struct")]
    public Task SG0002_a_kind_of_type_the_generator_cannot_extend(string declaration, string name, string reason) => VerifyAnalyzerAsync(
        $$"""
        using SchemaGen;
        [PropertyString("f")]
        {{declaration}}
        {
        {{Keys}}
        }
        """,
        [$"The [PropertyString] type '{name}' cannot have a generated parser: {reason}"]);

    [Fact]
    public Task SG0002_a_type_nested_in_a_generic_type() => VerifyAnalyzerAsync(
        $$"""
        using SchemaGen;
        public partial class Outer<T>
        {
            [PropertyString("f")]
            public partial record struct {|SG0002:S|}
            {
                // The placeholder repeats 'Outer<T>', so SG0002 stands alone.
                [Key("a", DefaultKey = true)] public required partial int A { get; init; }
            }
        }
        """,
        ["The [PropertyString] type 'Outer<T>.S' cannot have a generated parser: it is nested in the generic type 'Outer<T>'"]);

    [Fact]
    public Task SG0003_a_primary_constructor() => VerifyAnalyzerAsync(
        $$"""
        using SchemaGen;
        [PropertyString("f")]
        public partial class S{|SG0003:(int seed)|}
        {
            public int Seed => seed;
        {{Keys}}
        }
        """,
        ["The [PropertyString] type 'S' has a primary constructor, which the constructor SchemaGen generates would have to call"]);

    [Fact]
    public Task SG0004_more_keys_than_the_presence_mask_holds()
    {
        var keys = string.Join("\n", Enumerable.Range(0, 65).Select(i => $"    [Key(\"k{i}\")] public partial int? K{i} {{ get; init; }}"));
        return VerifyAnalyzerAsync(
            $$"""
            using SchemaGen;
            [PropertyString("f")]
            public partial record struct {|SG0004:S|}
            {
            {{keys}}
            }
            """,
            ["The [PropertyString] type 'S' has 65 keys; at most 64 fit the generated presence mask"]);
    }

    [Fact]
    public Task SG0005_no_keys() => VerifyAnalyzerAsync(
        """
        using SchemaGen;
        [PropertyString("f")]
        public partial record struct {|SG0005:S|}
        {
            public int A { get; init; }
        }
        """,
        ["The [PropertyString] type 'S' has no property with a [Key] attribute"]);

    [Fact]
    public Task SG0006_a_CSharp_version_without_partial_properties() => new CSharpAnalyzerVerifier.Test
    {
        LanguageVersion = LanguageVersion.CSharp12,
        TestCode = """
            using SchemaGen;
            [{|SG0006:PropertyString("f")|}]
            public partial record struct S
            {
                [Key("a", DefaultKey = true)] public required partial int {|CS8703:{|CS9248:A|}|} { get; init; }
            }
            """,
        ExpectedMessages =
        {
            "The parser of 'S' needs C# 13.0 (partial properties), but the project compiles with C# 12.0; " +
                "set <LangVersion> to 13.0 or later",
        },
    }.RunAsync();

    [Fact]
    public Task SG0007_a_key_property_that_is_not_partial() => VerifyAnalyzerAsync(
        """
        using SchemaGen;
        [PropertyString("f")]
        public partial record struct S
        {
            [Key("a", DefaultKey = true)] public required int {|SG0007:A|} { get; init; }
            [Key("b", Default = true)] public partial bool B { get; init; }
        }
        """,
        ["'S.A' (key 'a') must be declared partial, without a body: SchemaGen implements it"]);
}
