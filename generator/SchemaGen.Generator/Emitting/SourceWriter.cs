using System.Text;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Emitting;

/// <summary>A string builder that indents, for emitting readable C#.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public SourceWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', 4 * _indent);
        }

        _text.Append(line).Append('\n');
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

    public override string ToString() => _text.ToString();
}
