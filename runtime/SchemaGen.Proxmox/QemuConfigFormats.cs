using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using SchemaGen.Sev;
using SchemaGen.Tdx;

namespace SchemaGen.Proxmox;

/// <summary>
/// The property-string format of each option of a qemu-server 9 VM config, by option name:
/// <c>net0</c>, <c>scsi3</c>, <c>efidisk0</c>, <c>amd-sev</c>, <c>startup</c>, ...
/// </summary>
/// <example><code>
/// if (QemuConfigFormats.TryGetFormat("vga", out var format) &amp;&amp; !format.TryParse("qxl,memory=2", out _, out var error))
///     Console.WriteLine(error);   // memory: value must have a minimum value of 4
/// </code></example>
public static class QemuConfigFormats
{
    // Options that exist once, by their exact name.
    private static readonly FrozenDictionary<string, PropertyStringFormat> Single =
        new Dictionary<string, PropertyStringFormat>(StringComparer.Ordinal)
        {
            ["agent"] = AgentOptions.PropertyStringFormat,
            ["amd-sev"] = AmdSevOptions.PropertyStringFormat,
            ["boot"] = BootOptions.PropertyStringFormat,
            ["cdrom"] = IdeDrive.PropertyStringFormat, // the old name of ide2
            ["cicustom"] = CloudInitCustom.PropertyStringFormat,
            ["cpu"] = CpuOptions.PropertyStringFormat,
            ["intel-tdx"] = IntelTdxOptions.PropertyStringFormat,
            ["ivshmem"] = IvshmemOptions.PropertyStringFormat,
            ["machine"] = MachineOptions.PropertyStringFormat,
            ["memory"] = MemoryOptions.PropertyStringFormat,
            ["meta"] = MetaInfo.PropertyStringFormat,
            ["runningmachine"] = MachineOptions.PropertyStringFormat,
            ["smbios1"] = Smbios1Options.PropertyStringFormat,
            ["spice_enhancements"] = SpiceEnhancements.PropertyStringFormat,
            ["startup"] = StartupOrder.PropertyStringFormat,
            ["vga"] = VgaOptions.PropertyStringFormat,
            ["watchdog"] = WatchdogOptions.PropertyStringFormat,
        }.ToFrozenDictionary(StringComparer.Ordinal);

    // Numbered options: the name without its number, how many there may be (0 .. count-1), and their format.
    private static readonly FrozenDictionary<string, (int Count, PropertyStringFormat Format)> Numbered =
        new Dictionary<string, (int, PropertyStringFormat)>(StringComparer.Ordinal)
        {
            ["audio"] = (1, AudioOptions.PropertyStringFormat),
            ["efidisk"] = (1, EfiDiskDrive.PropertyStringFormat),
            ["hostpci"] = (16, HostPciDevice.PropertyStringFormat),
            ["ide"] = (4, IdeDrive.PropertyStringFormat),
            ["ipconfig"] = (32, IpConfig.PropertyStringFormat),
            ["net"] = (32, NetworkDevice.PropertyStringFormat),
            ["numa"] = (8, NumaNodeOptions.PropertyStringFormat),
            ["rng"] = (1, RngOptions.PropertyStringFormat),
            ["sata"] = (6, SataDrive.PropertyStringFormat),
            ["scsi"] = (31, ScsiDrive.PropertyStringFormat),
            ["tpmstate"] = (1, TpmStateDrive.PropertyStringFormat),
            ["unused"] = (256, UnusedDrive.PropertyStringFormat),
            ["usb"] = (14, UsbDevice.PropertyStringFormat),
            ["virtio"] = (16, VirtioDrive.PropertyStringFormat),
            ["virtiofs"] = (10, VirtiofsShare.PropertyStringFormat),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The format of an option's value.</summary>
    /// <param name="option">The option's name as a VM config writes it, for example <c>net0</c> or <c>amd-sev</c>.</param>
    /// <param name="format">The format; null when the option is not a property string (<c>cores</c>, <c>name</c>) or not an option of a VM
    /// config at all.</param>
    /// <returns>Whether <paramref name="option"/> is a property-string option.</returns>
    public static bool TryGetFormat(string option, [NotNullWhen(true)] out PropertyStringFormat? format)
    {
        ArgumentNullException.ThrowIfNull(option);
        if (Single.TryGetValue(option, out format))
        {
            return true;
        }

        if (TrySplitNumber(option, out var name, out int number)
            && Numbered.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var numbered)
            && number < numbered.Count)
        {
            format = numbered.Format;
            return true;
        }

        format = null;
        return false;
    }

    /// <summary>
    /// The property-string options an unknown one may be a misspelling of: every single one, and each numbered family with
    /// <paramref name="number"/> (the unknown option's own number, or 0 when it has none) where the family has that many.
    /// </summary>
    internal static IEnumerable<string> Candidates(int number)
        => Single.Keys.Concat(Numbered.Where(f => number < f.Value.Count)
            .Select(f => f.Key + number.ToString(CultureInfo.InvariantCulture)));

    // "net12" -> "net", 12; the number as qemu-server writes it (no sign, no leading zero).
    internal static bool TrySplitNumber(string option, out ReadOnlySpan<char> name, out int number)
    {
        int digits = option.AsSpan().LastIndexOfAnyExceptInRange('0', '9') + 1;
        name = option.AsSpan(0, digits);
        var text = option.AsSpan(digits);
        number = 0;
        return digits > 0 && text.Length is > 0 and <= 3 && (text.Length == 1 || text[0] != '0')
            && int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out number);
    }
}
