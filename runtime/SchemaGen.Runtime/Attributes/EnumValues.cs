using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace SchemaGen;

/// <summary>
/// The texts <see cref="EnumValueAttribute"/> gives an enum's members, for code that needs one outside a property string (a
/// drive's <c>format</c> as QEMU's driver name, the list of a key's values). Generated parsers and printers do not use it: they
/// have the texts as constants.
/// </summary>
/// <example><code>
/// EnumValues.TextOf(SevType.Snp);        // "snp"
/// EnumValues.Texts&lt;SevType&gt;();     // ["std", "es", "snp"]
/// </code></example>
public static class EnumValues
{
    /// <summary>The text of <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is no member of <typeparamref name="TEnum"/>.</exception>
    /// <exception cref="InvalidOperationException">
    /// A member of <typeparamref name="TEnum"/> has no <see cref="EnumValueAttribute"/>.
    /// </exception>
    public static string TextOf<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(TEnum value)
        where TEnum : struct, Enum
        => Of<TEnum>.Table().ByValue.TryGetValue(value, out var text) ? text
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} is no member of {typeof(TEnum).Name}.");

    /// <summary>Every member's text, in declaration order.</summary>
    /// <exception cref="InvalidOperationException">
    /// A member of <typeparamref name="TEnum"/> has no <see cref="EnumValueAttribute"/>.
    /// </exception>
    public static IReadOnlyList<string> Texts<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>()
        where TEnum : struct, Enum
        => Of<TEnum>.Table().InOrder;

    // Read once per enum type, on first use (not in a static constructor, whose exception would come wrapped); two threads may
    // both read it the first time, which is harmless: the table is published by one reference assignment.
    private sealed class Of<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>
        where TEnum : struct, Enum
    {
        private static Of<TEnum>? Cached;

        private Of(string[] inOrder, FrozenDictionary<TEnum, string> byValue) => (InOrder, ByValue) = (inOrder, byValue);

        public string[] InOrder { get; }

        public FrozenDictionary<TEnum, string> ByValue { get; }

        public static Of<TEnum> Table() => Cached ??= Read();

        private static Of<TEnum> Read()
        {
            var fields = typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static);
            var inOrder = new string[fields.Length];
            var byValue = new Dictionary<TEnum, string>(fields.Length);
            for (int i = 0; i < fields.Length; i++)
            {
                var text = fields[i].GetCustomAttribute<EnumValueAttribute>()?.Value
                    ?? throw new InvalidOperationException($"{typeof(TEnum).Name}.{fields[i].Name} has no [EnumValue].");
                inOrder[i] = text;
                byValue.TryAdd((TEnum)fields[i].GetValue(null)!, text);
            }

            return new(inOrder, byValue.ToFrozenDictionary());
        }
    }
}
