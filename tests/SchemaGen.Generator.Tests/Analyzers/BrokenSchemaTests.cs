using static SchemaGen.Generator.Tests.Verifiers.CSharpAnalyzerVerifier;

namespace SchemaGen.Generator.Tests.Analyzers;

/// <summary>
/// A schema with one mistake, and code that uses it, as the build sees them: the generator writes
/// placeholder code that compiles, so the analyzer's diagnostic is the only error, not one of a pile
/// of C# errors (docs/decisions/0009-placeholder-code-for-broken-schemas.md).
/// </summary>
public sealed class BrokenSchemaTests
{
    private const string ValidSchema = """
        using SchemaGen;
        namespace N;
        [PropertyString("f")]
        public partial record struct S
        {
            [Key("a", DefaultKey = true)] public required partial int A { get; init; }
            [Key("b", Default = true)] public partial bool B { get; init; }
        }
        """;

    [Theory]
    [InlineData("public required partial int A", "public required int {|SG0007:A|}")]
    [InlineData("[Key(\"b\", Default = true)] public partial bool B", "[Key(\"b\", DefaultKey = {|SG0012:true|})] public partial bool? B")]
    [InlineData("[Key(\"b\", Default = true)]", "[Key({|SG0011:\"a\"|}, Default = true)]")]
    [InlineData("[Key(\"b\", Default = true)]", "[Key({|SG0010:\"b,c\"|}, Default = true)]")]
    [InlineData("[Key(\"b\", Default = true)]", "[Key(\"b\", Default = {|SG0016:1|})]")]
    [InlineData("public partial bool B", "public partial {|SG0009:System.DateTime|} B")]
    [InlineData("public partial record struct S", "public partial record struct {|SG0002:S|}<T>")]
    public Task Only_the_analyzer_reports_it(string from, string to)
    {
        var source = ValidSchema.Replace(from, to);
        Assert.NotEqual(ValidSchema, source);
        var use = "namespace N { static class Use { static void M() { _ = S" + (to.Contains("<T>") ? "<int>" : "") + ".Parse(\"1\"); } } }";
        var test = new Test { TestCode = source };
        test.TestState.Sources.Add(use);
        return test.RunAsync();
    }
}
