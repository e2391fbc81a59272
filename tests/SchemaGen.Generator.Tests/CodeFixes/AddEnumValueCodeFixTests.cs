using SchemaGen.CodeFixes;
using Test = SchemaGen.Generator.Tests.Verifiers.CSharpCodeFixVerifier<SchemaGen.CodeFixes.AddEnumValueCodeFix>.Test;

namespace SchemaGen.Generator.Tests.CodeFixes;

/// <summary>
/// SG0023 and SG0026 fixed by adding <c>[EnumValue("lowercased-name")]</c>: the whole fixed
/// sources, one diagnostic at a time and all at once, compiling with the generated parser.
/// </summary>
public sealed class AddEnumValueCodeFixTests
{
    private const string Schema = """
        using SchemaGen;
        namespace N;
        [PropertyString("f")]
        public partial record struct S
        {
            [Key("mode", DefaultKey = true)] public required partial Mode Current { get; init; }
        }
        """;

    [Fact]
    public async Task Adds_the_attribute_to_one_member()
    {
        var test = new Test
        {
            TestState =
            {
                Sources =
                {
                    Schema,
                    """
                    using SchemaGen;
                    namespace N;
                    public enum Mode
                    {
                        [EnumValue("read")] Read,

                        /// <summary>Both ways.</summary>
                        {|SG0023:ReadWrite|},
                    }
                    """,
                },
            },
            FixedState =
            {
                Sources =
                {
                    Schema,
                    // The member keeps its comment; the code action's formatting puts the attribute on its own line.
                    """
                    using SchemaGen;
                    namespace N;
                    public enum Mode
                    {
                        [EnumValue("read")] Read,

                        /// <summary>Both ways.</summary>
                        [EnumValue("readwrite")]
                        ReadWrite,
                    }
                    """,
                },
            },
            CodeActionEquivalenceKey = nameof(AddEnumValueCodeFix) + ".Member",
        };
        await test.RunAsync();
        Assert.Contains("Add [EnumValue(\"readwrite\")]", test.OfferedActions);
    }

    [Fact]
    public Task Adds_the_attribute_to_each_member_without_one_at_once() => new Test
    {
        TestState =
        {
            Sources =
            {
                Schema,
                """
                using SchemaGen;
                namespace N;
                public enum Mode { [EnumValue("read")] Read, {|SG0023:Write|}, {|SG0023:ReadWrite|} }
                """,
            },
        },
        FixedState =
        {
            Sources =
            {
                Schema,
                """
                using SchemaGen;
                namespace N;
                public enum Mode { [EnumValue("read")] Read, [EnumValue("write")] Write, [EnumValue("readwrite")] ReadWrite }
                """,
            },
        },
    }.RunAsync();

    [Fact]
    public async Task Adds_the_attribute_to_every_member_of_a_key_s_enum_in_another_file()
    {
        var test = new Test
        {
            TestState =
            {
                Sources =
                {
                    Schema.Replace("partial Mode Current", "partial {|SG0026:Mode|} Current"),
                    // No `using SchemaGen;` where the enum is: the attribute is written qualified.
                    """
                    namespace N;
                    public enum Mode { Read, WriteBack }
                    """,
                },
            },
            FixedState =
            {
                Sources =
                {
                    Schema,
                    """
                    namespace N;
                    public enum Mode { [global::SchemaGen.EnumValue("read")] Read, [global::SchemaGen.EnumValue("writeback")] WriteBack }
                    """,
                },
            },
            CodeActionEquivalenceKey = nameof(AddEnumValueCodeFix) + ".Enum",
        };
        await test.RunAsync();
        Assert.Contains("Add [EnumValue] to every member", test.OfferedActions);
    }
}
