using System.Globalization;
using System.Numerics;

namespace SchemaGen.Proxmox.Tests.Vectors;

/// <summary>What our parser must answer for a vector line: the printed form, or the error text.</summary>
public sealed record ExpectedAnswer(bool Accepted, string Text)
{
    public override string ToString() => (Accepted ? "accepted: " : "rejected: ") + Text;

    /// <summary>
    /// The answer qemu-server gave, with the deliberate differences of docs/decisions applied:
    /// integers and numbers printed canonically, sizes printed from bytes, a bare value holding
    /// <c>=</c> printed with its key, an integer beyond the C# type (or a number Perl reads as
    /// infinity) refused with a type error, and of several per-key errors the first from the left
    /// (missing keys last, in print order: the default key first, then by name, as the generated parser reports them).
    /// </summary>
    /// <param name="vector">The line.</param>
    /// <param name="schema">The family's format.json.</param>
    /// <param name="clrType">The C# type that holds a key (by its canonical name), or null for a key the record does not have.</param>
    public static ExpectedAnswer For(VectorCase vector, FormatSchema schema, Func<string, Type?> clrType)
    {
        if (!vector.Ok && vector.Die != "format error")
        {
            return new(false, vector.Die!.TrimEnd('\n'));
        }

        var parts = PartsOf(vector.Input, schema);
        var errors = new Dictionary<string, string>(vector.Errors, StringComparer.Ordinal);
        foreach (var (key, value, _) in parts)
        {
            if (!errors.ContainsKey(key) && schema[key] is { } k && BeyondType(k, value, clrType(key)))
            {
                errors[key] = k.NamedFormat == "disk-size"
                    ? PropertyStringError.DiskSizeOutOfRange.Replace("{0}", value, StringComparison.Ordinal)
                    : $"type check ('{k.Type}') failed - got '{value}'";
            }
        }

        if (errors.Count > 0)
        {
            var first = errors
                .OrderBy(e => PositionOf(parts, e.Key))
                .ThenBy(e => e.Key == schema.DefaultKey ? 0 : 1)
                .ThenBy(e => e.Key, StringComparer.Ordinal)
                .First();
            return new(false, first.Key + ": " + first.Value);
        }

        if (!vector.Ok)
        {
            throw new InvalidOperationException($"{vector}: a format error without errors");
        }

        return new(true, CanonicalPrint(vector, schema));
    }

    /// <summary>
    /// The keys of the input's parts, canonical (alias targets, the default key for a bare value), with their values and places.
    /// </summary>
    private static List<(string Key, string Value, int Position)> PartsOf(string input, FormatSchema schema)
    {
        var result = new List<(string, string, int)>();
        var pieces = input.Split(',');
        for (int i = 0; i < pieces.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(pieces[i]))
            {
                continue;
            }

            int equals = pieces[i].IndexOf('=', StringComparison.Ordinal);
            string? written = equals < 0 ? null : pieces[i][..equals];
            string value = equals < 0 ? pieces[i] : pieces[i][(equals + 1)..];
            if (schema.Canonical(written) is { } key)
            {
                result.Add((key, value, i));
            }

            if (written is not null && schema[written]?.KeyAlias is { } keyAlias)
            {
                result.Add((keyAlias, written, i));
            }
        }

        return result;
    }

    /// <summary>Where a key first stands in the input; a key that is not there (a missing one) counts as last.</summary>
    private static int PositionOf(List<(string Key, string Value, int Position)> parts, string key)
    {
        foreach (var part in parts)
        {
            if (part.Key == key)
            {
                return part.Position;
            }
        }

        return int.MaxValue;
    }

    private static bool BeyondType(SchemaKey key, string value, Type? type)
    {
        switch (key.Type)
        {
            case "integer" when type is not null
                && BigInteger.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number):
                var (min, max) = RangeOf(type);
                return number < min || number > max;
            case "number" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d):
                return double.IsInfinity(d);
            case "string" when key.NamedFormat == "disk-size":
                return DiskSizes.IsValid(value) && !DiskSizes.FitsLong(value);
            default:
                return false;
        }
    }

    private static (BigInteger Min, BigInteger Max) RangeOf(Type type) => Type.GetTypeCode(type) switch
    {
        TypeCode.Int32 => (int.MinValue, int.MaxValue),
        TypeCode.Int64 => (long.MinValue, long.MaxValue),
        TypeCode.UInt32 => (uint.MinValue, uint.MaxValue),
        TypeCode.UInt64 => (ulong.MinValue, ulong.MaxValue),
        TypeCode.Int16 => (short.MinValue, short.MaxValue),
        TypeCode.UInt16 => (ushort.MinValue, ushort.MaxValue),
        TypeCode.Byte => (byte.MinValue, byte.MaxValue),
        _ => throw new ArgumentException($"not an integer type: {type}"),
    };

    /// <summary>A value as we print it: integers and numbers canonical, a disk size from its bytes, anything else as PVE has it.</summary>
    public static string CanonicalValue(FormatSchema schema, string key, string value) => schema[key] switch
    {
        { Type: "integer" } => BigInteger.Parse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)
            .ToString(CultureInfo.InvariantCulture),
        { Type: "number" } => double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture)
            .ToString("R", CultureInfo.InvariantCulture),
        { NamedFormat: "disk-size" } => DiskSizes.FormatSize(DiskSizes.ParseSize(value)),
        _ => value,
    };

    /// <summary>PVE's printed form with our canonical spellings: integers and numbers canonical, disk sizes from bytes.</summary>
    private static string CanonicalPrint(VectorCase vector, FormatSchema schema)
    {
        var printed = vector.Printed ?? throw new InvalidOperationException($"{vector}: accepted without a printed form");
        var pieces = printed.Length == 0 ? [] : printed.Split(',');
        var parts = new List<string>();
        for (int i = 0; i < pieces.Length; i++)
        {
            var part = pieces[i];
            if (i == 0 && BareDefaultFirst(vector, schema) is { } defaultKey)
            {
                // The default key's value, bare, even when it holds '=' (decision 2 prints that one with its key).
                var value = CanonicalValue(schema, defaultKey, part);
                parts.Add(value.Contains('=', StringComparison.Ordinal) ? defaultKey + "=" + value : value);
                continue;
            }

            int equals = part.IndexOf('=', StringComparison.Ordinal);
            string written = part[..equals];
            var key = schema.Canonical(written)!;
            var text = schema[key]?.NamedFormat == "disk-size" ? vector.Parsed[key] : part[(equals + 1)..];
            var canonical = CanonicalValue(schema, key, text);
            parts.Add(written + "=" + canonical);
        }

        return string.Join(",", parts);
    }

    /// <summary>
    /// The default key when PVE printed its value bare first; null when there is none or it was joined with its keyAlias pair
    /// (<c>virtio=MAC</c>).
    /// </summary>
    private static string? BareDefaultFirst(VectorCase vector, FormatSchema schema)
    {
        var defaultKey = schema.DefaultKey;
        if (defaultKey is null || !vector.Parsed.ContainsKey(defaultKey))
        {
            return null;
        }

        bool joined = schema.KeysAliasing(defaultKey).Any(pair => vector.Parsed.ContainsKey(pair.Target));
        return joined ? null : defaultKey;
    }
}
