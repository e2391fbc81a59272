using System;

#if SCHEMAGEN_GENERATOR
namespace SchemaGen.Generator.Shared;
#else
namespace SchemaGen;
#endif

/// <summary>
/// pve-common's address formats: <c>$IPV4RE</c>, <c>$IPV6RE</c> (PVE::Tools), the CIDR forms,
/// the netmask table and <c>mac-addr</c>, matched by hand rather than by regular expression so
/// that nothing allocates and the generator needs no regex engine.
/// </summary>
internal static class NetworkAddresses
{
    /// <summary>
    /// <c>^$IPV4RE$</c>: four octets 0..255 joined by dots, each written without a leading zero
    /// (<c>(?:25[0-5]|(?:[1-9]|1[0-9]|2[0-4])?[0-9])</c>).
    /// </summary>
    internal static bool IsIpv4(ReadOnlySpan<char> text) => TryParseIpv4(text, out _);

    private static bool TryParseIpv4(ReadOnlySpan<char> text, out uint address)
    {
        address = 0;
        int position = 0;
        for (int octet = 0; octet < 4; octet++)
        {
            if (octet > 0)
            {
                if (position >= text.Length || text[position] != '.')
                {
                    return false;
                }

                position++;
            }

            int start = position;
            int value = 0;
            while (position < text.Length && position - start < 3 && AsciiClass.IsDigit(text[position]))
            {
                value = value * 10 + (text[position] - '0');
                position++;
            }

            int digits = position - start;
            if (digits == 0 || value > 255 || (digits > 1 && text[start] == '0'))
            {
                return false;
            }

            address = (address << 8) | (uint)value;
        }

        return position == text.Length;
    }

    /// <summary>
    /// <c>^$IPV6RE$</c>, RFC 3986's <c>IPv6address</c>: eight groups of 1 to 4 hex digits (the
    /// last two may be an IPv4 address), or fewer around one <c>::</c> that stands for at least one
    /// group.
    /// </summary>
    internal static bool IsIpv6(ReadOnlySpan<char> text)
    {
        int gap = IndexOfDoubleColon(text);
        if (gap < 0)
        {
            return CountGroups(text, allowIpv4Tail: true, out int groups) && groups == 8;
        }

        var head = text.Slice(0, gap);
        var tail = text.Slice(gap + 2);
        return CountGroups(head, allowIpv4Tail: false, out int headGroups)
            && CountGroups(tail, allowIpv4Tail: true, out int tailGroups)
            && headGroups + tailGroups <= 7;
    }

    private static int IndexOfDoubleColon(ReadOnlySpan<char> text)
    {
        for (int i = 0; i + 1 < text.Length; i++)
        {
            if (text[i] == ':' && text[i + 1] == ':')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Counts the 16-bit groups of a <c>:</c>-separated run (an IPv4 tail counts two). An empty run
    /// has none; an empty group (a stray <c>:</c>) fails.
    /// </summary>
    private static bool CountGroups(ReadOnlySpan<char> text, bool allowIpv4Tail, out int groups)
    {
        groups = 0;
        if (text.IsEmpty)
        {
            return true;
        }

        while (true)
        {
            int colon = text.IndexOf(':');
            var group = colon < 0 ? text : text.Slice(0, colon);
            if (colon < 0 && allowIpv4Tail && group.IndexOf('.') >= 0)
            {
                groups += 2;
                return IsIpv4(group);
            }

            if (group.IsEmpty || group.Length > 4)
            {
                return false;
            }

            foreach (char c in group)
            {
                if (!AsciiClass.IsHexDigit(c))
                {
                    return false;
                }
            }

            groups++;
            if (colon < 0)
            {
                return true;
            }

            text = text.Slice(colon + 1);
        }
    }

    /// <summary><c>CIDRv4</c>: <c>^(?:$IPV4RE)(?:/(\d+))$</c> with a prefix length above 7 and at most 32.</summary>
    internal static bool IsCidrV4(ReadOnlySpan<char> text)
        => SplitPrefix(text, out var address, out int prefix) && prefix > 7 && prefix <= 32 && IsIpv4(address);

    /// <summary><c>CIDRv6</c>: <c>^(?:$IPV6RE)(?:/(\d+))$</c> with a prefix length above 7 and at most 128.</summary>
    internal static bool IsCidrV6(ReadOnlySpan<char> text)
        => SplitPrefix(text, out var address, out int prefix) && prefix > 7 && prefix <= 128 && IsIpv6(address);

    /// <summary>Splits <c>ADDRESS/DIGITS</c>; the prefix length saturates (Perl compares a long run of digits as a huge number).</summary>
    private static bool SplitPrefix(ReadOnlySpan<char> text, out ReadOnlySpan<char> address, out int prefix)
    {
        int slash = text.IndexOf('/');
        address = slash < 0 ? default : text.Slice(0, slash);
        prefix = 0;
        if (slash < 0)
        {
            return false;
        }

        var digits = text.Slice(slash + 1);
        if (digits.IsEmpty || !AsciiClass.AllDigits(digits))
        {
            return false;
        }

        prefix = AsciiClass.DigitsValue(digits, 1000);
        return true;
    }

    /// <summary>
    /// <c>ipv4mask</c>: one of the 33 dotted-quad netmasks of pve-common's table (<c>0.0.0.0</c> to
    /// <c>255.255.255.255</c>).
    /// </summary>
    internal static bool IsIpv4Mask(ReadOnlySpan<char> text)
    {
        // The table's keys are canonical dotted quads, which is what TryParseIpv4 accepts; a mask is
        // a run of ones followed by zeros, so its complement plus one is a power of two (or zero).
        if (!TryParseIpv4(text, out uint mask))
        {
            return false;
        }

        uint hostBits = ~mask;
        return (hostBits & (hostBits + 1)) == 0;
    }

    /// <summary>
    /// <c>mac-addr</c>: <c>^[a-f0-9][02468ace](?::[a-f0-9]{2}){5}$</c>, case-insensitive; the
    /// second digit even keeps the I/G (multicast) bit clear.
    /// </summary>
    internal static bool IsUnicastMac(ReadOnlySpan<char> text)
    {
        if (text.Length != 17)
        {
            return false;
        }

        // Six groups of two hex digits, a colon after each but the last.
        for (int i = 0; i < 17; i += 3)
        {
            if (!AsciiClass.IsHexDigit(text[i]) || !AsciiClass.IsHexDigit(text[i + 1]) || (i < 15 && text[i + 2] != ':'))
            {
                return false;
            }
        }

        // The second hex digit's low bit is the I/G bit: 0-9 by value, a-f (10-15) likewise.
        char second = text[1];
        int nibble = AsciiClass.IsDigit(second) ? second - '0' : (second | 0x20) - 'a' + 10;
        return (nibble & 1) == 0;
    }
}
