using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SchemaGen.Benchmarks.Generator;

/// <summary>Which generator a workload drives.</summary>
public enum GeneratorKind
{
    /// <summary>SchemaGen's <c>PropertyStringGenerator</c>.</summary>
    SchemaGen,

    /// <summary>System.Text.Json's source generator, from the SDK.</summary>
    SystemTextJson,
}

/// <summary>
/// A project of <see cref="TypeCount"/> comparable types of five members, one file each, written for
/// one generator: <c>[PropertyString]</c> record structs with <c>[Key]</c> partial properties for
/// SchemaGen; record structs with <c>[JsonPropertyName]</c> properties and one
/// <c>JsonSerializerContext</c> naming them all for System.Text.Json.
/// </summary>
public sealed class GeneratorWorkload
{
    /// <summary>How many types the project holds.</summary>
    public const int TypeCount = 200;

    /// <summary>C# 13: partial properties, which SchemaGen needs.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp13);

    private static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);

    private GeneratorWorkload(GeneratorKind kind, IReadOnlyList<SyntaxTree> trees)
    {
        Kind = kind;
        Trees = trees;
        UnrelatedTree = CSharpSyntaxTree.ParseText(
            "namespace Bench.Edit;\n\npublic static class Unrelated\n{\n    public static int Answer() => 42;\n}\n",
            ParseOptions,
            path: "Unrelated.cs");
    }

    /// <summary>The generator this project is written for.</summary>
    public GeneratorKind Kind { get; }

    /// <summary>The project's files, parsed once (as an IDE or the compiler server keeps them).</summary>
    public IReadOnlyList<SyntaxTree> Trees { get; }

    /// <summary>A file that has nothing to do with any schema: the "unrelated edit" adds it.</summary>
    public SyntaxTree UnrelatedTree { get; }

    /// <summary>Writes and parses the project for <paramref name="kind"/>.</summary>
    public static GeneratorWorkload Create(GeneratorKind kind)
    {
        var sources = kind == GeneratorKind.SchemaGen ? SchemaGenSources() : SystemTextJsonSources();
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, ParseOptions, path: s.Path)).ToArray();
        return new GeneratorWorkload(kind, trees);
    }

    /// <summary>A new compilation of the project: its symbols are built afresh when a generator asks for them.</summary>
    public CSharpCompilation CreateCompilation()
        => CSharpCompilation.Create("Bench", Trees, Sdk.ReferenceAssemblies, CompilationOptions);

    /// <summary>A new instance of the generator.</summary>
    public IIncrementalGenerator CreateGenerator() => Kind == GeneratorKind.SchemaGen
        ? new SchemaGen.Generator.PropertyStringGenerator()
        : Sdk.CreateSystemTextJsonGenerator();

    /// <summary>A new driver for the generator, tracking its steps when <paramref name="trackSteps"/> is set.</summary>
    public GeneratorDriver CreateDriver(IIncrementalGenerator generator, bool trackSteps = false)
        => CSharpGeneratorDriver.Create(
            [generator.AsSourceGenerator()],
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    private static IEnumerable<(string Path, string Text)> SchemaGenSources()
    {
        yield return ("Mode.cs", """
            namespace Bench;

            public enum Mode
            {
                [SchemaGen.EnumValue("off")] Off,
                [SchemaGen.EnumValue("on")] On,
                [SchemaGen.EnumValue("auto")] Auto,
            }
            """);
        for (int i = 0; i < TypeCount; i++)
        {
            yield return ($"T{i}.cs", $$"""
                namespace Bench;

                [SchemaGen.PropertyString("fmt-{{i}}")]
                public partial record struct T{{i}}
                {
                    [SchemaGen.Key("a", DefaultKey = true)]
                    public required partial int A { get; init; }

                    [SchemaGen.Key("b", Default = true)]
                    public partial bool B { get; init; }

                    [SchemaGen.Key("c", Default = 5, Minimum = 0, Maximum = 100)]
                    public partial int C { get; init; }

                    [SchemaGen.Key("d", Optional = true, MaxLength = 32)]
                    public partial string? D { get; init; }

                    [SchemaGen.Key("e", Default = Mode.Off)]
                    public partial Mode E { get; init; }
                }
                """);
        }
    }

    private static IEnumerable<(string Path, string Text)> SystemTextJsonSources()
    {
        yield return ("Mode.cs", """
            namespace Bench;

            public enum Mode
            {
                Off,
                On,
                Auto,
            }
            """);
        var context = new StringBuilder("""
            using System.Text.Json.Serialization;

            namespace Bench;

            [JsonSourceGenerationOptions(UseStringEnumConverter = true)]

            """);
        for (int i = 0; i < TypeCount; i++)
        {
            context.Append("[JsonSerializable(typeof(T").Append(i).Append("))]\n");
            yield return ($"T{i}.cs", $$"""
                using System.Text.Json.Serialization;

                namespace Bench;

                public partial record struct T{{i}}
                {
                    [JsonPropertyName("a")]
                    public required int A { get; init; }

                    [JsonPropertyName("b")]
                    public bool B { get; init; }

                    [JsonPropertyName("c")]
                    public int C { get; init; }

                    [JsonPropertyName("d")]
                    public string? D { get; init; }

                    [JsonPropertyName("e")]
                    public Mode E { get; init; }
                }
                """);
        }

        context.Append("public partial class BenchJsonContext : JsonSerializerContext\n{\n}\n");
        yield return ("BenchJsonContext.cs", context.ToString());
    }
}
