using Microsoft.CodeAnalysis.Testing;
using SchemaGen.CodeFixes;
using Test = SchemaGen.Generator.Tests.Verifiers.CSharpCodeFixVerifier<SchemaGen.CodeFixes.MakePartialCodeFix>.Test;

namespace SchemaGen.Generator.Tests.CodeFixes;

/// <summary>
/// SG0001 and SG0007 fixed by adding <c>partial</c>: the whole fixed source, one diagnostic at a
/// time and all at once (the framework's FixAll checks), compiling with the code the generator
/// writes for it.
/// </summary>
public sealed class MakePartialCodeFixTests
{
    [Fact]
    public async Task Makes_the_type_and_its_containing_types_partial()
    {
        var test = new Test
        {
            TestCode = """
                using SchemaGen;
                namespace N;
                public static class {|SG0001:Outer|}
                {
                    public class {|SG0001:Middle|}
                    {
                        [PropertyString("f")]
                        public readonly record struct {|SG0001:S|}
                        {
                            [Key("a", DefaultKey = true)] public required partial int {|CS0751:{|CS9248:A|}|} { get; init; }
                        }
                    }
                }
                """,
            FixedCode = """
                using SchemaGen;
                namespace N;
                public static partial class Outer
                {
                    public partial class Middle
                    {
                        [PropertyString("f")]
                        public readonly partial record struct S
                        {
                            [Key("a", DefaultKey = true)] public required partial int A { get; init; }
                        }
                    }
                }
                """,
            CodeActionEquivalenceKey = nameof(MakePartialCodeFix) + ".Type",
            // SG0001 on Outer and Middle comes from the analysis of S, outside S's declaration: a
            // non-local diagnostic, which the IDE shows only with full-solution analysis. Known.
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipLocalDiagnosticCheck,
        };
        await test.RunAsync();
        Assert.Contains("Make the type partial", test.OfferedActions);
    }

    [Fact]
    public Task A_type_without_modifiers_keeps_its_layout() => new Test
    {
        TestCode = """
            using SchemaGen;
            [PropertyString("f")]
            record struct {|SG0001:S|}
            {
                [Key("a", DefaultKey = true)] public required partial int {|CS0751:{|CS9248:A|}|} { get; init; }
            }
            """,
        FixedCode = """
            using SchemaGen;
            [PropertyString("f")]
            partial record struct S
            {
                [Key("a", DefaultKey = true)] public required partial int A { get; init; }
            }
            """,
    }.RunAsync();

    [Fact]
    public async Task Makes_key_properties_partial()
    {
        var test = new Test
        {
            TestCode = """
                using SchemaGen;
                [PropertyString("f")]
                public partial class S
                {
                    [Key("a", DefaultKey = true)]
                    public required int {|SG0007:A|} { get; set; }

                    [Key("b", Default = 5)]
                    internal int {|SG0007:B|} { get; init; }
                }
                """,
            FixedCode = """
                using SchemaGen;
                [PropertyString("f")]
                public partial class S
                {
                    [Key("a", DefaultKey = true)]
                    public required partial int A { get; set; }

                    [Key("b", Default = 5)]
                    internal partial int B { get; init; }
                }
                """,
            CodeActionEquivalenceKey = nameof(MakePartialCodeFix) + ".Property",
        };
        await test.RunAsync();
        Assert.Contains("Make the key property partial", test.OfferedActions);
    }

    [Fact]
    public Task A_property_without_modifiers_keeps_its_layout() => new Test
    {
        TestCode = """
            using SchemaGen;
            [PropertyString("f")]
            public partial class S
            {
                [Key("a", DefaultKey = true)]
                int {|SG0007:{|SG0020:A|}|} { get; set; }
            }
            """,
        FixedCode = """
            using SchemaGen;
            [PropertyString("f")]
            public partial class S
            {
                [Key("a", DefaultKey = true)]
                partial int {|SG0020:A|} { get; set; }
            }
            """,
    }.RunAsync();

    [Fact]
    public Task Offers_nothing_for_a_property_with_a_body() => new Test
    {
        // The fixed state is the test state: the framework fails if any fix is offered.
        TestCode = """
            using SchemaGen;
            [PropertyString("f")]
            public partial class S
            {
                [Key("a", DefaultKey = true)] public required int {|SG0007:A|} { get => 1; init { } }
            }
            """,
        FixedCode = """
            using SchemaGen;
            [PropertyString("f")]
            public partial class S
            {
                [Key("a", DefaultKey = true)] public required int {|SG0007:A|} { get => 1; init { } }
            }
            """,
    }.RunAsync();
}
