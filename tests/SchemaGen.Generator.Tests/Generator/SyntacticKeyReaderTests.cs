using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemaGen.Generator.Parsing;
using SchemaGen.Generator.Parsing.FromSyntax;
using SchemaGen.Generator.Tests.Infrastructure;

namespace SchemaGen.Generator.Tests.Generator;

/// <summary>
/// The generator reads a schema's <c>[Key]</c> arguments from their syntax where it can be sure of them, and binds them otherwise.
/// Both readings must give the same schema: the syntactic one exactly the bound arguments, or nothing (and then the bound ones).
/// </summary>
public sealed class SyntacticKeyReaderTests
{
    [Fact]
    public void Every_repository_schema_is_read_from_its_syntax_as_bound()
    {
        // Proxmox's formats use SchemaGen.Sev's enums; the test schemas include SchemaGen.Sev's own options.
        var proxmox = TestCompilation.Create(Sources("proxmox-formats"))
            .AddReferences(MetadataReference.CreateFromFile(typeof(SchemaGen.Sev.EfiType).Assembly.Location));
        var schemas = SchemaTypes(proxmox).Concat(SchemaTypes(TestCompilation.Create(Sources("schemas")))).ToList();

        int keys = 0, usable = 0;
        foreach (var (type, model) in schemas)
        {
            var own = SyntacticKeyReader.Read(type, model, default);
            Assert.True(own is not null, $"{type.Name} was not read from its syntax");
            keys += AssertSameArguments(type, own);
            var bound = SchemaParser.Parse(type, LanguageVersion.Preview, null, default);
            Assert.Equal(bound, SchemaParser.Parse(type, LanguageVersion.Preview, model, default));
            usable += bound is null ? 0 : 1;
        }

        Assert.Equal(37, schemas.Count);
        Assert.Equal(37, usable);
        Assert.Equal(182, keys);
    }

