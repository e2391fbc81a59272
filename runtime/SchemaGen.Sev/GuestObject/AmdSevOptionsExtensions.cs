namespace SchemaGen.Sev;

/// <summary>What an <see cref="AmdSevOptions"/> means beyond its text: its policy and the settings its type ignores.</summary>
public static class AmdSevOptionsExtensions
{
    /// <summary>The warning for <c>no-key-sharing=1</c> on an SEV-SNP guest.</summary>
    public const string NoKeySharingIgnoredForSnp = "amd-sev: no-key-sharing is ignored for SEV-SNP (the SNP policy has no key-sharing " +
        "bit)";

    /// <summary>The warning for <c>allow-smt=0</c> on an SEV or SEV-ES guest.</summary>
    public const string AllowSmtIgnoredUnlessSnp = "amd-sev: allow-smt is ignored unless the type is snp (the SEV policy has no SMT bit)";

    /// <summary>
    /// The settings the option's type ignores although they ask for something: <c>no-key-sharing=1</c>
    /// with <c>snp</c>, and <c>allow-smt=0</c> with <c>std</c> or <c>es</c>. qemu-server ignores them silently.
    /// </summary>
    /// <param name="options">The <c>amd-sev</c> option.</param>
    /// <returns>The warnings; empty when every setting takes effect.</returns>
    public static IReadOnlyList<SevDiagnostic> GetIgnoredSettingWarnings(this AmdSevOptions options)
    {
        if (options.Type == SevType.Snp)
        {
            return options.NoKeySharing ? [SevDiagnostic.Warning(NoKeySharingIgnoredForSnp)] : [];
        }

        return options.AllowSmt ? [] : [SevDiagnostic.Warning(AllowSmtIgnoredUnlessSnp)];
    }

    /// <summary>The guest policy qemu-server computes for the option, as a number (32-bit for SEV and SEV-ES, 64-bit for
    /// SEV-SNP).</summary>
    /// <param name="options">The <c>amd-sev</c> option.</param>
    public static ulong GetPolicyValue(this AmdSevOptions options) =>
        options.Type == SevType.Snp ? SnpPolicy.FromOptions(options).Value : SevPolicy.FromOptions(options).Value;

    /// <summary>The guest policy bit by bit, for a launcher's <c>policy</c> table.</summary>
    /// <param name="options">The <c>amd-sev</c> option.</param>
    public static IReadOnlyList<PolicyField> DescribePolicy(this AmdSevOptions options) =>
        options.Type == SevType.Snp ? SnpPolicy.FromOptions(options).Describe() : SevPolicy.FromOptions(options).Describe();
}
