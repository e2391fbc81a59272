using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Tests.Infrastructure;

namespace SchemaGen.Generator.Tests.Generator;

/// <summary>The pipeline caches: an edit that does not touch a schema redoes nothing.</summary>
public sealed class IncrementalTests
{
    private static readonly string[] TrackedSteps = [PipelineStepNames.Schemas, PipelineStepNames.UsableSchemas];

    [Fact]
    public void An_unrelated_edit_leaves_every_step_cached_or_unchanged()
    {
        var compilation = TestCompilation.Create(SchemaSources.AmdSevOptions, SchemaSources.SevType, SchemaSources.StorageVolume);
        var (_, _, driver) = GeneratorRunner.Run(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { int X => 1; }",
            TestCompilation.ParseOptions()));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var name in TrackedSteps)
        {
            // One output per schema type: AmdSevOptions and StorageVolume.
            var outputs = result.TrackedSteps[name].SelectMany(step => step.Outputs).ToList();
            Assert.Equal(2, outputs.Count);
            Assert.All(outputs, output => Assert.True(
                output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"{name}: {output.Reason}"));
        }

        var written = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        Assert.Equal(2, written.Count); // one generated file per schema
        Assert.All(written, output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void An_edit_to_a_method_body_of_a_schema_keeps_the_model_unchanged()
    {
        var compilation = TestCompilation.Create(SchemaSources.StorageVolume);
        var (_, _, driver) = GeneratorRunner.Run(compilation);

        var tree = compilation.SyntaxTrees.Single();
        var newText = tree.GetText().ToString().Replace("\"invalid serial: letters, digits, '-' and '_' only\"", "\"bad serial\"");
        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(newText)));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var schemaStep = result.TrackedSteps[PipelineStepNames.Schemas].SelectMany(s => s.Outputs).Single();
        Assert.Equal(IncrementalStepRunReason.Unchanged, schemaStep.Reason);
        var written = Assert.Single(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs));
        Assert.Equal(IncrementalStepRunReason.Cached, written.Reason);
    }

    [Fact]
    public void Changing_a_key_regenerates_that_schema()
    {
        var compilation = TestCompilation.Create(SchemaSources.StorageVolume);
        var (_, _, driver) = GeneratorRunner.Run(compilation);

        var tree = compilation.SyntaxTrees.Single();
        var newText = tree.GetText().ToString().Replace("Maximum = 999999999", "Maximum = 99999");
        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(newText)));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.Equal(IncrementalStepRunReason.Modified, result.TrackedSteps[PipelineStepNames.Schemas].SelectMany(
            s => s.Outputs).Single().Reason);
        Assert.Contains("99999, \"99999\"", result.GeneratedSources.Single().SourceText.ToString());
    }

    [Fact]
    public void Changing_a_key_of_an_interface_regenerates_the_schema_that_implements_it()
    {
        // The interface is in a file of its own: the schema's file does not change, its keys do.
        const string Interface = """
            using SchemaGen;
            public interface IThrottle { [Key("bps", Optional = true)] long? Bps { get; init; } }
            """;
        var compilation = TestCompilation.Create(Interface, """
            using SchemaGen;
            [PropertyString("disk")]
            public partial record struct Disk : IThrottle
            {
                [Key("file", DefaultKey = true)] public required partial string File { get; init; }
            }
            """);
        var (_, _, driver) = GeneratorRunner.Run(compilation);

        var tree = compilation.SyntaxTrees.First();
        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(
            Interface.Replace("\"bps\"", "\"bandwidth\"", StringComparison.Ordinal))));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var schemaStep = result.TrackedSteps[PipelineStepNames.Schemas].SelectMany(s => s.Outputs).Single();
        Assert.Equal(IncrementalStepRunReason.Modified, schemaStep.Reason);
        Assert.Contains("\"bandwidth\"", result.GeneratedSources.Single().SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_model_holds_no_symbols_syntax_locations_or_compilations()
    {
        var compilation = TestCompilation.Create(SchemaSources.AmdSevOptions, SchemaSources.SevType, SchemaSources.StorageVolume);
        var (_, result, _) = GeneratorRunner.Run(compilation);
        var models = result.Results.Single().TrackedSteps[PipelineStepNames.UsableSchemas]
            .SelectMany(s => s.Outputs).Select(o => o.Value).ToList();
        Assert.Equal(2, models.Count);
        foreach (var model in models)
        {
            AssertPlainValues(model, "model");
        }
    }

    [Fact]
    public void Equal_sources_give_equal_models()
    {
        var first = ModelOf(TestCompilation.Create(SchemaSources.StorageVolume));
        var second = ModelOf(TestCompilation.Create(SchemaSources.StorageVolume));
        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    private static SchemaModel ModelOf(CSharpCompilation compilation)
        => (SchemaModel)GeneratorRunner.Run(compilation).Result.Results.Single().TrackedSteps[PipelineStepNames.UsableSchemas]
            .SelectMany(s => s.Outputs).Single().Value;

    /// <summary>Walks an object graph and fails on anything Roslyn that would pin a compilation in memory.</summary>
    private static void AssertPlainValues(object? value, string path)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        var type = value.GetType();
        Assert.False(
            value is ISymbol or SyntaxNode or SyntaxTree or Location or Compilation or SemanticModel or AttributeData,
            $"{path} is a {type.Name}");
        Assert.True(type.Namespace?.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) != true,
            $"{path} is a Roslyn type {type}");

        if (value is IEnumerable items)
        {
            int i = 0;
            foreach (var item in items)
            {
                AssertPlainValues(item, $"{path}[{i++}]");
            }

            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(
            p => p.GetIndexParameters().Length == 0))
        {
            AssertPlainValues(property.GetValue(value), path + "." + property.Name);
        }
    }
}
