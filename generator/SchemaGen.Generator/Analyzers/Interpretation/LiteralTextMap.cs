using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace SchemaGen.Generator.Analyzers.Interpretation;

/// <summary>
/// Maps each character of a string literal's value to the source text that wrote it (one character,
/// an escape sequence, a doubled quote), so that an error in the value can be shown on the exact
/// part of the literal. Built only when the map reproduces the constant value exactly; callers fall
/// back to the whole literal otherwise.
/// </summary>
internal sealed class LiteralTextMap
{
    private readonly int _tokenStart;
    private readonly List<(int Start, int End)> _sources;

    private LiteralTextMap(int tokenStart, List<(int Start, int End)> sources)
    {
        _tokenStart = tokenStart;
        _sources = sources;
    }

    /// <summary>The map of a regular, verbatim or raw string literal token (UTF-8 ones too); null when it cannot be exact.</summary>
    public static LiteralTextMap? Create(SyntaxToken token, string value)
    {
        var text = token.Text;
        var sources = new List<(int Start, int End)>();
        var built = new StringBuilder();
        bool ok = token.Kind() switch
        {
            SyntaxKind.StringLiteralToken or SyntaxKind.Utf8StringLiteralToken => text.StartsWith("@", System.StringComparison.Ordinal)
                ? ReadVerbatim(text, built, sources)
                : ReadRegular(text, built, sources),
            SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.Utf8SingleLineRawStringLiteralToken
                => ReadSingleLineRaw(text, built, sources),
            SyntaxKind.MultiLineRawStringLiteralToken or SyntaxKind.Utf8MultiLineRawStringLiteralToken
                => ReadMultiLineRaw(text, built, sources),
            _ => false,
        };

        return ok && built.ToString() == value ? new LiteralTextMap(token.SpanStart, sources) : null;
    }

    /// <summary>The source span of the value's characters <c>[offset, offset + length)</c>; null for an empty range or one outside the
    /// value.</summary>
    public TextSpan? Map(int offset, int length)
    {
        if (length <= 0 || offset < 0 || offset + length > _sources.Count)
        {
            return null;
        }

        int start = _sources[offset].Start;
        int end = _sources[offset + length - 1].End;
        return TextSpan.FromBounds(_tokenStart + start, _tokenStart + end);
    }

    private static int ContentEnd(string text) => text.EndsWith("u8", System.StringComparison.OrdinalIgnoreCase) ? text.Length - 2
        : text.Length;

    private static bool ReadVerbatim(string text, StringBuilder built, List<(int, int)> sources)
    {
        int end = ContentEnd(text) - 1; // the closing quote
        for (int i = 2; i < end; i++)
        {
            int start = i;
            if (text[i] == '"')
            {
                i++; // "" is one quote
            }

            built.Append(text[i]);
            sources.Add((start, i + 1));
        }

        return true;
    }

    private static bool ReadSingleLineRaw(string text, StringBuilder built, List<(int, int)> sources)
    {
        int quotes = 0;
        while (quotes < text.Length && text[quotes] == '"')
        {
            quotes++;
        }

        int end = ContentEnd(text) - quotes;
        for (int i = quotes; i < end; i++)
        {
            built.Append(text[i]);
            sources.Add((i, i + 1));
        }

        return true;
    }

    /// <summary>
    /// A raw literal over several lines: the lines between the opening and closing quote lines, each
    /// without the closing line's indentation (a white-space line shorter than it becomes empty), and
    /// the line breaks between them as written.
    /// </summary>
    private static bool ReadMultiLineRaw(string text, StringBuilder built, List<(int, int)> sources)
    {
        int quotes = 0;
        while (quotes < text.Length && text[quotes] == '"')
        {
            quotes++;
        }

        int closing = ContentEnd(text) - quotes;
        int indentStart = closing;
        while (indentStart > 0 && (text[indentStart - 1] == ' ' || text[indentStart - 1] == '\t'))
        {
            indentStart--;
        }

        var indentation = text.Substring(indentStart, closing - indentStart);
        int firstLine = text.IndexOf('\n', quotes) + 1;
        int lastBreak = LineBreakStart(text, indentStart);
        if (firstLine <= 0 || lastBreak < 0)
        {
            return false;
        }

        for (int i = firstLine; i <= lastBreak;)
        {
            int lineEnd = NextLineBreak(text, i, lastBreak);
            bool indented = lineEnd - i >= indentation.Length && string.CompareOrdinal(text, i, indentation, 0, indentation.Length) == 0;
            if (indented)
            {
                for (int j = i + indentation.Length; j < lineEnd; j++)
                {
                    built.Append(text[j]);
                    sources.Add((j, j + 1));
                }
            }
            else if (!IsBlank(text, i, lineEnd))
            {
                return false;
            }

            if (lineEnd == lastBreak)
            {
                break;
            }

            int breakLength = text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? 2 : 1;
            for (int j = lineEnd; j < lineEnd + breakLength; j++)
            {
                built.Append(text[j]);
                sources.Add((j, j + 1));
            }

            i = lineEnd + breakLength;
        }

        return true;
    }

    private static bool IsBlank(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (text[i] != ' ' && text[i] != '\t')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where the line break before the closing line starts.</summary>
    private static int LineBreakStart(string text, int closingLineStart)
    {
        int i = closingLineStart - 1;
        if (i >= 0 && text[i] == '\n')
        {
            return i > 0 && text[i - 1] == '\r' ? i - 1 : i;
        }

        return i >= 0 && text[i] == '\r' ? i : -1;
    }

    private static int NextLineBreak(string text, int from, int limit)
    {
        for (int i = from; i < limit; i++)
        {
            if (text[i] == '\r' || text[i] == '\n')
            {
                return i;
            }
        }

        return limit;
    }

    private static bool ReadRegular(string text, StringBuilder built, List<(int, int)> sources)
    {
        int end = ContentEnd(text) - 1;
        for (int i = 1; i < end; i++)
        {
            int start = i;
            if (text[i] != '\\')
            {
                built.Append(text[i]);
                sources.Add((start, i + 1));
                continue;
            }

            if (++i >= end)
            {
                return false;
            }

            char escaped = text[i];
            string? simple = escaped switch
            {
                '\'' => "'",
                '"' => "\"",
                '\\' => "\\",
                '0' => "\0",
                'a' => "\a",
                'b' => "\b",
                'e' => "\u001b",
                'f' => "\f",
                'n' => "\n",
                'r' => "\r",
                't' => "\t",
                'v' => "\v",
                _ => null,
            };
            if (simple is null)
            {
                int digits = escaped switch { 'u' => 4, 'U' => 8, 'x' => HexDigits(text, i + 1, end), _ => 0 };
                if (digits == 0 || i + digits >= end || !int.TryParse(text.Substring(i + 1, digits), NumberStyles.AllowHexSpecifier,
                    CultureInfo.InvariantCulture, out int code))
                {
                    return false;
                }

                i += digits;
                if (escaped != 'U')
                {
                    simple = ((char)code).ToString();
                }
                else if (code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF))
                {
                    simple = char.ConvertFromUtf32(code);
                }
                else
                {
                    return false;
                }
            }

            // A surrogate pair from \U: both halves map to the whole escape.
            foreach (char c in simple)
            {
                built.Append(c);
                sources.Add((start, i + 1));
            }
        }

        return true;
    }

    /// <summary>\x takes one to four hex digits, as many as follow.</summary>
    private static int HexDigits(string text, int from, int end)
    {
        int count = 0;
        while (count < 4 && from + count < end && Uri.IsHexDigit(text[from + count]))
        {
            count++;
        }

        return count;
    }
}
