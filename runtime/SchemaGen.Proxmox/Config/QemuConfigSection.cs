using System.Diagnostics.CodeAnalysis;

namespace SchemaGen.Proxmox;

/// <summary>
/// One section of a VM config file: its options in file order, its description and, for <c>[PENDING]</c>, the options to delete.
/// </summary>
public sealed class QemuConfigSection
{
    private readonly List<QemuConfigOption> _options = [];
    private readonly List<string> _descriptionLines = [];

    internal QemuConfigSection(QemuConfigSectionKind kind, string? name, int line)
    {
        Kind = kind;
        Name = name;
        Line = line;
    }

    /// <summary>Which part of the file this is.</summary>
    public QemuConfigSectionKind Kind { get; }

    /// <summary>
    /// As the header names it (<c>PENDING</c>, <c>special:cloudinit</c>, a snapshot's name); null for the current configuration.
    /// </summary>
    public string? Name { get; }

    /// <summary>The header's line number (0 for the current configuration, which has none).</summary>
    public int Line { get; }

    /// <summary>Every option line, in file order; a repeated key appears twice (PVE keeps the last).</summary>
    public IReadOnlyList<QemuConfigOption> Options => _options;

    /// <summary>The <c>#</c> lines without their <c>#</c>, in order (PVE's description, as stored).</summary>
    public IReadOnlyList<string> DescriptionLines => _descriptionLines;

    /// <summary>
    /// The description PVE reads: the <c>#</c> lines (their <c>%XX</c> escapes decoded) and <c>description:</c> values, trailing white
    /// space removed; null when there is none.
    /// </summary>
    public string? Description { get; private set; }

    /// <summary>The <c>delete:</c> value of <c>[PENDING]</c> (options to remove when the change is applied), or null.</summary>
    public string? Delete { get; internal set; }

    /// <summary>An option's value (the last, when repeated), or null.</summary>
    public string? this[string key] => TryGetOption(key, out var option) ? option.Value : null;

    /// <summary>An option (the last, when repeated).</summary>
    public bool TryGetOption(string key, [NotNullWhen(true)] out QemuConfigOption? option)
    {
        for (int i = _options.Count - 1; i >= 0; i--)
        {
            if (_options[i].Key == key)
            {
                option = _options[i];
                return true;
            }
        }

        option = null;
        return false;
    }

    /// <summary>An option's value as its format parsed it (the last, when repeated).</summary>
    /// <typeparam name="T">The format's record, for example <c>MachineOptions</c> or <c>AmdSevOptions</c>.</typeparam>
    /// <param name="key">The option, for example <c>machine</c>.</param>
    /// <returns>The parsed value; null when the option is absent, not valid, or not a <typeparamref name="T"/>.</returns>
    public T? GetParsed<T>(string key)
        where T : struct
        => TryGetOption(key, out var option) && option.Parsed is T parsed ? parsed : null;

    internal void Add(QemuConfigOption option) => _options.Add(option);

    internal void AddDescriptionLine(string raw)
    {
        _descriptionLines.Add(raw);
        Description = (Description ?? "") + Uri.UnescapeDataString(raw) + "\n";
    }

    internal void AddDescriptionValue(string value) => Description = (Description ?? "") + value;

    internal void FinishDescription() => Description = Description?.TrimEnd();
}
