using System.Text.RegularExpressions;
using SchemaGen.Runtime;

namespace SchemaGen.Proxmox;

/// <summary>
/// A whole qemu-server VM config file (<c>/etc/pve/qemu-server/VMID.conf</c>), read as qemu-server's
/// <c>parse_vm_config</c> reads it: the current options, <c>[PENDING]</c> changes with their
/// <c>delete:</c> line, <c>[special:...]</c> sections and <c>[snapshot]</c> sections, and the
/// <c>#</c> description lines of each. Every property-string option (see
/// <see cref="QemuConfigFormats"/>) is checked with its format, every other one as qemu-server's
/// <c>check_type</c> checks it (known, of its type); every problem is reported with its line, and
/// nothing is dropped from the model: an option that fails its check is kept with its error (qemu-server
/// drops it, and so does <see cref="ToString"/>, which writes what qemu-server would).
/// </summary>
/// <example><code>
/// var config = QemuVmConfig.ReadFile("/etc/pve/qemu-server/100.conf");
/// foreach (var problem in config.Problems)
///     Console.Error.WriteLine(problem);          // line 7: net0: tag: value must have a maximum value of 4094
/// Console.Write(config.ToString());              // the file as PVE writes it back
/// </code></example>
public sealed partial class QemuVmConfig
{
    private readonly List<QemuConfigSection> _sections;
    private readonly List<QemuConfigProblem> _problems;

    private QemuVmConfig(List<QemuConfigSection> sections, List<QemuConfigProblem> problems)
    {
        _sections = sections;
        _problems = problems;
    }

    /// <summary>The current configuration.</summary>
    public QemuConfigSection Current => _sections[0];

    /// <summary>The <c>[PENDING]</c> section, or null; of two, the last, as in PVE (a header starts the section anew).</summary>
    public QemuConfigSection? Pending => _sections.LastOrDefault(s => s.Kind == QemuConfigSectionKind.Pending);

    /// <summary>The snapshots, in file order.</summary>
    public IEnumerable<QemuConfigSection> Snapshots => _sections.Where(s => s.Kind == QemuConfigSectionKind.Snapshot);

    /// <summary>Every section, the current configuration first, then in file order.</summary>
    public IReadOnlyList<QemuConfigSection> Sections => _sections;

    /// <summary>Every problem, in line order; empty for a valid file.</summary>
    public IReadOnlyList<QemuConfigProblem> Problems => _problems;

    /// <summary>Whether the file has no problem.</summary>
    public bool IsValid => _problems.Count == 0;

    /// <summary>Reads a VM config file.</summary>
    /// <param name="path">For example <c>/etc/pve/qemu-server/100.conf</c>.</param>
    public static QemuVmConfig ReadFile(string path) => Parse(File.ReadAllText(path));

    /// <summary>Reads a VM config from its text. Never throws for the content: problems are in <see cref="Problems"/>.</summary>
    /// <param name="text">The file's content.</param>
    public static QemuVmConfig Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sections = new List<QemuConfigSection> { new(QemuConfigSectionKind.Current, null, 0) };
        var problems = new List<QemuConfigProblem>();
        QemuConfigSection? section = sections[0];
        int number = 0;

        // parse_vm_config splits at "\n" only; a "\r" stays in the line.
        foreach (var range in text.AsSpan().Split('\n'))
        {
            number++;
            var line = text.AsSpan(range);
            if (ConfigLineRules.IsBlank(line))
            {
                continue;
            }

            if (ConfigLineRules.TryHeader(line, out var name))
            {
                section?.FinishDescription();
                section = OpenSection(line[name].ToString(), number, sections, problems);
                continue;
            }

            if (section is null)
            {
                continue; // the lines of an unknown section, which PVE skips (reported at its header)
            }

            ReadLine(line, number, section, problems);
        }

