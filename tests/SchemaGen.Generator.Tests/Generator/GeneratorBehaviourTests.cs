using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SchemaGen.Generator.Emitting;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Tests.Infrastructure;

namespace SchemaGen.Generator.Tests.Generator;

/// <summary>What the generator does beyond the happy path: it stays silent where it cannot help.</summary>
public sealed class GeneratorBehaviourTests
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

    [Fact]
    public void Generated_code_compiles_under_CSharp_13()
    {
        var (output, result, _) = GeneratorRunner.Run(TestCompilation.Create(LanguageVersion.CSharp13, ValidSchema));
        Assert.Single(result.GeneratedTrees);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Theory]
    [InlineData("[Key(\"a\", DefaultKey = true)] public required partial int A { get; init; }",
        "[Key(\"a\", DefaultKey = true)] public required int A { get; init; }", "a key property is not partial")]
    [InlineData("[Key(\"b\", Default = true)]", "[Key(\"b\", DefaultKey = true)]", "two default keys")]
    [InlineData("[Key(\"b\", Default = true)]", "[Key(\"a\", Default = true)]", "a key twice")]
    [InlineData("[Key(\"b\", Default = true)]", "[Key(\"b,c\", Default = true)]", "a comma in a key")]
    [InlineData("[Key(\"b\", Default = true)]", "[Key(\"b\", Default = 1)]", "a default of the wrong type")]
    [InlineData("public partial bool B", "public partial System.DateTime B", "an unsupported member type")]
    [InlineData("public partial record struct S", "public partial record struct S<T>", "a generic type")]
    public void A_schema_it_cannot_use_gets_placeholder_code_that_compiles(string from, string to, string why)
    {
        // Without the placeholder, CS9248 (a partial property without a body) would stop the build
        // before the analyzers could say what is wrong.
        var source = ValidSchema.Replace(from, to);
        Assert.NotEqual(ValidSchema, source);
        var use = "namespace N { static class Use { static void M() { _ = S" + (to.Contains("<T>") ? "<int>" : "") + ".Parse(\"1\"); } } }";
        var compilation = TestCompilation.Create(source, use);
        var driver = GeneratorRunner.CreateDriver(compilation).RunGeneratorsAndUpdateCompilation(compilation, out var output,
            out var diagnostics);
        var result = driver.GetRunResult();
        Assert.Empty(diagnostics);
        Assert.Null(result.Results.Single().Exception);
        var generated = Assert.Single(result.GeneratedTrees).ToString();
        Assert.Contains("SchemaGen could not generate a parser for S", generated);
        Assert.DoesNotContain("TryParseCore", generated);
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, why + ": " + TestCompilation.Describe(errors));
    }

    [Fact]
    public void A_type_that_is_not_partial_gets_nothing()
    {
        var source = ValidSchema.Replace("public partial record struct S", "public record struct S");
        var compilation = TestCompilation.Create(source);
        var result = GeneratorRunner.CreateDriver(compilation).RunGenerators(compilation).GetRunResult();
        Assert.Empty(result.GeneratedTrees);
        Assert.Null(result.Results.Single().Exception);
    }

    [Fact]
    public void Property_names_never_clash_with_the_generated_code()
    {
        // Each name is one the generated parser, printer or constructor uses for itself.
        string[] names = ["Value", "Text", "Error", "Key", "Part", "Parts", "Given", "Unknown", "Bare", "Present", "ErrorAt", "Writer",
            "Ok", "Written", "Raw", "Offset", "Flag", "Form", "Number", "Buffer", "Destination"];
        var properties = string.Join("\n", names.Select((n, i)
            => $"[Key(\"k{i}\", Default = {i})] public partial int {n} {{ get; init; }}"));
        var result = GeneratorRunner.RunAndCompile($$"""
            using SchemaGen;
            [PropertyString("clash")]
            public partial record Clash
            {
                {{properties}}
            }
            """);
        Assert.Single(result.GeneratedTrees);
    }

    [Fact]
    public void Implicit_accessibility_stays_implicit()
    {
        var result = GeneratorRunner.RunAndCompile("""
            using SchemaGen;
            [PropertyString("implicit")]
            public partial class Implicit
            {
                [Key("a", Default = 1)] partial int A { get; set; }
                [Key("b", Default = 2)] public partial int B { get; private set; }
                internal int ReadA() => A;
            }
            """);
        var text = result.GeneratedTrees.Single().ToString();
        Assert.Contains("partial int A", text);
        Assert.DoesNotContain("private partial int A", text);
        Assert.Contains("private set", text);
    }

    [Fact]
    public void Generates_nothing_below_CSharp_13()
    {
        var compilation = TestCompilation.Create(LanguageVersion.CSharp12, ValidSchema);
        var result = GeneratorRunner.CreateDriver(compilation).RunGenerators(compilation).GetRunResult();
        Assert.Empty(result.GeneratedTrees);
        Assert.Null(result.Results.Single().Exception);
    }

    [Fact]
    public void An_enum_member_without_EnumValue_gets_placeholder_code()
    {
        var source = """
            using SchemaGen;
            public enum E { [EnumValue("x")] X, Y }
            [PropertyString("f")]
            public partial record struct S { [Key("e", DefaultKey = true)] public required partial E Value { get; init; } }
            """;
        var compilation = TestCompilation.Create(source);
        var generated = Assert.Single(GeneratorRunner.CreateDriver(compilation).RunGenerators(compilation).GetRunResult().GeneratedTrees);
        Assert.DoesNotContain("TryParseCore", generated.ToString());
    }

    [Fact]
    public void The_emitter_is_a_pure_function_of_the_model()
    {
        var model = new SchemaModel(
            "Hand.Made",
            "Flag",
            "record struct",
            IsValueType: true,
            IsReadOnly: false,
            ContainingTypes: Array.Empty<ContainingTypeModel>().ToEquatableArray(),
            FormatName: "hand-made",
            Option: null,
            Keys: new[]
            {
                new KeyModel("On", "on", ValueKind.Boolean, "bool", false, "public", true, "init", null, true, null, null, null, null,
                    null, null, null, null, null, Array.Empty<EnumValueModel>().ToEquatableArray(), null),
            }.ToEquatableArray(),
            NeedsParameterlessConstructor: false);

        var first = SchemaEmitter.Emit(model);
        Assert.Equal(first, SchemaEmitter.Emit(model with { }));
        Assert.Equal("Hand.Made.Flag.PropertyString.g.cs", SchemaEmitter.HintName(model));
        Baseline.AssertMatches("Hand.Made.Flag.PropertyString.g.cs", first);

        // The text compiles against the declaration a user would write.
        var declaration = """
            namespace Hand.Made;
            public partial record struct Flag { [SchemaGen.Key("on", DefaultKey = true)] public required partial bool On { get; init; } }
            """;
        var compilation = TestCompilation.Create(declaration).AddSyntaxTrees(
            CSharpSyntaxTree.ParseText(first, TestCompilation.ParseOptions()));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }
}
