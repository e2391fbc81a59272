using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace SchemaGen.Generator.Analyzers.Interpretation;

/// <summary>One <c>option: value</c> line of a Proxmox-style configuration file.</summary>
/// <param name="Option">The option, as <c>amd-sev</c>.</param>
/// <param name="Value">The value, without the white space around it.</param>
/// <param name="ValueSpan">Where the value is in the file.</param>
internal sealed record ConfigurationEntry(string Option, string Value, TextSpan ValueSpan);

/// <summary>
/// Reads the current configuration of a qemu-server VM file (<c>/etc/pve/qemu-server/&lt;vmid&gt;.conf</c>)
/// as its <c>parse_vm_config</c> does: blank lines and <c>#</c> lines (the description) are skipped;
/// <c>option: value</c> lines match <c>^([a-z][a-z_\-]*\d*):\s*(.+?)\s*$</c>; the first
/// <c>[section]</c> line (pending changes, a snapshot, a special section) ends the current
/// configuration. Other lines are PVE's business, not ours.
/// </summary>
internal static class ConfigurationFile
{
    public static IEnumerable<ConfigurationEntry> Read(SourceText text)
    {
        foreach (var line in text.Lines)
        {
            var content = text.ToString(line.Span);
            if (IsBlank(content, 0) || content[0] == '#')
            {
                continue;
            }

            if (content[0] == '[' && content.TrimEnd().EndsWith("]", System.StringComparison.Ordinal))
            {
                yield break;
            }

            int colon = OptionLength(content);
            if (colon < 0)
            {
                continue;
            }

            int start = colon + 1;
            while (start < content.Length && IsSpace(content[start]))
            {
                start++;
            }

            int end = content.Length;
            while (end > start && IsSpace(content[end - 1]))
            {
                end--;
            }

            if (end > start)
            {
                yield return new ConfigurationEntry(content.Substring(0, colon), content.Substring(start, end - start),
                    new TextSpan(line.Start + start, end - start));
            }
        }
    }

    /// <summary>The length of <c>[a-z][a-z_\-]*\d*</c> when a colon follows it, else -1.</summary>
    private static int OptionLength(string line)
    {
        int i = 0;
        if (line.Length == 0 || line[0] < 'a' || line[0] > 'z')
        {
            return -1;
        }

        while (i < line.Length && ((line[i] >= 'a' && line[i] <= 'z') || line[i] == '_' || line[i] == '-'))
        {
            i++;
        }

        while (i < line.Length && line[i] >= '0' && line[i] <= '9')
        {
            i++;
        }

        return i < line.Length && line[i] == ':' ? i : -1;
    }

    private static bool IsBlank(string text, int start)
    {
        for (int i = start; i < text.Length; i++)
        {
            if (!IsSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Perl's <c>\s</c> on the bytes of a file: ASCII white space.</summary>
    private static bool IsSpace(char c) => c is ' ' or '\t' or '\r' or '\n' or '\f' or '\v';
}
