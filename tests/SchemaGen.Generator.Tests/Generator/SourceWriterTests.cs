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

    [Fact]
    public void A_line_written_in_pieces_is_indented_once_and_ends_where_it_is_closed()
    {
        var text = Write(w =>
        {
            w.Open("class C");
            w.Append($"private C(int a");
            foreach (var name in new[] { "b", "c" })
            {
                w.Append($", int {name}");
            }

            w.Open($")");
            w.Append($"x = ");
            w.Line("1;");
            w.Append($"y = ");
            w.Line($"{2};");
            w.Close();
            w.Close();
        });

        Assert.Equal("class C\n{\n\tprivate C(int a, int b, int c)\n\t{\n\t\tx = 1;\n\t\ty = 2;\n\t}\n}\n", text);
    }

    [Fact]
    public void A_piece_writes_itself_where_it_is_interpolated()
    {
        var text = Write(w =>
        {
            w.Open("if (true)");
            w.Line($"{new Call("f", 3)};");
            w.Line($"return {new Call("g", 1)};");
            w.Close();
        });

        Assert.Equal("if (true)\n{\n\tf(0, 1, 2);\n\treturn g(0);\n}\n", text);
    }

    /// <summary>A call of <c>name</c> with the arguments 0 to count - 1.</summary>
    private readonly struct Call(string name, int count) : ISourcePiece
    {
        public void AppendTo(System.Text.StringBuilder text)
        {
            text.Append(name).Append('(');
            for (int i = 0; i < count; i++)
            {
                text.Append(i > 0 ? ", " : "").Append(i);
            }

            text.Append(')');
        }
    }

    private static string Write(System.Action<SourceWriter> write)
    {
        var writer = new SourceWriter();
        write(writer);
        return writer.Finish();
    }
}
