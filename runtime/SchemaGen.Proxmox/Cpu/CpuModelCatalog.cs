using System.Collections.Frozen;

namespace SchemaGen.Proxmox;

/// <summary>
/// The CPU models a node offers a VM's <c>cpu</c> option: qemu-server's built-in ones and the
/// node's custom models (<c>/etc/pve/virtual-guest/cpu-models.conf</c>, used as <c>custom-NAME</c>).
/// The <c>cpu</c> option checks its <c>cputype</c> against <see cref="Current"/>.
/// </summary>
/// <remarks>
/// The built-in list is qemu-server's fallback when no <c>/usr/share/kvm/cpu-models-*.json</c> is
/// installed: the names of <see cref="CpuModel"/> (<c>host</c> included) and the four
/// <see cref="BuiltInExtras"/>.
/// </remarks>
public sealed class CpuModelCatalog
{
    /// <summary>Where a Proxmox VE node keeps its custom CPU models.</summary>
    public const string CustomModelFile = "/etc/pve/virtual-guest/cpu-models.conf";

    /// <summary>qemu-server's own models, which report themselves as <c>qemu64</c> with extra flags.</summary>
    public static readonly IReadOnlyList<string> BuiltInExtras = ["x86-64-v2", "x86-64-v2-AES", "x86-64-v3", "x86-64-v4"];

    private static readonly FrozenSet<string> BuiltInNames = EnumValues.Texts<CpuModel>()
        .Concat(BuiltInExtras)
        .ToFrozenSet(StringComparer.Ordinal);

    // Made once: asking a set for its span lookup checks and casts its comparer, which cost more than the lookup.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BuiltInLookup =
        BuiltInNames.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly AsyncLocal<CpuModelCatalog?> Scoped = new();
    private static CpuModelCatalog ProcessDefault = new(FrozenSet<string>.Empty);

    private readonly FrozenSet<string> _custom;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _customLookup;

    private CpuModelCatalog(FrozenSet<string> custom)
    {
        _custom = custom;
        _customLookup = custom.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The built-in models only, as on a node without custom models.</summary>
    public static CpuModelCatalog BuiltIn { get; } = new(FrozenSet<string>.Empty);

    /// <summary>
    /// The catalog checks use: the one given to <see cref="Use"/> in this asynchronous flow, else
    /// the process-wide one (<see cref="BuiltIn"/> until <see cref="SetProcessDefault"/>).
    /// </summary>
    public static CpuModelCatalog Current => Scoped.Value ?? Volatile.Read(ref ProcessDefault);

    /// <summary>Every built-in model name.</summary>
    public static IReadOnlyCollection<string> BuiltInModels => BuiltInNames;

    /// <summary>The custom model names, without the <c>custom-</c> prefix.</summary>
    public IReadOnlyCollection<string> CustomModels => _custom;

    /// <summary>The built-in models and the given custom ones.</summary>
    /// <param name="customModels">Custom model names without the <c>custom-</c> prefix, as the model file's section headers have
    /// them.</param>
    public static CpuModelCatalog WithCustomModels(IEnumerable<string> customModels)
    {
        ArgumentNullException.ThrowIfNull(customModels);
        return new(customModels.ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>
    /// The built-in models and the custom ones of a node's model file (section config:
    /// <c>cpu-model: NAME</c> headers); only the built-in ones when the file does not exist.
    /// </summary>
    /// <param name="path">The model file; <see cref="CustomModelFile"/> by default.</param>
    public static CpuModelCatalog FromNode(string path = CustomModelFile)
        => File.Exists(path) ? WithCustomModels(CustomModelNames(File.ReadLines(path))) : BuiltIn;

    /// <summary>Makes <paramref name="catalog"/> the one every check in this asynchronous flow uses until the result is disposed.</summary>
    public static IDisposable Use(CpuModelCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var previous = Scoped.Value;
        Scoped.Value = catalog;
        return new Restore(previous);
    }

    /// <summary>Makes <paramref name="catalog"/> the one checks use where no <see cref="Use"/> scope is active.</summary>
    public static void SetProcessDefault(CpuModelCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Volatile.Write(ref ProcessDefault, catalog);
    }

    /// <summary>Whether <paramref name="name"/> is one of qemu-server's built-in models (<c>host</c>, <c>x86-64-v3</c>, ...).</summary>
    public static bool IsBuiltInModel(ReadOnlySpan<char> name) => BuiltInLookup.Contains(name);

    /// <summary>Whether the node has a custom model of this name (without the <c>custom-</c> prefix).</summary>
    public bool HasCustomModel(ReadOnlySpan<char> name) => _customLookup.Contains(name);

    // PVE's SectionConfig header: "TYPE: ID" at the start of a line; CPU models are type "cpu-model".
    private static IEnumerable<string> CustomModelNames(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            if (line.StartsWith("cpu-model:", StringComparison.Ordinal) && line["cpu-model:".Length..].Trim() is { Length: > 0 } name)
            {
                yield return name;
            }
        }
    }

    private sealed class Restore(CpuModelCatalog? previous) : IDisposable
    {
        public void Dispose() => Scoped.Value = previous;
    }
}
