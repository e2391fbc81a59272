namespace SchemaGen.Sev;

/// <summary>
/// The confidential-VM part of a QEMU command line: the firmware options (pflash drives or blockdev
/// nodes, or <c>-bios</c> for SEV-SNP and TDX), the SEV or TDX <c>-object</c>, and the flags the
/// <c>-machine</c> option must carry (<c>confidential-guest-support=sev0</c>; the blockdev form's
/// <c>pflash0=pflash0,pflash1=drive-efidisk0</c> before the machine type). A launcher adds its own options (memory, disks,
/// devices) and merges its machine type with <see cref="MachineFlags"/>.
/// </summary>
public sealed class ConfidentialQemuArguments
{
    /// <summary>Creates the arguments.</summary>
    /// <param name="options">The options in command-line order.</param>
    /// <param name="machineFlags">The flags for <c>-machine</c>.</param>
    public ConfidentialQemuArguments(IReadOnlyList<QemuOption> options, IReadOnlyList<string> machineFlags)
        : this(options, machineFlags, [])
    {
    }

    /// <summary>Creates the arguments.</summary>
    /// <param name="options">The options in command-line order.</param>
    /// <param name="machineFlags">The flags for <c>-machine</c> after the machine type.</param>
    /// <param name="leadingMachineFlags">The flags for <c>-machine</c> before the machine type (qemu-server puts <c>pflash0=</c> and
    /// <c>pflash1=</c> there).</param>
    public ConfidentialQemuArguments(IReadOnlyList<QemuOption> options, IReadOnlyList<string> machineFlags,
        IReadOnlyList<string> leadingMachineFlags)
    {
        Options = options;
        MachineFlags = machineFlags;
        LeadingMachineFlags = leadingMachineFlags;
    }

    /// <summary>The flags that precede the machine type in <c>-machine</c>: the blockdev form's <c>pflash0=pflash0</c> and
    /// <c>pflash1=drive-efidisk0</c>; empty otherwise.</summary>
    public IReadOnlyList<string> LeadingMachineFlags { get; }

    /// <summary>The options in qemu-server's order: firmware first, then the SEV object.</summary>
    public IReadOnlyList<QemuOption> Options { get; }

    /// <summary>What the <c>-machine</c> option must include: <c>confidential-guest-support=sev0</c>.</summary>
    public IReadOnlyList<string> MachineFlags { get; }

    /// <summary>
    /// The value of <c>-machine</c>: <see cref="LeadingMachineFlags"/>, the launcher's own machine options,
    /// then <see cref="MachineFlags"/>, for example <c>type=q35,confidential-guest-support=sev0</c> or
    /// <c>pflash0=pflash0,pflash1=drive-efidisk0,type=pc+pve0,confidential-guest-support=sev0</c>.
    /// </summary>
    /// <param name="machineOptions">The machine options without the confidential flags (for example <c>type=q35</c> or
    /// <c>q35,accel=kvm</c>); none when <see langword="null"/> or empty.</param>
    public string MachineValue(string? machineOptions = null)
    {
        var parts = new List<string>(LeadingMachineFlags);
        if (!string.IsNullOrEmpty(machineOptions))
        {
            // QEMU reads a bare first value as the type only when it stands first; behind the leading flags it needs its key.
            bool bareType = LeadingMachineFlags.Count > 0 && !machineOptions.Split(',')[0].Contains('=', StringComparison.Ordinal);
            parts.Add(bareType ? "type=" + machineOptions : machineOptions);
        }

        parts.AddRange(MachineFlags);
        return string.Join(',', parts);
    }

    /// <summary>
    /// The argument list to execute (no shell): every option, then <c>-machine</c> with
    /// <see cref="MachineValue"/>. The executable is not included.
    /// </summary>
    /// <param name="machineOptions">The launcher's own machine options, if any.</param>
    public IReadOnlyList<string> ToArgv(string? machineOptions = null)
    {
        var argv = new List<string>((Options.Count * 2) + 2);
        foreach (var option in Options)
        {
            argv.Add(option.Name);
            argv.Add(option.Value);
        }

        argv.Add("-machine");
        argv.Add(MachineValue(machineOptions));
        return argv;
    }

    /// <summary>The options and the machine option one per line, quoted as in qemu-server's expected commands.</summary>
    /// <param name="machineOptions">The launcher's own machine options, if any.</param>
    public IReadOnlyList<string> ToPrintableLines(string? machineOptions = null) =>
        [.. Options.Select(option => option.ToString()), new QemuOption("-machine", MachineValue(machineOptions)).ToString()];

    /// <summary>The argument list on one line, each argument quoted for a POSIX shell as qemu-server quotes it.</summary>
    /// <param name="machineOptions">The launcher's own machine options, if any.</param>
    public string ToPrintable(string? machineOptions = null) => ShellQuote.Join(ToArgv(machineOptions));

    /// <summary>The printable form without extra machine options.</summary>
    public override string ToString() => ToPrintable();
}
