using System.Text;

namespace SchemaGen.Sev;

/// <summary>
/// Quotes one argument for a POSIX shell the way qemu-server prints commands (Perl's
/// <c>String::ShellQuote::shell_quote</c>, one argument at a time), so that a printed command reads
/// like qemu-server's expected output: <c>-object 'sev-guest,id=sev0,...'</c> but
/// <c>-bios /usr/share/pve-edk2-firmware//OVMF_SEV_4M.fd</c>.
/// </summary>
/// <remarks>
/// An argument is left bare when it consists only of ASCII letters, digits and <c>_!%+,-./:@^</c>;
/// otherwise, and whenever it contains <c>=</c> (a leading <c>NAME=value</c> word would be taken as a
/// variable assignment), it is wrapped in single quotes with each <c>'</c> written as <c>'\''</c>.
/// The printed form is for people; the argument list is what a launcher executes.
/// </remarks>
public static class ShellQuote
{
    /// <summary>Quotes one argument.</summary>
    /// <param name="argument">The argument.</param>
    public static string Quote(string argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        if (argument.Length == 0)
        {
            return "''";
        }

        if (!NeedsQuotes(argument))
        {
            return argument;
        }

        string body = argument.Replace("'", "'\\''", StringComparison.Ordinal);
        body = SimplifyQuoteRuns(body);
        string quoted = "'" + body + "'";

        // A leading or trailing quote leaves an empty '' pair at the edge; shell_quote drops it.
        if (quoted.StartsWith("''", StringComparison.Ordinal) && quoted.Length > 2)
        {
            quoted = quoted[2..];
        }

        if (quoted.EndsWith("''", StringComparison.Ordinal) && quoted.Length > 2)
        {
            quoted = quoted[..^2];
        }

        return quoted;
    }

    /// <summary>Quotes each argument and joins them with spaces.</summary>
    /// <param name="arguments">The arguments.</param>
    public static string Join(IEnumerable<string> arguments) => string.Join(' ', arguments.Select(Quote));

    private static bool NeedsQuotes(string argument)
    {
        foreach (char c in argument)
        {
            bool bare = char.IsAsciiLetterOrDigit(c) || c is '_' or '!' or '%' or '+' or ',' or '-' or '.' or '/' or ':' or '@' or '^';
            if (!bare)
            {
                // '=' is not in the bare set: it is the case qemu-server's output shows most.
                return true;
            }
        }

        return false;
    }

    // shell_quote writes two or more quotes in a row as '"''"' rather than '\'''\''.
    private static string SimplifyQuoteRuns(string body)
    {
        const string Escaped = "'\\''";
        if (!body.Contains(Escaped + Escaped, StringComparison.Ordinal))
        {
            return body;
        }

        var result = new StringBuilder(body.Length);
        int i = 0;
        while (i < body.Length)
        {
            int run = 0;
            while (string.CompareOrdinal(body, i + (run * Escaped.Length), Escaped, 0, Escaped.Length) == 0)
            {
                run++;
            }

            if (run >= 2)
            {
                result.Append("'\"").Append('\'', run).Append("\"'");
                i += run * Escaped.Length;
            }
            else if (run == 1)
            {
                result.Append(Escaped);
                i += Escaped.Length;
            }
            else
            {
                result.Append(body[i]);
                i++;
            }
        }

        return result.ToString();
    }
}
