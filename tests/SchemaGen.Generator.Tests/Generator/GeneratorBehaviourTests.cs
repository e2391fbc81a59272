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
        var source = ValidSchema.Replace(from, to);
        Assert.NotEqual(ValidSchema, source);
        var use = "namespace N { static class Use { static void M() { _ = S" + (to.Contains("<T>") ? "<int>" : "") + ".Parse(\"1\"); } } }";
        AssertPlaceholderCompiles(source, use, "S", why);
    }

    /// <summary>A <c>Format</c> naming a method the parser cannot call as <c>Nope(chars)</c> (SG0019): without the placeholder
    /// the generated call would not compile (CS0029, CS0120, CS1503), beside the SG0019 that explains it.</summary>
    [Theory]
    [InlineData("private static bool Nope(System.ReadOnlySpan<char> value) => true;")]
    [InlineData("private string? Nope(System.ReadOnlySpan<char> value) => null;")]
    [InlineData("private static string? Nope(string value) => null;")]
    [InlineData("")]
    public void A_Format_naming_no_usable_method_gets_placeholder_code_that_compiles(string method)
    {
        var source = ValidSchema.Replace("[Key(\"b\", Default = true)]", "[Key(\"b\", Default = true, Format = \"Nope\")]")
            .Replace("public partial bool B { get; init; }", "public partial string? B { get; init; }\n    " + method);
        Assert.Contains("Format = \"Nope\"", source);
        Assert.Contains("string? B", source);
        var use = "namespace N { static class Use { static void M() { _ = S.Parse(\"1\"); } } }";
        AssertPlaceholderCompiles(source, use, "S", method);
    }

    /// <summary>A schema nested in a generic type (SG0002): the placeholder repeats the containing type with its type
    /// parameters, so that no CS9248 stands beside SG0002.</summary>
    [Fact]
    public void A_schema_nested_in_a_generic_type_gets_placeholder_code_that_compiles()
    {
        var source = """
            using SchemaGen;
            namespace N;

            public partial class Outer<T, U>
            {
                [PropertyString("f")]
                public partial record struct S
                {
                    [Key("a", DefaultKey = true)] public required partial int A { get; init; }
                }
            }
            """;
        var use = "namespace N { static class Use { static void M() { _ = Outer<int, string>.S.Parse(\"1\"); } } }";
        var generated = AssertPlaceholderCompiles(source, use, "S", "nested in a generic type");
        Assert.Contains("partial class Outer<T, U>", generated);
    }

    /// <summary>ValuesAreKeysFor naming a key that is not a string key (SG0028, the rule of KeyRelationRules): the generator
    /// reads the same rule and writes the placeholder.</summary>
    [Fact]
    public void ValuesAreKeysFor_naming_a_key_that_is_not_a_string_gets_placeholder_code()
    {
        var source = ValidSchema.Replace("[Key(\"b\", Default = true)] public partial bool B { get; init; }",
            "[Key(\"m\", ValuesAreKeysFor = \"b\")] public partial E? M { get; init; }\n"
                + "    [Key(\"b\", Default = true)] public partial bool B { get; init; }\n}\npublic enum E { [EnumValue(\"x\")] X");
        Assert.Contains("ValuesAreKeysFor", source);
        var use = "namespace N { static class Use { static void M() { _ = S.Parse(\"1\"); } } }";
        AssertPlaceholderCompiles(source, use, "S", "ValuesAreKeysFor naming a boolean key");
    }

    /// <summary>Runs the generator on a schema it cannot use: one placeholder file, and the whole compilation free of errors
    /// (without the placeholder, CS9248 would stop the build before the analyzers could say what is wrong).</summary>
    private static string AssertPlaceholderCompiles(string source, string use, string typeName, string why)
    {
        var compilation = TestCompilation.Create(source, use);
        var driver = GeneratorRunner.CreateDriver(compilation).RunGeneratorsAndUpdateCompilation(compilation, out var output,
            out var diagnostics);
        var result = driver.GetRunResult();
        Assert.Empty(diagnostics);
        Assert.Null(result.Results.Single().Exception);
        var generated = Assert.Single(result.GeneratedTrees).ToString();
        Assert.Contains("SchemaGen could not generate a parser for " + typeName, generated);
        Assert.DoesNotContain("TryParseCore", generated);
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, why + ": " + TestCompilation.Describe(errors));
        return generated;
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
        // Each name is one the generated parser, printer or constructor uses for itself; 'a' beside 'A'
        // differs only in case, which a derived camelCase name would lose.
        string[] names = ["Value", "Text", "Error", "Key", "Part", "Parts", "Given", "Unknown", "Bare", "Present", "ErrorAt", "Writer",
            "Ok", "Written", "Raw", "Offset", "Flag", "Form", "Number", "Buffer", "Destination", "A", "ABit", "KeyTable", "TryParseFast",
            "TryParseExact", "FastKeyIndex", "Patterns", "TextOfValue", "ReadValue", "Utf8TextOfText", "TryParseCore", "TryFormatCore",
            "a", "aValue", "present", "_"];
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
    public void A_schema_type_named_like_the_generated_type_parameter_still_compiles()
    {
        // The generated code names its own type by its simple name, except where that name is TChar,
        // the type parameter of its generic methods, which would hide it there.
        var result = GeneratorRunner.RunAndCompile("""
            using SchemaGen;
            [PropertyString("tchar")]
            public partial record struct TChar
            {
                [Key("a", DefaultKey = true)] public required partial int A { get; init; }
            }
            """);
        Assert.Contains("global::TChar", result.GeneratedTrees.Single().ToString());
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
                new KeyModel("On", "on", ValueKind.Boolean, "bool", false, "public", true, "init", null, true,
                    Array.Empty<string>().ToEquatableArray(), null, null, null,
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
