namespace SevLauncher.Output;

/// <summary>
/// A plain text table: columns padded with spaces to the widest cell, two spaces apart, a header row
/// underlined with dashes. Nothing but ASCII and spaces, so it reads the same on a terminal, in a
/// file, in the journal, and in a test's expected string.
/// </summary>
internal sealed class TextTable
{
    private readonly string[] _headers;
    private readonly List<string[]> _rows = [];

    public TextTable(params string[] headers)
    {
        _headers = headers;
    }

    public TextTable Add(params string[] cells)
    {
        if (cells.Length != _headers.Length)
        {
            throw new ArgumentException($"A row needs {_headers.Length} cells, not {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells);
        return this;
    }

    /// <summary>Writes the table, each line indented by <paramref name="indent"/>; trailing spaces are trimmed.</summary>
    public void WriteTo(TextWriter output, string indent = "")
    {
        int[] widths = new int[_headers.Length];
        foreach (var row in _rows.Prepend(_headers))
        {
            for (int i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        WriteRow(output, indent, _headers, widths);
        WriteRow(output, indent, [.. widths.Select(width => new string('-', width))], widths);
        foreach (var row in _rows)
        {
            WriteRow(output, indent, row, widths);
        }
    }

    private static void WriteRow(TextWriter output, string indent, string[] cells, int[] widths)
    {
        var line = string.Join("  ", cells.Select((cell, i) => cell.PadRight(widths[i])));
        output.WriteLine((indent + line).TrimEnd());
    }
}
