using System.Collections.Frozen;
using System.Globalization;
using SchemaGen.Runtime;

namespace SchemaGen.Proxmox;

/// <summary>
/// The options of qemu-server's <c>$confdesc</c> that are not property strings (<c>cores</c>, <c>onboot</c>, <c>name</c>, ...), with
/// what <c>check_type</c> checks of them when <c>parse_vm_config</c> reads a file: a boolean, an integer or a number by its type
/// alone (no limits, no enumeration, no pattern), a string by its named format if it has one. The property-string options are
/// <see cref="QemuConfigFormats"/>'; an option in neither is unknown to qemu-server.
/// </summary>
internal static class QemuConfigPlainOptions
{
    /// <summary>qemu-server's words for an option <c>$confdesc</c> does not have; <c>{0}</c> is the option.</summary>
    public const string UnknownSetting = "unknown setting '{0}'";

    /// <summary>check_type's words for a value with a carriage return in it (a line feed cannot reach it).</summary>
    public const string LineFeed = "property contains a line feed";

    // Each option's check: its type, and for a string the PVE format it must have (null for none, or for one SchemaGen does not
    // implement: pve-hotplug-features, pve-cpuset, whose values are then taken as written). args, snapstate and description are
    // not here: parse_vm_config reads their lines itself.
    private static readonly FrozenDictionary<string, PlainOption> Single = new Dictionary<string, PlainOption>(StringComparer.Ordinal)
    {
        ["acpi"] = PlainOption.Boolean,
        ["affinity"] = PlainOption.String, // pve-cpuset
        ["arch"] = PlainOption.String,
        ["autostart"] = PlainOption.Boolean,
        ["balloon"] = PlainOption.Integer,
        ["bios"] = PlainOption.String,
        ["bootdisk"] = PlainOption.Formatted("pve-qm-bootdisk"),
        ["cipassword"] = PlainOption.String,
        ["citype"] = PlainOption.String,
        ["ciupgrade"] = PlainOption.Boolean,
        ["ciuser"] = PlainOption.String,
        ["cores"] = PlainOption.Integer,
        ["cpulimit"] = PlainOption.Number,
        ["cpuunits"] = PlainOption.Integer,
        ["freeze"] = PlainOption.Boolean,
        ["hookscript"] = PlainOption.Formatted("pve-volume-id"),
        ["hotplug"] = PlainOption.String, // pve-hotplug-features
        ["hugepages"] = PlainOption.String,
        ["keephugepages"] = PlainOption.Boolean,
        ["keyboard"] = PlainOption.String,
        ["kvm"] = PlainOption.Boolean,
        ["localtime"] = PlainOption.Boolean,
        ["lock"] = PlainOption.String,
        ["migrate_downtime"] = PlainOption.Number,
        ["migrate_speed"] = PlainOption.Integer,
        ["name"] = PlainOption.Formatted("dns-name"),
        ["nameserver"] = PlainOption.Formatted("address-list"),
        ["numa"] = PlainOption.Boolean,
        ["onboot"] = PlainOption.Boolean,
        ["ostype"] = PlainOption.String,
        ["parent"] = PlainOption.Formatted("pve-configid"), // the standard option pve-snapshot-name
        ["protection"] = PlainOption.Boolean,
        ["reboot"] = PlainOption.Boolean,
        ["runningcpu"] = PlainOption.String,
        ["scsihw"] = PlainOption.String,
        ["searchdomain"] = PlainOption.String,
        ["shares"] = PlainOption.Integer,
        ["smp"] = PlainOption.Integer,
        ["snaptime"] = PlainOption.Integer,
        ["sockets"] = PlainOption.Integer,
        ["sshkeys"] = PlainOption.Formatted("urlencoded"),
        ["startdate"] = PlainOption.String,
        ["tablet"] = PlainOption.Boolean,
        ["tags"] = PlainOption.Formatted("pve-tag-list"),
        ["tdf"] = PlainOption.Boolean,
        ["template"] = PlainOption.Boolean,
        ["vcpus"] = PlainOption.Integer,
        ["vmgenid"] = PlainOption.String,
        ["vmstate"] = PlainOption.Formatted("pve-volume-id"),
        ["vmstatestorage"] = PlainOption.Formatted("pve-storage-id"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Numbered plain options, as qemu-server's loops add them: the name without its number and how many there are.
    private static readonly FrozenDictionary<string, int> Numbered = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["parallel"] = 3,
        ["serial"] = 4,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // [special:fleecing]'s own schema (qemu-server's $fleecing_section_schema).
    private static readonly FrozenDictionary<string, PlainOption> Fleecing = new Dictionary<string, PlainOption>(StringComparer.Ordinal)
    {
        ["fleecing-images"] = PlainOption.Formatted("pve-volume-id-list"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The check of a plain option of the current configuration, <c>[PENDING]</c> or a snapshot.</summary>
    public static bool TryGet(string option, out PlainOption check)
    {
        if (Single.TryGetValue(option, out check))
        {
            return true;
        }

        check = PlainOption.String;
        return QemuConfigFormats.TrySplitNumber(option, out var name, out int number)
            && Numbered.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out int count) && number < count;
    }

    /// <summary>
    /// The known option <paramref name="unknown"/> is probably a misspelling of (<c>amd_sev</c>: <c>amd-sev</c>), or null.
    /// </summary>
    /// <param name="unknown">The option no schema has.</param>
    /// <param name="fleecing">Whether it is in <c>[special:fleecing]</c>, whose schema is its own.</param>
    public static string? Suggest(string unknown, bool fleecing)
    {
        if (fleecing)
        {
            return KeySuggestions.Suggest(unknown, Fleecing.Keys);
        }

        // A numbered option is compared with the families' options of its own number: nett3 with net3, not with net30.
        int number = QemuConfigFormats.TrySplitNumber(unknown, out _, out int n) ? n : 0;
        var numbered = Numbered.Where(f => number < f.Value).Select(f => f.Key + number.ToString(CultureInfo.InvariantCulture));
        return KeySuggestions.Suggest(unknown, Single.Keys.Concat(numbered).Concat(QemuConfigFormats.Candidates(number))
            .Append("args").Append("description"));
    }

    /// <summary>The check of an option of <c>[special:fleecing]</c>, which has a schema of its own.</summary>
    public static bool TryGetFleecing(string option, out PlainOption check) => Fleecing.TryGetValue(option, out check);
}
