using System.Runtime.CompilerServices;
using System.Text;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Emitting;

/// <summary>
/// A string builder that indents, for emitting readable C#. An interpolated line
/// (<c>w.Line($"given |= {bit};")</c>) goes straight into the builder through <see cref="LineHandler"/>:
/// no string is built for it first, which for 200 files of ~700 lines was half of what emitting allocated.
/// The same holds for a line written in parts (<see cref="Append"/>) and for a piece of a line an
/// emitter writes itself (<see cref="ISourcePiece"/>).
/// </summary>
internal sealed class SourceWriter
{
    // A generated file is tens of thousands of characters: each thread keeps one builder of that
    // size for the next file, so emitting 200 files does not allocate 200 builders' chunks.
    private const int CachedCapacity = 64 * 1024;

    [System.ThreadStatic]
    private static StringBuilder? CachedBuilder;

    // And one array to copy a finished file out of the builder into, for FinishAsSourceText.
    [System.ThreadStatic]
    private static char[]? CachedChars;

    private StringBuilder? _text;
    private int _indent;

    /// <summary>Whether <see cref="Append"/> left a line open.</summary>
    private bool _midLine;

    public SourceWriter()
    {
        _text = CachedBuilder ?? new StringBuilder(CachedCapacity);
        CachedBuilder = null;
        _text.Clear();
    }

    private StringBuilder Text => _text ?? throw new System.InvalidOperationException("The text was finished.");

    public SourceWriter Line(string line = "")
    {
        if (_midLine)
        {
            Text.Append(line);
        }
        else if (line.Length > 0)
        {
            int spaces = Indentation(line);
            Text.Append(line, spaces, line.Length - spaces);
        }

        Text.Append('\n');
        _midLine = false;
        return this;
    }

    /// <summary>
    /// Writes part of a line and leaves it open: the next <see cref="Append"/>, <c>Line</c> or <c>Open</c>
    /// goes on where it stopped. So an emitter that builds a piece of a line in a method of its own (a call
    /// with its arguments) writes it straight into the file, instead of returning a string to be copied in.
    /// </summary>
    public SourceWriter Append([InterpolatedStringHandlerArgument("")] ref LineHandler piece)
    {
        _midLine |= piece.HasText;
        return this;
    }

    /// <summary>
    /// Writes the indentation of a line that begins with <paramref name="text"/>: a tab a level, the
    /// writer's levels and then one for every four spaces the emitter wrote at the start of the line
    /// (a continuation, a hand-written brace block), so that the file is indented one way throughout.
    /// Tabs, not spaces: 200 generated files of ~700 lines are 9,000 characters of spaces each, a
    /// quarter of the text Roslyn holds. Returns how many spaces of <paramref name="text"/> it replaced.
    /// </summary>
    private int Indentation(string text)
    {
        int spaces = 0;
        while (spaces < text.Length && text[spaces] == ' ')
        {
            spaces++;
        }

        Text.Append('\t', _indent + spaces / 4).Append(' ', spaces % 4);
        return spaces;
    }

    /// <summary>An interpolated line, written piece by piece as the handler receives it.</summary>
    public SourceWriter Line([InterpolatedStringHandlerArgument("")] ref LineHandler line)
    {
        Text.Append('\n');
        _midLine = false;
        return this;
    }

