namespace SchemaGen.Proxmox;

/// <summary>Something wrong in a VM config file, with the line it is on.</summary>
/// <param name="Line">The line's number in the file, from 1.</param>
/// <param name="Section">The section's name (<c>PENDING</c>, a snapshot's name, <c>special:cloudinit</c>), or null for the current
/// configuration.</param>
/// <param name="Key">The option the problem is about, or null for a line that is not an option.</param>
/// <param name="Message">What is wrong, in PVE's words: for an option, the format's error (<c>tag: value must have a maximum value of
/// 4094</c>).</param>
public sealed record QemuConfigProblem(int Line, string? Section, string? Key, string Message)
{
    /// <summary>
    /// For an unknown setting, the known one it is probably a misspelling of (<c>amd-sev</c> for <c>amd_sev</c>), or null.
    /// </summary>
    public string? Suggestion { get; init; }

    /// <summary>
    /// <c>line 7: net0: tag: value must have a maximum value of 4094</c>, with <c>[section]</c> after the line outside the current
    /// configuration, and <c>; did you mean 'amd-sev'?</c> after the message when there is a <see cref="Suggestion"/>.
    /// </summary>
    public override string ToString()
        => $"line {Line}{(Section is null ? "" : " [" + Section + "]")}: {(Key is null ? "" : Key + ": ")}{Message}"
            + (Suggestion is null ? "" : "; did you mean '" + Suggestion + "'?");
}
