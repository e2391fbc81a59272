using System.Text;
using System.Text.RegularExpressions;

namespace SchemaGen.Proxmox;

/// <summary>Writing a VM config back, as qemu-server's <c>write_vm_config</c> writes what its <c>parse_vm_config</c> read.</summary>
public sealed partial class QemuVmConfig
{
    /// <summary>
    /// The file as qemu-server writes back what it read: description lines; the options sorted by key, without those it refused
    /// (<c>parse_vm_config</c> drops them), the old <c>cdrom</c> as <c>ide2</c>, a bus drive printed anew, other property strings
    /// as written, plain options as <c>check_type</c> keeps them; then <c>[PENDING]</c>, the special sections (<c>cloudinit</c>
    /// only for a VM with a cloud-init drive) and the snapshots, each sorted by name. Of two sections with one name the last
    /// counts, as in PVE.
    /// </summary>
    public override string ToString()
    {
        var output = new StringBuilder();
        Write(output, Current, pending: false);
        if (Pending is { } pending && (pending.Options.Any(o => o.WrittenValue is not null) || pending.Delete is not null
            || pending.Description is not null))
        {
            output.Append("\n[PENDING]\n");
            Write(output, pending, pending: true);
        }

        var special = LastOfEachName(QemuConfigSectionKind.Special, StringComparer.OrdinalIgnoreCase)
            .Where(s => !s.Name!.EndsWith(":cloudinit", StringComparison.OrdinalIgnoreCase) || HasCloudInitDrive(Current));
        foreach (var section in special.Concat(LastOfEachName(QemuConfigSectionKind.Snapshot, StringComparer.Ordinal)))
        {
            output.Append("\n[").Append(section.Name).Append("]\n");
            Write(output, section, pending: false);
        }

        return output.ToString();
    }

    // parse_vm_config starts a section anew at each header of its name: the last one holds.
    private IEnumerable<QemuConfigSection> LastOfEachName(QemuConfigSectionKind kind, StringComparer names)
        => _sections.Where(s => s.Kind == kind).GroupBy(s => s.Name!, names).Select(g => g.Last())
            .OrderBy(s => s.Name, StringComparer.Ordinal);

    // PVE's has_cloudinit: a drive of the current configuration whose volume is a cloud-init image (drive_is_cloudinit).
    private static bool HasCloudInitDrive(QemuConfigSection current)
        => current.Options.Any(o => o.Parsed is IDiskDrive drive && CloudInitVolume().IsMatch(drive.File));

    private static void Write(StringBuilder output, QemuConfigSection section, bool pending)
    {
        if (section.Description is { Length: 0 })
        {
            output.Append(pending ? "#\n" : "");
        }
        else if (section.Description is { } description)
        {
            foreach (var line in description.Split('\n'))
            {
                output.Append('#').Append(EncodeText(line)).Append('\n');
            }
        }

        // A repeated key keeps its last value, as PVE's hash does; keys sorted as Perl sorts strings.
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var option in section.Options)
        {
            if (option.WrittenValue is { } value)
            {
                options[option.Key == "cdrom" ? "ide2" : option.Key] = value;
            }
        }

        if (section.Delete is { } delete)
        {
            options["delete"] = delete;
        }

        foreach (var (key, value) in options.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            output.Append(key).Append(": ").Append(value).Append('\n');
        }
    }

    // PVE::Tools::encode_text: URI-escape (UTF-8) everything but printable ASCII other than ':'.
    private static string EncodeText(string text)
    {
        var output = new StringBuilder(text.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is >= 0x20 and <= 0x7e and not ':')
            {
                output.Append((char)rune.Value);
                continue;
            }

            int count = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..count])
            {
                output.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return output.ToString();
    }

    // drive_is_cloudinit's pattern, with QEMU's image formats ($QEMU_FORMAT_RE).
    [GeneratedRegex(@"[:/](?:vm-\d+-)?cloudinit(?:\.(?:raw|cow|qcow|qed|qcow2|vmdk|cloop))?$")]
    private static partial Regex CloudInitVolume();
}
