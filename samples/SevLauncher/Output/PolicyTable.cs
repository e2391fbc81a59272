using SchemaGen.Sev;

namespace SevLauncher.Output;

/// <summary>A guest policy bit by bit: bits, the specification's name, the value, what it means.</summary>
internal static class PolicyTable
{
    public static void Write(IReadOnlyList<PolicyField> fields, TextWriter output)
    {
        var table = new TextTable("Bits", "Name", "Value", "Meaning");
        foreach (var field in fields)
        {
            table.Add(field.Bits, field.Name, field.IsSingleBit ? (field.IsSet ? "set" : "clear") : PolicyHex.Format(field.Value),
                field.Meaning);
        }

        table.WriteTo(output, "  ");
    }
}
