using System.Globalization;
using System.Text.RegularExpressions;

namespace SchemaGen.Runtime.Tests.Vectors;

/// <summary>
/// What our printer must say for a vector line, following docs/semantics.md (the error texts: <see cref="VectorErrors"/>).
/// </summary>
public static partial class VectorExpectations
{
    /// <summary>PVE echoes integers as they were typed; we print them canonically (docs/semantics.md, "Printing").</summary>
    public static string CanonicalPrint(string printed)
        => IntegerValue().Replace(printed, m => m.Groups[1].Value + BigIntegerText(m.Groups[2].Value));

    private static string BigIntegerText(string text) => System.Numerics.BigInteger.Parse(text, NumberStyles.AllowLeadingSign,
        CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("(^|,|=)([+-]?[0-9]+)(?=,|$)")]
    private static partial Regex IntegerValue();
}