        section?.FinishDescription();
        return new QemuVmConfig(sections, problems);
    }

    private static QemuConfigSection? OpenSection(string name, int line, List<QemuConfigSection> sections, List<QemuConfigProblem> problems)
    {
        QemuConfigSection? section;
        if (name.Equals("PENDING", StringComparison.OrdinalIgnoreCase))
        {
            section = new(QemuConfigSectionKind.Pending, name, line);
        }
        else if (SpecialName().IsMatch(name))
        {
            section = new(QemuConfigSectionKind.Special, name, line);
        }
        else if (SnapshotName().IsMatch(name))
        {
            section = new(QemuConfigSectionKind.Snapshot, name, line);
        }
        else
        {
            problems.Add(new(line, null, null, $"skipping unknown section: '{name}'"));
            return null;
        }

        // Snapshot names are case-sensitive hash keys; the other headers match case-insensitively.
        var comparison = section.Kind == QemuConfigSectionKind.Snapshot ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        if (sections.Any(s => s.Kind == section.Kind && string.Equals(s.Name, name, comparison)))
        {
            // parse_vm_config's words: the section as it keys it (lowercase 'pending', a special section without 'special:').
            problems.Add(new(line, null, null, section.Kind switch
            {
                QemuConfigSectionKind.Pending => "duplicate section: pending",
                QemuConfigSectionKind.Special => "duplicate special section: " + name[(name.IndexOf(':') + 1)..].ToLowerInvariant(),
                _ => "duplicate snapshot section: " + name,
            }));
        }

        sections.Add(section);
        return section;
    }

    // parse_vm_config's line rules, in its order. Keys and values come from the string pool: the same ones recur from file to file.
    private static void ReadLine(ReadOnlySpan<char> line, int number, QemuConfigSection section, List<QemuConfigProblem> problems)
    {
        if (line[0] == '#')
        {
            section.AddDescriptionLine(line[1..].ToString());
        }
        else if (ConfigLineRules.TryPrefixed(line, "description:", out var description))
        {
            section.AddDescriptionValue(line[description].ToString());
        }
        else if (ConfigLineRules.TrySnapshotState(line, out var state))
        {
            // A snapshot's state, neither checked when read nor when written.
            section.Add(new("snapstate", state, number, null, null, null) { WrittenValue = state });
        }
        else if (ConfigLineRules.TryPrefixed(line, "args:", out var args))
        {
            // QEMU's arguments, taken as written; write_vm_config's check_type then takes off a pair of quotes, as from any string.
            var value = line[args].ToString();
            section.Add(new("args", value, number, null, null, null) { WrittenValue = WrittenOnce(section, PlainOption.String, value) });
        }
        else if (ConfigLineRules.TryPrefixed(line, "delete:", out var delete))
        {
            if (section.Kind == QemuConfigSectionKind.Pending)
            {
                section.Delete = line[delete].ToString();
            }
            else
            {
                problems.Add(new(number, section.Name, "delete", "property 'delete' is only allowed in [PENDING]"));
            }
        }
        else if (ConfigLineRules.TryOption(line, out var key, out var value))
        {
            section.Add(Check(Pooled(line[key]), Pooled(line[value]), number, section, problems));
        }
        else
        {
            problems.Add(new(number, section.Name, null, $"unable to parse config: {line}"));
        }
    }

    private static string Pooled(ReadOnlySpan<char> text) => StringPool.Shared?.GetOrAdd(text) ?? text.ToString();

    private static QemuConfigOption Check(string key, string value, int number, QemuConfigSection section, List<QemuConfigProblem> problems)
    {
        // [special:cloudinit] is informative, and PVE does not check it; [special:fleecing] has a schema of its own.
        bool special = section.Kind == QemuConfigSectionKind.Special;
        if (special && !IsFleecing(section))
        {
            return new(key, value, number, null, null, null) { WrittenValue = value };
        }

        if (special || !QemuConfigFormats.TryGetFormat(key, out var format))
        {
            return CheckPlain(key, value, number, section, problems);
        }

        if (format.TryParse(value, out var parsed, out var error))
        {
            // parse_vm_config prints a bus drive anew (print_drive); every other property string stays as written.
            var written = parsed is IDiskDrive ? format.Print(parsed) : value;
            return new(key, value, number, format, parsed, null) { WrittenValue = written };
        }

        // PVE's validator messages end with the line feed its die needs; a problem is one line.
        problems.Add(new(number, section.Name, key, error.ToString().TrimEnd('\n')));
        return new(key, value, number, format, null, error);
    }

    // check_type on an option that is not a property string: known to the section's schema, and of its type.
    private static QemuConfigOption CheckPlain(string key, string value, int number, QemuConfigSection section,
        List<QemuConfigProblem> problems)
    {
        bool known = IsFleecing(section)
            ? QemuConfigPlainOptions.TryGetFleecing(key, out var check)
            : QemuConfigPlainOptions.TryGet(key, out check);
        string canonical = value;
        var error = known ? check.Check(value, out canonical)
            : PropertyStringError.ForRule(null, QemuConfigPlainOptions.UnknownSetting, key.AsSpan());
        if (error is { } refused)
        {
            problems.Add(new(number, section.Name, key, refused.ToString().TrimEnd('\n'))
            {
                Suggestion = known ? null : QemuConfigPlainOptions.Suggest(key, IsFleecing(section)),
            });
            return new(key, value, number, null, null, refused);
        }

        return new(key, value, number, null, null, null)
        {
            PlainCanonicalValue = canonical,
            WrittenValue = WrittenOnce(section, check, canonical),
        };
    }

    // What write_vm_config writes of a value parse_vm_config kept: it runs check_type once more on the options of the current
    // configuration, [PENDING] and the snapshots (taking off another pair of quotes), and on nothing in a special section.
    private static string WrittenOnce(QemuConfigSection section, PlainOption check, string kept)
    {
        if (section.Kind == QemuConfigSectionKind.Special || !check.ChangesCanonicalValues)
        {
            return kept;
        }

        check.Check(kept, out var written);
        return written;
    }

    private static bool IsFleecing(QemuConfigSection section)
        => section.Kind == QemuConfigSectionKind.Special && section.Name!.EndsWith(":fleecing", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^special:(cloudinit|fleecing)$", RegexOptions.IgnoreCase)]
    private static partial Regex SpecialName();

    [GeneratedRegex(@"^[a-z][a-z0-9_\-]+$", RegexOptions.IgnoreCase)]
    private static partial Regex SnapshotName();
}
