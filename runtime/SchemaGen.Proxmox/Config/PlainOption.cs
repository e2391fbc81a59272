using System.Globalization;

namespace SchemaGen.Proxmox;

/// <summary>
/// How qemu-server's <c>check_type</c> checks the value of an option that is not a property string, and what it makes of it: a
/// boolean is written back as <c>1</c> or <c>0</c>, an integer without its leading zeros, a string without a format without the
/// double quotes around it.
/// </summary>
internal readonly record struct PlainOption(PlainOptionType Type, PveFormat? Format, bool IsList)
{
    public static PlainOption Boolean => new(PlainOptionType.Boolean, null, false);

    public static PlainOption Integer => new(PlainOptionType.Integer, null, false);

    public static PlainOption Number => new(PlainOptionType.Number, null, false);

    public static PlainOption String => new(PlainOptionType.String, null, false);

    /// <summary>A string of one of PVE's named formats, by its PVE name (<c>dns-name</c>, <c>pve-tag-list</c>).</summary>
    public static PlainOption Formatted(string formatName)
        => PveFormats.TryLookup(formatName, out var format, out bool isList)
            ? new(PlainOptionType.String, format, isList)
            : throw new ArgumentException($"SchemaGen has no PVE format '{formatName}'.", nameof(formatName));

    /// <summary>
    /// Whether <see cref="Check"/> can change a value it already made canonical: only a string without a format can (check_type takes
    /// off another pair of double quotes); a boolean, a number or a string of a format comes back as it went in.
    /// </summary>
    public bool ChangesCanonicalValues => Type == PlainOptionType.String && Format is null;

    /// <summary>Checks <paramref name="value"/>; on success <paramref name="canonical"/> is the value as PVE keeps it.</summary>
    /// <returns>Null when the value is valid, else the error, in PVE's words, without a key.</returns>
    public PropertyStringError? Check(string value, out string canonical)
    {
        canonical = value;
        if (value.Contains('\r', StringComparison.Ordinal))
        {
            return PropertyStringError.ForRule(null, QemuConfigPlainOptions.LineFeed);
        }

        switch (Type)
        {
            case PlainOptionType.Boolean:
                if (SchemaGen.Runtime.TextPrimitives.ParseBoolean(value.AsSpan()) is var flag and >= 0)
                {
                    canonical = flag == 1 ? "1" : "0";
                    return null;
                }

                return TypeError("boolean", value);
            case PlainOptionType.Integer:
                // Perl's /^(\d+)$/ and int($1); a value beyond 64 bits is kept as written (Perl would print a float).
                if (value.Length == 0 || value.AsSpan().ContainsAnyExceptInRange('0', '9'))
                {
                    return TypeError("integer", value);
                }

                // Only leading zeros make the number's text differ from the value's.
                if (value[0] == '0' && ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out ulong number))
                {
                    canonical = number.ToString(CultureInfo.InvariantCulture);
                }

                return null;
            case PlainOptionType.Number:
                return IsPerlNumber(value) ? null : TypeError("number", value);
            default:
                if (Format is not { } format)
                {
                    // Without a format check_type takes off one pair of double quotes around the whole value.
                    canonical = value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1] : value;
                    return null;
                }

                string? template = IsList
                    ? PveFormats.CheckList(format, value, out int start, out int length)
                    : PveFormats.Check(format, value, out start, out length);
                // check_type calls check_format itself: the validator's words, without check_prop's "invalid format - ".
                return template is null ? null
                    : PropertyStringError.ForRule(null, template[PveFormats.InvalidFormatPrefix.Length..], value.AsSpan(start, length));
        }
    }

    private static PropertyStringError TypeError(string type, string value)
        => PropertyStringError.Create(PropertyStringErrorKind.TypeCheck, null, type, 0, value.AsSpan());

    // check_type's /^(\d+)(\.\d+)?$/ (ASCII digits, as the rest of SchemaGen reads Perl's \d).
    private static bool IsPerlNumber(string value)
    {
        int dot = value.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? value.AsSpan() : value.AsSpan(0, dot);
        var fraction = dot < 0 ? "1".AsSpan() : value.AsSpan(dot + 1);
        return whole.Length > 0 && !whole.ContainsAnyExceptInRange('0', '9')
            && fraction.Length > 0 && !fraction.ContainsAnyExceptInRange('0', '9');
    }
}

/// <summary>The types <c>check_type</c> tells apart.</summary>
internal enum PlainOptionType
{
    Boolean,
    Integer,
    Number,
    String,
}
