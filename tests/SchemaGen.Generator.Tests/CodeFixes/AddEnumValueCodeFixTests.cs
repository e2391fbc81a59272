using SchemaGen.CodeFixes;
using SchemaGen.Generator.Tests.Infrastructure;

namespace SchemaGen.Generator.Tests.CodeFixes;

/// <summary>SG0023 and SG0026 fixed by adding <c>[EnumValue("lowercased-name")]</c>; the result compiles with the generator.</summary>
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
        using var runner = new CodeFixRunner(Schema, """
            using SchemaGen;
            namespace N;
            public enum Mode
            {
                [EnumValue("read")] Read,

                /// <summary>Both ways.</summary>
                ReadWrite,
            }
            """);
        Assert.Equal("Add [EnumValue(\"readwrite\")]", await runner.ApplyAsync(new AddEnumValueCodeFix(), "SG0023"));

        var text = (await runner.TextOfAsync(1)).ReplaceLineEndings("\n");
        // The member keeps its comment; the code action's formatting puts the attribute on its own line.
        Assert.True(text.Contains("    /// <summary>Both ways.</summary>\n    [EnumValue(\"readwrite\")]\n    ReadWrite,"), text);
        await runner.AssertCompilesCleanAsync();
    }

    [Fact]
    public async Task Adds_the_attribute_to_every_member_of_a_key_s_enum_in_another_file()
    {
        // No `using SchemaGen;` where the enum is: the attribute is written qualified.
        using var runner = new CodeFixRunner(Schema, """
            namespace N;
            public enum Mode { Read, WriteBack }
            """);
        Assert.Equal("Add [EnumValue] to every member", await runner.ApplyAsync(new AddEnumValueCodeFix(), "SG0026"));

        var text = await runner.TextOfAsync(1);
        Assert.Contains(
            "public enum Mode { [global::SchemaGen.EnumValue(\"read\")] Read, [global::SchemaGen.EnumValue(\"writeback\")] WriteBack }",
            text);
        await runner.AssertCompilesCleanAsync();
    }
}
