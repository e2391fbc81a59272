using System.Globalization;
using System.Text.RegularExpressions;

namespace SchemaGen.Runtime.Tests.Vectors;

/// <summary>What our parser must say for a vector line, following DESIGN.md section 4.</summary>
public static partial class VectorExpectations
{
    /// <summary>
    /// The error text we give: a structural error's <c>die</c> text as it is, else <c>KEY: MSG</c> for
    /// the error whose key stands first from the left in the input (missing keys count as last).
    /// </summary>
    public static string ExpectedError(VectorCase vector, string? defaultKey)
    {
        if (vector.Die != "format error")
        {
            return vector.Die!.TrimEnd('\n');
        }

        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        var parts = vector.Input.Split(',');
        for (int i = 0; i < parts.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(parts[i]))
            {
                continue;
            }

            int equals = parts[i].IndexOf('=');
            var key = equals < 0 ? defaultKey : parts[i][..equals];
            if (key is not null)
            {
                position.TryAdd(key, i);
            }
        }

        var first = vector.Errors.OrderBy(e => position.GetValueOrDefault(e.Key, int.MaxValue)).ThenBy(e => e.Key,
            StringComparer.Ordinal).First();
        return first.Key + ": " + first.Value;
    }

    /// <summary>PVE echoes integers as they were typed; we print them canonically (DESIGN.md section 4).</summary>
    public static string CanonicalPrint(string printed)
        => IntegerValue().Replace(printed, m => m.Groups[1].Value + BigIntegerText(m.Groups[2].Value));

    private static string BigIntegerText(string text) => System.Numerics.BigInteger.Parse(text, NumberStyles.AllowLeadingSign,
        CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("(^|,|=)([+-]?[0-9]+)(?=,|$)")]
    private static partial Regex IntegerValue();
}
