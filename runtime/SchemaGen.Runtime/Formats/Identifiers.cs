using System;

#if SCHEMAGEN_GENERATOR
namespace SchemaGen.Generator.Shared;
#else
namespace SchemaGen;
#endif

/// <summary>
/// pve-common's and pve-storage's name formats: configuration, bridge, storage and volume IDs,
/// VM IDs, node and DNS names, tags, interface names and URL-encoded text. Each is a short
/// anchored pattern, matched by hand.
/// </summary>
internal static class Identifiers
{
    /// <summary><c>pve-configid</c>: <c>^[a-z][a-z0-9_-]+$</c>, case-insensitive (so at least two characters).</summary>
    internal static bool IsConfigId(ReadOnlySpan<char> text)
    {
        if (text.Length < 2 || !AsciiClass.IsLetter(text[0]))
        {
            return false;
        }

        for (int i = 1; i < text.Length; i++)
        {
            char c = text[i];
            if (!AsciiClass.IsLetterOrDigit(c) && c != '_' && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>pve-bridge-id</c>: <c>^[-_.\w\d]+$</c>.</summary>
    internal static bool IsBridgeId(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return false;
        }

        foreach (char c in text)
        {
            if (!AsciiClass.IsIdentifierCharacter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>urlencoded</c>: <c>^[-%a-zA-Z0-9_.!~*'()]*$</c> (the empty text too).</summary>
    internal static bool IsUrlEncoded(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!AsciiClass.IsLetterOrDigit(c) && "-%_.!~*'()".IndexOf(c) < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// <c>pve-storage-id</c> (pve-common's <c>parse_id</c>): <c>^[a-z][a-z0-9\-\_\.]*[a-z0-9]$</c>,
    /// case-insensitive: a letter, then letters, digits, <c>-_.</c>, ending in a letter or digit.
    /// </summary>
    internal static bool IsStorageId(ReadOnlySpan<char> text)
    {
        if (!HasStorageIdEnds(text))
        {
            return false;
        }

        for (int i = 1; i < text.Length - 1; i++)
        {
            if (!IsStorageIdCharacter(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    // A storage ID's first character is a letter and its last a letter or digit; two at least.
    private static bool HasStorageIdEnds(ReadOnlySpan<char> text)
        => text.Length >= 2 && AsciiClass.IsLetter(text[0]) && AsciiClass.IsLetterOrDigit(text[text.Length - 1]);

    private static bool IsStorageIdCharacter(char c) => AsciiClass.IsIdentifierCharacter(c);

    /// <summary>
    /// <c>pve-volume-id</c> (pve-storage's <c>parse_volume_id</c>):
    /// <c>^([a-z][a-z0-9\-\_\.]*[a-z0-9]):(.+)$</c>, case-insensitive. The storage part cannot hold
    /// <c>:</c>, so it ends at the first one; the volume name is any non-empty text without a line feed.
    /// </summary>
    internal static bool IsVolumeId(ReadOnlySpan<char> text)
    {
        // One pass over the storage part, which is short: it stops at the colon or at the first character
        // a storage ID cannot hold (a search for the colon first cost more than the whole check).
        int colon = 0;
        while (colon < text.Length && text[colon] != ':')
        {
            if (!IsStorageIdCharacter(text[colon]))
            {
                return false;
            }

            colon++;
        }

        if (colon == text.Length)
        {
            return false;
        }

        // Every character of the storage part passed above; what is left of a storage ID is its ends.
        var volume = text.Slice(colon + 1);
        return HasStorageIdEnds(text.Slice(0, colon)) && !volume.IsEmpty && volume.IndexOf('\n') < 0;
    }

    /// <summary><c>pve-vmid</c>: <c>^[1-9][0-9]{2,8}$</c>.</summary>
    internal static bool IsVmid(ReadOnlySpan<char> text)
        => text.Length >= 3 && text.Length <= 9 && text[0] != '0' && AsciiClass.AllDigits(text);

    /// <summary>
    /// One DNS label, which is also <c>pve-node</c>: <c>^([a-zA-Z0-9]([a-zA-Z0-9\-]*[a-zA-Z0-9])?)$</c>
    /// (letters and digits, with <c>-</c> only inside).
    /// </summary>
    internal static bool IsDnsLabel(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !AsciiClass.IsLetterOrDigit(text[0]) || !AsciiClass.IsLetterOrDigit(text[text.Length - 1]))
        {
            return false;
        }

        foreach (char c in text)
        {
            if (!AsciiClass.IsLetterOrDigit(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>dns-name</c>: <c>^(LABEL\.)*LABEL$</c>, labels as <see cref="IsDnsLabel"/>.</summary>
    internal static bool IsDnsName(ReadOnlySpan<char> text)
    {
        while (true)
        {
            int dot = text.IndexOf('.');
            if (dot < 0)
            {
                return IsDnsLabel(text);
            }

            if (!IsDnsLabel(text.Slice(0, dot)))
            {
                return false;
            }

            text = text.Slice(dot + 1);
        }
    }

    /// <summary><c>pve-tag</c>: <c>^[a-z0-9_][a-z0-9_\-\+\.]*$</c>, case-insensitive.</summary>
    internal static bool IsTag(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !AsciiClass.IsWord(text[0]))
        {
            return false;
        }

        foreach (char c in text)
        {
            if (!AsciiClass.IsWord(c) && c != '-' && c != '+' && c != '.')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// <c>pve-iface</c>: <c>^[a-z][a-z0-9_]{1,20}([:\.]\d+)?$</c>, case-insensitive. The name's run
    /// of word characters can only end at <c>:</c>, <c>.</c> or the end, so the whole run counts.
    /// </summary>
    internal static bool IsInterfaceName(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !AsciiClass.IsLetter(text[0]))
        {
            return false;
        }

        int position = 1;
        while (position < text.Length && AsciiClass.IsWord(text[position]))
        {
            position++;
        }

        int run = position - 1;
        if (run < 1 || run > 20)
        {
            return false;
        }

        if (position == text.Length)
        {
            return true;
        }

        var suffix = text.Slice(position + 1);
        return (text[position] == ':' || text[position] == '.') && !suffix.IsEmpty && AsciiClass.AllDigits(suffix);
    }
}
