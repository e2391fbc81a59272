namespace SchemaGen.Proxmox;

/// <summary>
/// The line rules of qemu-server's <c>parse_vm_config</c>, which it writes as regular expressions, read here in one
/// pass over the line without allocating. Each rule answers exactly as the .NET regular expression in its summary
/// would (the tests hold every rule to its expression): <c>\s</c> is <see cref="char.IsWhiteSpace(char)"/>,
/// <c>\d</c> <see cref="char.IsDigit(char)"/>, <c>.</c> any character but a line feed, which a line never holds
/// (the file is split at line feeds). Each returns where its parts lie in the line, so that only what is kept
/// becomes a string.
/// </summary>
internal static class ConfigLineRules
{
    private const string SnapshotStateMark = "snapstate:";

    /// <summary><c>^\s*$</c>: a blank line, which <c>parse_vm_config</c> skips.</summary>
    public static bool IsBlank(ReadOnlySpan<char> line) => line.IsWhiteSpace();

    /// <summary><c>^\[([^\]]*)\]\s*$</c>: a section header, and the name between its brackets.</summary>
    public static bool TryHeader(ReadOnlySpan<char> line, out Range name)
    {
        name = default;
        if (line.IsEmpty || line[0] != '[')
        {
            return false;
        }

        int close = line[1..].IndexOf(']') + 1;
        if (close == 0 || !line[(close + 1)..].IsWhiteSpace())
        {
            return false;
        }

        name = 1..close;
        return true;
    }

    /// <summary>
    /// <c>^PREFIX\s*(.*\S)\s*$</c>, the rule of <c>description:</c>, <c>args:</c> and <c>delete:</c> lines: the value
    /// after the prefix without the white space around it, which must not be empty.
    /// </summary>
    public static bool TryPrefixed(ReadOnlySpan<char> line, string prefix, out Range value)
    {
        value = default;
        if (!line.StartsWith(prefix, StringComparison.Ordinal) || line[prefix.Length..].IsWhiteSpace())
        {
            return false;
        }

        value = (line.Length - line[prefix.Length..].TrimStart().Length)..line.TrimEnd().Length;
        return true;
    }

    /// <summary>
    /// <c>snapstate:\s*(prepare|delete)\s*$</c>, anchored only at the end, as <c>parse_vm_config</c> has it (so
    /// <c>name: x snapstate: delete</c> is a snapshot state too): the state, from the leftmost mark that fits.
    /// </summary>
    public static bool TrySnapshotState(ReadOnlySpan<char> line, out string state)
    {
        // The state ends the line, so a line that does not end with one (most lines) needs no search for the mark.
        var trimmed = line.TrimEnd();
        if (!trimmed.EndsWith("prepare", StringComparison.Ordinal) && !trimmed.EndsWith("delete", StringComparison.Ordinal))
        {
            state = "";
            return false;
        }

        int from = 0;
        while (true)
        {
            int mark = line[from..].IndexOf(SnapshotStateMark, StringComparison.Ordinal);
            if (mark < 0)
            {
                state = "";
                return false;
            }

            var word = line[(from + mark + SnapshotStateMark.Length)..].TrimStart();
            if (IsWordThenSpace(word, "prepare") || IsWordThenSpace(word, "delete"))
            {
                state = word[0] == 'p' ? "prepare" : "delete";
                return true;
            }

            from += mark + 1;
        }
    }

    /// <summary>
    /// <c>^([a-z][a-z_\-]*\d*):\s*(.+?)\s*$</c>: an option line's key and value. The value is the text after the colon
    /// without the white space around it; when that text is all white space, the lazy <c>(.+?)</c> takes its last
    /// character, as the expression does.
    /// </summary>
    public static bool TryOption(ReadOnlySpan<char> line, out Range key, out Range value)
    {
        key = default;
        value = default;
        if (line.IsEmpty || !char.IsAsciiLetterLower(line[0]))
        {
            return false;
        }

        int colon = 1;
        while (colon < line.Length && (char.IsAsciiLetterLower(line[colon]) || line[colon] is '_' or '-'))
        {
            colon++;
        }

        while (colon < line.Length && char.IsDigit(line[colon]))
        {
            colon++;
        }

        if (colon == line.Length || line[colon] != ':' || colon + 1 == line.Length)
        {
            return false;
        }

        key = 0..colon;
        var rest = line[(colon + 1)..];
        value = rest.IsWhiteSpace()
            ? (line.Length - 1)..line.Length
            : (line.Length - rest.TrimStart().Length)..line.TrimEnd().Length;
        return true;
    }

    private static bool IsWordThenSpace(ReadOnlySpan<char> text, string word)
        => text.StartsWith(word, StringComparison.Ordinal) && text[word.Length..].IsWhiteSpace();
}
