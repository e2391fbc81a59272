namespace SchemaGen.Proxmox.Tests.Vectors;

/// <summary>An option's format as other tools reach it: <see cref="QemuConfigFormats.TryGetFormat"/>, boxed values, <c>Print</c>.</summary>
public sealed class OptionFormat(string option, Type record) : IFormatUnderTest
{
    private readonly PropertyStringFormat _format = QemuConfigFormats.TryGetFormat(option, out var format)
        ? format
        : throw new ArgumentException($"QemuConfigFormats has no format for '{option}'", nameof(option));

    public Type? ClrTypeOf(string key) => KeyTypes.Of(record, key);

    public ExpectedAnswer Answer(string input)
    {
        if (!_format.TryParse(input, out var value, out var error))
        {
            return value is null ? new ExpectedAnswer(false, error.ToString()) : new ExpectedAnswer(false, "a value beside an error");
        }

        return value?.GetType() == record
            ? new ExpectedAnswer(true, _format.Print(value))
            : new ExpectedAnswer(false, $"a {value?.GetType()} instead of a {record}");
    }
}
