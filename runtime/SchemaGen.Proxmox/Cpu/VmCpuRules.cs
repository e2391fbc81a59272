namespace SchemaGen.Proxmox;

/// <summary>
/// qemu-server's <c>validate_vm_cpu_conf</c>: what a VM's <c>cpu</c> option must satisfy beyond its
/// keys' own rules. Run after the keys parsed; its messages are PVE's, without the key.
/// </summary>
internal static class VmCpuRules
{
    /// <summary>The flags a VM's own config may set (qemu-server's supported set), in the order PVE's message lists them.</summary>
    internal static readonly string[] SupportedFlags =
    [
        "aes", "amd-no-ssb", "amd-ssbd", "hv-evmcs", "hv-tlbflush", "ibpb", "md-clear",
        "nested-virt", "pcid", "pdpe1gb", "spec-ctrl", "ssbd", "virt-ssbd",
    ];

    internal const string MissingCputype = "CPU is missing cputype";
    internal const string ReportedModelNotAllowed = "Property 'reported-model' not allowed in VM-specific CPU config.";
    internal static readonly string FlagsNotSupported = "VM-specific CPU flags must be a subset of: " + string.Join(", ", SupportedFlags);

    private const string CustomPrefix = "custom-";

    /// <summary>The first rule the value breaks, as PVE's message, or null.</summary>
    /// <param name="cputype">The <c>cputype</c> as given, or null when absent.</param>
    /// <param name="flags">The <c>flags</c> as given, or null.</param>
    /// <param name="hasReportedModel">Whether <c>reported-model</c> was given.</param>
    /// <param name="catalog">The node's CPU models; null for <see cref="CpuModelCatalog.Current"/>, which is then read only
    /// for a custom model (it is an asynchronous-flow lookup, and most values name a built-in one).</param>
    internal static string? Check(string? cputype, string? flags, bool hasReportedModel, CpuModelCatalog? catalog = null)
    {
        // Perl's "!$cputype": absent, empty and "0" are all missing.
        if (string.IsNullOrEmpty(cputype) || cputype == "0")
        {
            return MissingCputype;
        }

        if (cputype.StartsWith(CustomPrefix, StringComparison.Ordinal))
        {
            var name = cputype.AsSpan(CustomPrefix.Length);
            if (!(catalog ?? CpuModelCatalog.Current).HasCustomModel(name))
            {
                return $"Custom cputype '{name}' not found";
            }
        }
        else if (!CpuModelCatalog.IsBuiltInModel(cputype))
        {
            return $"Built-in cputype '{cputype}' is not defined (missing 'custom-' prefix?)";
        }

        if (!string.IsNullOrEmpty(flags) && !AreSupported(flags))
        {
            return FlagsNotSupported;
        }

        return hasReportedModel ? ReportedModelNotAllowed : null;
    }

    // ^([+-](aes|...))(;[+-](aes|...))*$ : every ';'-separated item is a sign and a supported name.
    private static bool AreSupported(ReadOnlySpan<char> flags)
    {
        foreach (var range in flags.Split(';'))
        {
            var item = flags[range];
            if (item.Length < 2 || item[0] is not ('+' or '-') || !IsSupported(item[1..]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSupported(ReadOnlySpan<char> name)
    {
        foreach (var flag in SupportedFlags)
        {
            if (name.SequenceEqual(flag))
            {
                return true;
            }
        }

        return false;
    }
}
