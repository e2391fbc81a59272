using System.Globalization;

namespace SchemaGen.Proxmox;

/// <summary>
/// The <c>startup</c> option of a VM: <c>[[order=]\d+] [,up=\d+] [,down=\d+]</c>, for example
/// <c>order=2,up=30</c>. PVE registers it as the code format <c>pve-startup-order</c> (not a hash of
/// keys), read by pve-common's <c>pve_parse_startup_order</c>: parts split at <c>,</c>, blank parts
/// skipped, a repeated key's last value kept, any other part (or the whole value <c>0</c> or empty)
/// refused with its one message. The rules live once, in the runtime's <see cref="StartupOrderText"/>.
/// </summary>
/// <param name="Order">The start order (lower starts first, shutdown is reversed), or null when unset.</param>
/// <param name="Up">Seconds to wait after starting this VM before the next one, or null.</param>
/// <param name="Down">Seconds to wait after stopping this VM before the next one, or null.</param>
public readonly record struct StartupOrder(long? Order, long? Up, long? Down)
{
    /// <summary>PVE's only error text for this format.</summary>
    public const string ErrorMessage = StartupOrderText.ErrorMessage;

    /// <summary>PVE's <c>typetext</c> for the option, trailing space included.</summary>
    public const string Synopsis = @"[[order=]\d+] [,up=\d+] [,down=\d+] ";

    /// <summary>The format as a value, for tools that handle options by name (see <see cref="QemuConfigFormats"/>).</summary>
    public static PropertyStringFormat PropertyStringFormat { get; } = new Format();

    /// <summary>Reads a <c>startup</c> value. Allocates nothing.</summary>
    /// <param name="text">The value, for example <c>order=2,up=30</c>.</param>
    /// <param name="value">The parsed value; the default when the text is refused.</param>
    /// <param name="error">PVE's error when the text is refused (a number beyond <see cref="long"/> is refused too).</param>
    public static bool TryParse(ReadOnlySpan<char> text, out StartupOrder value, out PropertyStringError error)
    {
        // The rules are the runtime's pve-startup-order, shared with the named-format validator.
        if (StartupOrderText.TryRead(text, out long? order, out long? up, out long? down))
        {
            value = new StartupOrder(order, up, down);
            error = default;
            return true;
        }

        value = default;
        error = PropertyStringError.Create(PropertyStringErrorKind.Format, null, ErrorMessage, 0, text.Length);
        return false;
    }

    /// <summary>Reads a <c>startup</c> value.</summary>
    /// <exception cref="PropertyStringException">The text is refused.</exception>
    public static StartupOrder Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var value, out var error) ? value : throw new PropertyStringException(error);
    }

    /// <summary>
    /// The keys that are set, as <c>order=N,up=N,down=N</c>; a value without any (PVE accepts a
    /// blank part alone, <c>" "</c>) prints as <c>,</c>, which reads back as the same empty value
    /// where the empty text would be refused.
    /// </summary>
    public override string ToString()
    {
        var parts = new List<string>(3);
        Add(parts, "order", Order);
        Add(parts, "up", Up);
        Add(parts, "down", Down);
        return parts.Count == 0 ? "," : string.Join(',', parts);
    }

    private static void Add(List<string> parts, string key, long? value)
    {
        if (value is long number)
        {
            parts.Add(key + "=" + number.ToString(CultureInfo.InvariantCulture));
        }
    }

    private sealed class Format : PropertyStringFormat
    {
        public override string Synopsis => StartupOrder.Synopsis;

        public override bool TryParse(ReadOnlySpan<char> text, out object? value, out PropertyStringError error)
        {
            bool ok = StartupOrder.TryParse(text, out var order, out error);
            value = ok ? order : null;
            return ok;
        }

        public override string Print(object value)
            => value is StartupOrder order
                ? order.ToString()
                : throw new ArgumentException($"expected a {nameof(StartupOrder)}, got {value?.GetType().Name ?? "null"}", nameof(value));
    }
}
