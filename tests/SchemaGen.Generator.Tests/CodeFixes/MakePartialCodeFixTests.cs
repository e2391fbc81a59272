using SchemaGen.CodeFixes;
using SchemaGen.Generator.Tests.Infrastructure;

namespace SchemaGen.Generator.Tests.CodeFixes;

/// <summary>SG0001 and SG0007 fixed by adding <c>partial</c>; the result compiles with the generator.</summary>
public sealed class MakePartialCodeFixTests
{
    [Fact]
    public async Task Makes_the_type_and_its_containing_types_partial()
    {
        using var runner = new CodeFixRunner("""
            using SchemaGen;
            namespace N;
            public static class Outer
            {
                public class Middle
                {
                    [PropertyString("f")]
                    public readonly record struct S
                    {
                        [Key("a", DefaultKey = true)] public required partial int A { get; init; }
                    }
                }
            }
            """);
        Assert.Equal(["SG0001", "SG0001", "SG0001"], (await runner.DiagnosticsAsync()).Select(d => d.Id));

        Assert.Equal("Make the type partial", await runner.ApplyAsync(new MakePartialCodeFix(), "SG0001"));

        var text = await runner.TextOfAsync(0);
        Assert.Contains("public static partial class Outer", text);
        Assert.Contains("public partial class Middle", text);
        Assert.Contains("public readonly partial record struct S", text);
        await runner.AssertCompilesCleanAsync();
    }

    [Fact]
    public async Task A_type_without_modifiers_keeps_its_layout()
    {
        using var runner = new CodeFixRunner("""
            using SchemaGen;
            [PropertyString("f")]
            record struct S
            {
                [Key("a", DefaultKey = true)] public required partial int A { get; init; }
            }
            """);
        await runner.ApplyAsync(new MakePartialCodeFix(), "SG0001");
        Assert.Contains("[PropertyString(\"f\")]\npartial record struct S\n{", (await runner.TextOfAsync(0)).ReplaceLineEndings("\n"));
        await runner.AssertCompilesCleanAsync();
    }

    [Fact]
    public async Task Makes_key_properties_partial()
    {
        using var runner = new CodeFixRunner("""
            using SchemaGen;
            [PropertyString("f")]
            public partial class S
            {
                [Key("a", DefaultKey = true)]
                public required int A { get; set; }

                [Key("b", Default = 5)]
                internal int B { get; init; }
            }
            """);
        await runner.ApplyAllAsync(new MakePartialCodeFix(), "SG0007");

        var text = await runner.TextOfAsync(0);
        Assert.Contains("public required partial int A { get; set; }", text);
        Assert.Contains("internal partial int B { get; init; }", text);
        await runner.AssertCompilesCleanAsync();
    }

    [Fact]
    public async Task A_property_without_modifiers_keeps_its_layout()
    {
        // Only the text: the generator writes 'private' on its half, which C# refuses against an
        // implicit one (CS8799), a generator matter reported separately.
        using var runner = new CodeFixRunner("""
            using SchemaGen;
            [PropertyString("f")]
            public partial class S
            {
                [Key("a", DefaultKey = true)]
                int A { get; set; }
            }
            """);
        await runner.ApplyAsync(new MakePartialCodeFix(), "SG0007");
        Assert.Contains("[Key(\"a\", DefaultKey = true)]\n    partial int A { get; set; }",
            (await runner.TextOfAsync(0)).ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Offers_nothing_for_a_property_with_a_body()
    {
        using var runner = new CodeFixRunner("""
            using SchemaGen;
            [PropertyString("f")]
            public partial class S
            {
                [Key("a", DefaultKey = true)] public required int A { get => 1; init { } }
            }
            """);
        Assert.Equal(0, await runner.CountActionsAsync(new MakePartialCodeFix(), "SG0007"));
    }
}
