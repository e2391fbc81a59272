namespace SchemaGen.Sev;

/// <summary>
/// One bit or bit field of a guest policy, described for a person: which bits, the name the AMD
/// specification gives them, their value in this policy, and what that value means.
/// </summary>
/// <param name="Name">The specification's name, for example <c>NODBG</c> or <c>ABI_MAJOR</c>.</param>
/// <param name="LowBit">The lowest bit of the field (0-based).</param>
/// <param name="HighBit">The highest bit of the field; equal to <paramref name="LowBit"/> for a single bit.</param>
/// <param name="Value">The field's value in this policy, shifted down to bit 0.</param>
/// <param name="Meaning">What this value means for the guest, for example "Debugging of the guest is disallowed".</param>
public sealed record PolicyField(string Name, int LowBit, int HighBit, ulong Value, string Meaning)
{
    /// <summary>Whether the field is a single bit.</summary>
    public bool IsSingleBit => LowBit == HighBit;

    /// <summary>Whether any bit of the field is set.</summary>
    public bool IsSet => Value != 0;

    /// <summary>The bits as the specifications write them: <c>16</c>, or <c>15:8</c> for a field.</summary>
    public string Bits => IsSingleBit ? LowBit.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{HighBit}:{LowBit}";

    /// <summary>One line for a table: bits, name, value and meaning.</summary>
    public override string ToString()
        => $"{Bits,-5} {Name,-17} {(IsSingleBit ? (IsSet ? "set" : "clear") : PolicyHex.Format(Value)),-5} {Meaning}";
}
