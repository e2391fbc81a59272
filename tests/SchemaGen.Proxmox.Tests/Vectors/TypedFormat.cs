using System.Reflection;
using System.Text;

namespace SchemaGen.Proxmox.Tests.Vectors;

public delegate bool TryParseUtf16<T>(ReadOnlySpan<char> text, out T value, out PropertyStringError error);

public delegate bool TryParseUtf8<T>(ReadOnlySpan<byte> text, out T value, out PropertyStringError error);

/// <summary>
/// A generated record as the format under test: parses from UTF-16 and from UTF-8 (which must
/// agree), prints, and checks that the print parses back to the same value.
/// </summary>
public sealed class TypedFormat<T>(TryParseUtf16<T> tryParse, TryParseUtf8<T> tryParseUtf8) : IFormatUnderTest
    where T : IUtf8SpanFormattable
{
    public Type? ClrTypeOf(string key) => KeyTypes.Of(typeof(T), key);

    public ExpectedAnswer Answer(string input)
    {
        bool ok = tryParse(input.AsSpan(), out var value, out var error);
        var answer = ok ? new ExpectedAnswer(true, value!.ToString()!) : new ExpectedAnswer(false, error.ToString());

        bool utf8Ok = tryParseUtf8(Encoding.UTF8.GetBytes(input), out var utf8Value, out var utf8Error);
        var utf8Answer = utf8Ok ? new ExpectedAnswer(true, Utf8Print(utf8Value!)) : new ExpectedAnswer(false, utf8Error.ToString());
        if (utf8Answer != answer)
        {
            return new ExpectedAnswer(false, $"UTF-8 differs from UTF-16: {utf8Answer} against {answer}");
        }

        if (ok && (!tryParse(answer.Text.AsSpan(), out var again, out var againError) || !EqualityComparer<T>.Default.Equals(again, value)))
        {
            return new ExpectedAnswer(false, $"the print '{answer.Text}' does not parse back to the same value ({againError})");
        }

        return answer;
    }

    private static string Utf8Print(T value)
    {
        var buffer = new byte[4096];
        return value.TryFormat(buffer, out int written, default, null)
            ? Encoding.UTF8.GetString(buffer, 0, written)
            : "(does not fit 4096 bytes)";
    }
}

/// <summary>
/// The C# types of a record's keys, read from its <see cref="KeyAttribute"/>s: on its own properties, and on those of the
/// interfaces that give it keys (<see cref="IDiskDrive"/>), whose attributes stay on the interface.
/// </summary>
public static class KeyTypes
{
    public static Type? Of(Type record, string key)
    {
        var properties = record.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Concat(record.GetInterfaces().SelectMany(contract => contract.GetProperties()));
        foreach (var property in properties)
        {
            if (property.GetCustomAttribute<KeyAttribute>() is { } attribute && attribute.Name == key)
            {
                return Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            }
        }

        return null;
    }
}