    private static string[] Sources(string folder)
        => Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, folder), "*.cs").Order(StringComparer.Ordinal)
            .Select(File.ReadAllText).ToArray();

    /// <summary>A schema with one key <paramref name="member"/> (and <paramref name="member2"/> beside it, <paramref name="extra"/>
    /// beside the type).</summary>
    private static string Schema(string member, string usings = "using SchemaGen;", string extra = "", string member2 = "") => $$"""
        {{usings}}
        namespace Bench
        {
            public enum Mode { [SchemaGen.EnumValue("off")] Off, [SchemaGen.EnumValue("on")] On }
            public static class Texts { public const string Pattern = "[a-z]+"; public const int Ten = 10; public const long Big = 5; }
            {{extra}}
            [SchemaGen.PropertyString("fmt")]
            public partial record Schema
            {
                public const int Limit = 64;
                {{member}}
                {{member2}}
                [SchemaGen.Key("other")] public partial int Other { get; init; }
            }
        }
        """;

    public static TheoryData<string, string> ReadFromSyntax => new()
    {
        { "simple name", Schema("""[Key("a", DefaultKey = true)] public partial string A { get; init; }""") },
        { "suffixed name", Schema("""[KeyAttribute("a")] public partial string A { get; init; }""") },
        { "qualified name", Schema("""[SchemaGen.Key("a")] public partial string A { get; init; }""", usings: "") },
        { "global name", Schema("""[global::SchemaGen.KeyAttribute("a")] public partial string A { get; init; }""", usings: "") },
        { "alias", Schema("""[K("a")] public partial string A { get; init; }""",
            usings: "using SchemaGen; using K = SchemaGen.KeyAttribute;") },
        { "another attribute beside", Schema("""[System.Obsolete, Key("a")] public partial string A { get; init; }""") },
        { "two attribute lists", Schema(
            """[Key("a")][System.ComponentModel.Description("the " + "a")] public partial string A { get; init; }""") },
        { "description alone", Schema("""[Key("a")][System.ComponentModel.Description] public partial string A { get; init; }""") },
        { "enum default", Schema("""[Key("a", Default = Mode.On)] public partial Mode A { get; init; }""") },
        { "enum default, full name", Schema("""[Key("a", Default = global::Bench.Mode.On)] public partial Mode A { get; init; }""") },
        { "negative integer", Schema("""[Key("a", Default = -5, Minimum = -10, Maximum = 10L)] public partial long A { get; init; }""") },
        { "unsigned and long literals", Schema(
            """[Key("a", Default = 5u, Maximum = 3000000000)] public partial ulong A { get; init; }""") },
        { "numbers", Schema("""[Key("a", Default = 1.5, Minimum = -0.5, Maximum = 2.5f)] public partial double A { get; init; }""") },
        { "constants", Schema("""[Key("a", Pattern = Texts.Pattern, MaxLength = Limit)] public partial string A { get; init; }""") },
        { "constant of another type given to object", Schema("""[Key("a", Default = Texts.Big)] public partial long A { get; init; }""") },
        { "aliases as a collection", Schema("""[Key("a", Aliases = ["b", "c" + "d"])] public partial bool A { get; init; }""") },
        { "aliases as an array", Schema("""[Key("a", Aliases = new[] { "b" }, Alias = @"e")] public partial bool A { get; init; }""") },
        { "aliases as a typed array", Schema("""[Key("a", Aliases = new string[] { })] public partial bool A { get; init; }""") },
        { "raw string", Schema("\"\"\"[Key(\"a\", Pattern = \"\"\"[a-z]\"\"\")] public partial string A { get; init; }\"\"\"") },
        { "casts", Schema(
            """[Key("a", Default = (sbyte)-1, Minimum = (short)-5, Maximum = (byte)100)] public partial sbyte A { get; init; }""") },
        { "a cast to double", Schema("""[Key("a", Default = (double)5, Maximum = (double)1.5)] public partial double A { get; init; }""") },
        { "nameof", Schema("""[Key(nameof(A), Format = nameof(Check))] public partial string A { get; init; }""",
            member2: "public static bool Check(string v) => true;") },
        { "nameof a member of a type", Schema("""[Key(nameof(Texts.Pattern))] public partial string A { get; init; }""") },
        { "parenthesised", Schema("""[Key(("a"), Default = (true))] public partial bool A { get; init; }""") },
        { "not a key at all", Schema("""[System.ComponentModel.DataAnnotations.Key] public partial string A { get; init; }""") },
        { "a nullable value type, a nullable string", Schema("""[Key("a")] public partial int? A { get; init; }""",
            member2: """[Key("b")] public partial string? B { get; init; }""") },
        { "a nullable enum by its full name", Schema("""[Key("a")] public partial global::Bench.Mode? A { get; init; }""") },
        { "a type by its metadata name", Schema("""[Key("a")] public partial System.Int64 A { get; init; }""") },
        { "a type through an alias", Schema("""[Key("a", Default = M.On)] public partial M A { get; init; }""",
            usings: "using SchemaGen; using M = Bench.Mode;") },
        { "accessibility written out", Schema("""[Key("a")] internal required partial bool A { get; private set; }""",
            member2: """[Key("b")] protected internal partial bool B { get; }""") },
        { "a private protected setter", Schema("""[Key("a")] public partial bool A { get; private protected init; }""") },
        { "an enum nested in the schema", Schema("""[Key("a", Default = Inner.Y)] public partial Inner A { get; init; }""",
            member2: """public enum Inner { [SchemaGen.EnumValue("x")] X, [SchemaGen.EnumValue("y")] Y }""") },
        { "a constant of the schema's own", Schema("""[Key("a", MaxLength = Limit)] public partial string A { get; init; }""") },
        { "a member of the name in another type", Schema("""[Key("a", Default = Mode.On)] public partial Mode A { get; init; }""",
            extra: "public class Mode2 { public int Mode; }") },
        { "a nested attribute class that hides SchemaGen's", Schema(
            """[Key("a")] public partial string A { get; init; } public sealed class KeyAttribute(string s) : System.Attribute { }""") },
    };

    public static TheoryData<string, string> LeftToTheCompiler => new()
    {
        { "a nested class that is no attribute", Schema(
            """[Key("a")] public partial string A { get; init; } public sealed class Key { }""") },
        { "a nested class of the suffixed name that is no attribute", Schema(
            """[Key("a")] public partial string A { get; init; } public sealed class KeyAttribute { }""") },
        { "a property whose name is its enum's", Schema("""[Key("a", Default = Mode.On)] public partial Mode Mode { get; init; }""") },
        { "a cast that does not fit", Schema("""[Key("a", Default = (byte)300)] public partial long A { get; init; }""") },
        { "a cast of a number to an integer", Schema("""[Key("a", Default = (int)1.5)] public partial int A { get; init; }""") },
        { "a cast to float", Schema("""[Key("a", Default = (float)1)] public partial double A { get; init; }""") },
        { "nameof what is not there", Schema("""[Key(nameof(Nothing))] public partial string A { get; init; }""") },
        { "a method named nameof", Schema("""[Key(nameof(A))] public partial string A { get; init; }""",
            member2: """public static string nameof(object o) => "x";""") },
        { "the least int", Schema("""[Key("a", Minimum = -2147483648)] public partial int A { get; init; }""") },
        { "a character for an int", Schema("""[Key("a", MaxLength = 'z')] public partial string A { get; init; }""") },
        { "null", Schema("""[Key("a", Default = null)] public partial string A { get; init; }""") },
        { "a null alias", Schema("""[Key("a", Alias = null)] public partial string A { get; init; }""") },
        { "a named constructor argument", Schema("""[Key(name: "a")] public partial string A { get; init; }""") },
        { "a verbatim name", Schema("""[@Key("a")] public partial string A { get; init; }""") },
        { "an attribute target", Schema("""[property: Key("a")] public partial string A { get; init; }""") },
        { "an unknown attribute", Schema("""[Nope, Key("a")] public partial string A { get; init; }""") },
        { "a number added to a string", Schema("""[Key("a", Pattern = "x" + 1)] public partial string A { get; init; }""") },
        { "an interpolated string", Schema("""[Key($"a{Limit}")] public partial string A { get; init; }""") },
        { "a static property", Schema("""[Key("a")] public static partial string A { get; set; }""") },
        { "a virtual property", Schema("""[Key("a")] public virtual partial string A { get; init; }""") },
        { "a property with its body", Schema("""[Key("a")] public partial string A { get => ""; init { } }""") },
        { "a property in two parts", Schema("""[Key("a")] public partial string A { get; init; }""",
            member2: """public partial string A { get => ""; init { } }""") },
        { "an expression-bodied property", Schema("""[Key("a")] public partial string A => "";""") },
        { "a property by reference", Schema("""[Key("a")] public partial ref int A { get; }""") },
        { "a property without a getter", Schema("""[Key("a")] public partial string A { init; }""") },
        { "a generic type", Schema("""[Key("a")] public partial System.Nullable<int> A { get; init; }""") },
        { "a nullable string where annotations are off", Schema(
            "#nullable disable\n" + """[Key("a")] public partial string? A { get; init; }""" + "\n#nullable restore") },
        { "an enum whose name a member of the schema has", Schema(
            """[Key("a", Default = Mode.On)] public partial Mode A { get; init; }""", member2: "public static int Mode() => 1;") },
        { "two attribute classes of that name", Schema(
            """[Key("a")] public partial string A { get; init; }""", usings: "using SchemaGen; using Other;",
            extra: "}\nnamespace Other { public sealed class KeyAttribute(string s) : System.Attribute { } }\nnamespace Bench {") },
    };

    [Theory]
    [MemberData(nameof(ReadFromSyntax))]
    public void Constants_the_reader_resolves_are_read_as_bound(string what, string source)
    {
        var (type, model) = SchemaTypes(TestCompilation.Create(source)).Single();
        var own = SyntacticKeyReader.Read(type, model, default);
        Assert.True(own is not null, what);
        AssertSameArguments(type, own);
        Assert.Equal(SchemaParser.Parse(type, LanguageVersion.Preview, null, default),
            SchemaParser.Parse(type, LanguageVersion.Preview, model, default));
    }

    [Theory]
    [MemberData(nameof(LeftToTheCompiler))]
    public void What_the_reader_cannot_be_sure_of_is_bound(string what, string source)
    {
        var (type, model) = SchemaTypes(TestCompilation.Create(source)).Single();
        Assert.True(SyntacticKeyReader.Read(type, model, default) is null, what);
        Assert.Equal(SchemaParser.Parse(type, LanguageVersion.Preview, null, default),
            SchemaParser.Parse(type, LanguageVersion.Preview, model, default));
    }

    [Fact]
    public void A_type_in_two_declarations_is_read_in_member_order()
    {
        var source = """
            using SchemaGen;
            [PropertyString("fmt")]
            public partial record Schema
            {
                [Key("b")] public partial int B { get; init; }
            }
            public partial record Schema
            {
                [Key("a", DefaultKey = true)] public partial int A { get; init; }
            }
            """;
        var (type, model) = SchemaTypes(TestCompilation.Create(source)).Single();
        var own = SyntacticKeyReader.Read(type, model, default);
        Assert.NotNull(own);
        Assert.Equal(["b", "a"], own.Select(k => k.Arguments.Name));
        AssertSameArguments(type, own);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Schemas_of_several_files_share_a_lookup_only_where_their_scopes_are_written_alike(bool reversed)
    {
        // The lookups outside the types are shared within a compilation by scopes written alike (SharedLookups): here Mode is
        // A's in two files, B's in one, a file-local type in one whose usings are A's, and a base record's nested type in one.
        const string key = """[Key("a", Default = Mode.On)] public partial Mode M { get; init; }""";
        string[] sources =
        [
            """
            namespace A { public enum Mode { [SchemaGen.EnumValue("off")] Off, [SchemaGen.EnumValue("on")] On } }
            namespace B { public enum Mode { [SchemaGen.EnumValue("x")] X, [SchemaGen.EnumValue("on")] On } }
            namespace Bench { public record Base { public enum Mode { [SchemaGen.EnumValue("y")] Y, [SchemaGen.EnumValue("on")] On } } }
            """,
            $$"""using SchemaGen; using A; namespace Bench; [PropertyString("f1")] public partial record S1 { {{key}} }""",
            $$"""using SchemaGen; using B; namespace Bench; [PropertyString("f2")] public partial record S2 { {{key}} }""",
            $$"""
            using SchemaGen; using A; namespace Bench;
            file enum Mode { [EnumValue("z")] Z, [EnumValue("on")] On }
            [PropertyString("f3")] file partial record S3 { {{key}} }
            """,
            $$"""using SchemaGen; using A; namespace Bench; [PropertyString("f4")] public partial record S4 { {{key}} }""",
            $$"""using SchemaGen; using A; namespace Bench; [PropertyString("f5")] public partial record S5 : Base { {{key}} }""",
        ];
        var compilation = TestCompilation.Create(sources);
        // (Without the generator, the partial properties have no other part: CS9248.)
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Id != "CS9248"));
        var schemas = SchemaTypes(compilation).ToList();
        if (reversed)
        {
            schemas.Reverse();
        }

        var modes = new List<string>();
        foreach (var (type, model) in schemas)
        {
            var own = SyntacticKeyReader.Read(type, model, default);
            Assert.Equal(1, AssertSameArguments(type, own));
            modes.Add(own![0].Property.Type.ToDisplayString());
        }

        string[] expected = ["A.Mode", "B.Mode", "Bench.Mode", "A.Mode", "Bench.Base.Mode"];
        Assert.Equal(reversed ? expected.Reverse() : expected, modes);
    }

    // Asserts that the reader's keys are KeyProperties' own keys with the bound arguments and properties; returns how many.
    private static int AssertSameArguments(INamedTypeSymbol type, List<SyntacticKeyReader.Key>? own)
    {
        Assert.NotNull(own);
        var bound = KeyProperties.Of(type).Where(k => !k.FromInterface).ToList();
        Assert.Equal(bound.Select(k => k.Property.Name), own.Select(k => k.Property.Name));
        foreach (var (key, read) in bound.Zip(own))
        {
            Assert.Equal(Describe(KeyArguments.Of(key.Property, key.Key)), Describe(read.Arguments));
            Assert.Equal(Describe(KeyPropertyFacts.Of(key.Property, fromInterface: false)), Describe(read.Property));
        }

        return own.Count;
    }

    private static string Describe(KeyPropertyFacts property)
        => string.Join(" | ", property.Name, property.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat
                .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier)),
            property.Type.NullableAnnotation == NullableAnnotation.Annotated ? "annotated" : "not annotated",
            property.IsImplementable ? "implementable" : "not implementable", property.IsRequired ? "required" : "not required",
            property.SetterKeyword, property.AccessibilityKeywords, property.SetterAccessibilityKeywords ?? "(setter as the property)");

    private static IEnumerable<(INamedTypeSymbol Type, SemanticModel Model)> SchemaTypes(Compilation compilation)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<TypeDeclarationSyntax>())
            {
                if (model.GetDeclaredSymbol(declaration) is INamedTypeSymbol type
                    && type.DeclaringSyntaxReferences[0].GetSyntax() == declaration
                    && AttributeNames.Find(type.GetAttributes(), ContractNames.PropertyStringAttribute) is not null)
                {
                    yield return (type, model);
                }
            }
        }
    }

    private static string Describe(KeyArguments arguments)
        => string.Join(", ", arguments.Constructor.Select(Describe))
           + " | " + string.Join(", ", arguments.Named.OrderBy(n => n.Key, StringComparer.Ordinal)
               .Select(n => n.Key + " = " + Describe(n.Value)))
           + " | " + (arguments.Description ?? "(no description)");

    private static string Describe(ArgumentValue value)
        => string.Create(CultureInfo.InvariantCulture,
            $"{value.Kind} {value.Value?.GetType().Name} {value.Value} {value.EnumType?.ToDisplayString()} null={value.IsNull}")
           + (value.Kind == TypedConstantKind.Array ? " [" + string.Join(", ", value.Values.Select(Describe)) + "]" : "");
}