    /// <summary><see cref="Open(string)"/> for an interpolated line.</summary>
    public SourceWriter Open([InterpolatedStringHandlerArgument("")] ref LineHandler line)
    {
        if (line.HasText)
        {
            Text.Append('\n');
            _midLine = false;
        }

        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Open(string line)
    {
        if (line.Length > 0 || _midLine)
        {
            Line(line);
        }

        Line("{");
        _indent++;
        return this;
    }

    /// <summary>Indents the lines that follow, without a brace (a case's body).</summary>
    public SourceWriter Indent()
    {
        _indent++;
        return this;
    }

    /// <summary>Undoes <see cref="Indent"/>.</summary>
    public SourceWriter Outdent()
    {
        _indent--;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    /// <summary>Opens the namespace and the partial containing types a generated type sits in.</summary>
    public SourceWriter OpenContainers(string? @namespace, EquatableArray<ContainingTypeModel> containingTypes)
    {
        if (@namespace is not null)
        {
            // File-scoped (C# 10; the generator needs C# 13): one level less on every line.
            Line("namespace " + @namespace + ";");
            Line();
        }

        foreach (var containing in containingTypes)
        {
            Open($"partial {containing.Declaration} {containing.Name}{containing.TypeParameters}");
        }

        return this;
    }

    /// <summary>Closes what <see cref="OpenContainers"/> opened.</summary>
    public SourceWriter CloseContainers(string? @namespace, EquatableArray<ContainingTypeModel> containingTypes)
    {
        for (int i = 0; i < containingTypes.Count; i++)
        {
            Close();
        }

        return this;
    }

    /// <summary>
    /// Writes an interpolated line into the writer's builder as the compiler hands over its pieces:
    /// the indentation before the first piece that is not empty (an empty line stays unindented; see
    /// <see cref="Indentation"/>), then every piece as it comes. Values are formatted as string interpolation formats them.
    /// </summary>
    [InterpolatedStringHandler]
    public struct LineHandler
    {
        private readonly SourceWriter _writer;

        public LineHandler(int literalLength, int formattedCount, SourceWriter writer)
        {
            _writer = writer;
            HasText = writer._midLine; // a line left open by Append goes on without a new indentation
        }

        /// <summary>Whether anything but the indentation was written (on this line, by this piece or one before it).</summary>
        public bool HasText { get; private set; }

        public void AppendLiteral(string value) => AppendFormatted(value);

        public void AppendFormatted(string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return;
            }

            if (HasText)
            {
                _writer.Text.Append(value);
                return;
            }

            // The line's first piece: the indentation, its own leading spaces included.
            HasText = true;
            int spaces = _writer.Indentation(value!);
            _writer.Text.Append(value, spaces, value!.Length - spaces);
        }

        public void AppendFormatted(int value)
        {
            if (!HasText)
            {
                HasText = true;
                _writer.Indentation("");
            }

            _writer.Text.Append(value);
        }

        /// <summary>A piece an emitter writes itself (<see cref="ISourcePiece"/>): a call with its arguments, a list.</summary>
        public void AppendFormatted<T>(T piece)
            where T : struct, ISourcePiece
        {
            if (!HasText)
            {
                HasText = true;
                _writer.Indentation("");
            }

            piece.AppendTo(_writer.Text);
        }
    }

    /// <summary>The text written; the writer is done, and its builder goes back to the thread's cache.</summary>
    public string Finish()
    {
        var text = Text.ToString();
        Release();
        return text;
    }

    /// <summary>The text as the driver keeps it (<see cref="AsciiSourceText"/>), without making a string of it first.</summary>
    public Microsoft.CodeAnalysis.Text.SourceText FinishAsSourceText()
    {
        var text = Text;
        var chars = CachedChars ??= new char[CachedCapacity];
        if (chars.Length < text.Length)
        {
            chars = new char[text.Length]; // a file larger than the cached array: once, not kept
        }

        text.CopyTo(0, chars, 0, text.Length);

        var source = AsciiSourceText.From(chars, text.Length);
        Release();
        return source;
    }

    private void Release()
    {
        if (_text!.Capacity <= CachedCapacity)
        {
            CachedBuilder = _text;
        }

        _text = null;
    }
}

/// <summary>
/// A piece of a generated line that writes itself into the file's builder when it is interpolated into
/// a line (<c>w.Line($"return {ReadCall(key, ...)};")</c>), so that no string is made of it first: a
/// struct that holds what it needs, made where the string used to be.
/// </summary>
internal interface ISourcePiece
{
    void AppendTo(StringBuilder text);
}
