using System.Runtime.CompilerServices;
using System.Text;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Emitting;

/// <summary>
/// A string builder that indents, for emitting readable C#. An interpolated line
/// (<c>w.Line($"given |= {bit};")</c>) goes straight into the builder through <see cref="LineHandler"/>:
/// no string is built for it first, which for 200 files of ~700 lines was half of what emitting allocated.
/// </summary>
internal sealed class SourceWriter
{
    // A generated file is tens of thousands of characters: each thread keeps one builder of that
    // size for the next file, so emitting 200 files does not allocate 200 builders' chunks.
    private const int CachedCapacity = 64 * 1024;

    [System.ThreadStatic]
    private static StringBuilder? CachedBuilder;

    private StringBuilder? _text;
    private int _indent;

    public SourceWriter()
    {
        _text = CachedBuilder ?? new StringBuilder(CachedCapacity);
        CachedBuilder = null;
        _text.Clear();
    }

    private StringBuilder Text => _text ?? throw new System.InvalidOperationException("The text was finished.");

    public SourceWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            Text.Append(' ', 4 * _indent);
        }

        Text.Append(line).Append('\n');
        return this;
    }

    /// <summary>An interpolated line, written piece by piece as the handler receives it.</summary>
    public SourceWriter Line([InterpolatedStringHandlerArgument("")] ref LineHandler line)
    {
        Text.Append('\n');
        return this;
    }

    /// <summary><see cref="Open(string)"/> for an interpolated line.</summary>
    public SourceWriter Open([InterpolatedStringHandlerArgument("")] ref LineHandler line)
    {
        if (line.HasText)
        {
            Text.Append('\n');
        }

        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Open(string line)
    {
        if (line.Length > 0)
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
            Open("namespace " + @namespace);
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

        if (@namespace is not null)
        {
            Close();
        }

        return this;
    }

    /// <summary>
    /// Writes an interpolated line into the writer's builder as the compiler hands over its pieces:
    /// the indentation before the first piece that is not empty (an empty line stays unindented), then
    /// every piece as it comes. Values are formatted as string interpolation formats them.
    /// </summary>
    [InterpolatedStringHandler]
    public struct LineHandler
    {
        private readonly SourceWriter _writer;

        public LineHandler(int literalLength, int formattedCount, SourceWriter writer)
        {
            _writer = writer;
            HasText = false;
        }

        /// <summary>Whether anything but the indentation was written.</summary>
        public bool HasText { get; private set; }

        public void AppendLiteral(string value) => AppendFormatted(value);

        public void AppendFormatted(string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return;
            }

            Start();
            _writer.Text.Append(value);
        }

        public void AppendFormatted(int value)
        {
            Start();
            _writer.Text.Append(value);
        }

        public void AppendFormatted<T>(T value) => AppendFormatted(value?.ToString());

        private void Start()
        {
            if (!HasText)
            {
                HasText = true;
                _writer.Text.Append(' ', 4 * _writer._indent);
            }
        }
    }

    /// <summary>The text written; the writer is done, and its builder goes back to the thread's cache.</summary>
    public string Finish()
    {
        var text = Text.ToString();
        if (_text!.Capacity <= CachedCapacity)
        {
            CachedBuilder = _text;
        }

        _text = null;
        return text;
    }
}
