using System;

#if SCHEMAGEN_GENERATOR
namespace SchemaGen.Generator.Shared;
#else
namespace SchemaGen;
#endif

/// <summary>
/// PVE::Tools' <c>split_list</c>, over a span, without allocating: a text holding a NUL is split
/// at each NUL (Perl's <c>split</c> keeps empty fields but drops trailing ones); any other text
/// is cut at runs of <c>,</c>, <c>;</c> and white space (Perl's <c>\s</c> on a decoded string),
/// which yields no empty element.
/// </summary>
internal ref struct PerlListSplitter
{
    private readonly ReadOnlySpan<char> _text;
    private readonly bool _atNul;
    private readonly int _end;
    private int _position;

    internal PerlListSplitter(ReadOnlySpan<char> text)
    {
        _text = text;
        _atNul = text.IndexOf('\0') >= 0;
        _position = 0;

        // Trailing empty fields are dropped: the last field ends at the last character that is not a NUL.
        int end = text.Length;
        if (_atNul)
        {
            while (end > 0 && text[end - 1] == '\0')
            {
                end--;
            }
        }

        _end = end;
    }

    /// <summary>The next element's place in the text; false when there is none.</summary>
    internal bool MoveNext(out int start, out int length)
    {
        if (_atNul)
        {
            if (_position > _end || _end == 0)
            {
                start = length = 0;
                return false;
            }

            int nul = _text.Slice(_position, _end - _position).IndexOf('\0');
            start = _position;
            length = nul < 0 ? _end - _position : nul;
            _position = start + length + 1;
            return true;
        }

        while (_position < _end && IsSeparator(_text[_position]))
        {
            _position++;
        }

        start = _position;
        while (_position < _end && !IsSeparator(_text[_position]))
        {
            _position++;
        }

        length = _position - start;
        return length > 0;
    }

    private static bool IsSeparator(char c) => c == ',' || c == ';' || char.IsWhiteSpace(c);
}
