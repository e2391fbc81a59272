using SchemaGen.Generator.Emitting;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Tests.Generator;

/// <summary>
/// <see cref="SourceWriter"/> writes an interpolated line exactly as the same line given as a string,
/// indents with a tab a level (leading spaces of a line become tabs too) and leaves empty lines bare.
/// </summary>
public sealed class SourceWriterTests
{
    [Fact]
    public void Interpolated_and_plain_lines_write_the_same_text()
    {
        string name = "a", empty = "";
        int length = 1;
        var interpolated = Write(w =>
        {
            w.Open($"if ({name} is not null)");
            w.Line($"    case {length} when {name}:{empty}");
            w.Line($"{empty}");
            w.Open($"{empty}");
            w.Line($"{length}");
            w.Close();
            w.Close();
        });
        var plain = Write(w =>
        {
            w.Open("if (a is not null)");
            w.Line("    case 1 when a:");
            w.Line("");
            w.Open("");
            w.Line("1");
            w.Close();
            w.Close();
        });

        Assert.Equal(plain, interpolated);
        Assert.Equal("if (a is not null)\n{\n\t\tcase 1 when a:\n\n\t{\n\t\t1\n\t}\n}\n", plain);
    }

    [Fact]
    public void A_namespace_is_file_scoped_and_containing_types_are_opened_and_closed()
    {
        var containing = new[] { new ContainingTypeModel("class", "Outer") }.ToEquatableArray();
        var text = Write(w =>
        {
            w.OpenContainers("N", containing);
            w.Line("partial class Inner;");
            w.CloseContainers("N", containing);
        });

        Assert.Equal("namespace N;\n\npartial class Outer\n{\n\tpartial class Inner;\n}\n", text);
    }

    private static string Write(System.Action<SourceWriter> write)
    {
        var writer = new SourceWriter();
        write(writer);
        return writer.Finish();
    }
}
