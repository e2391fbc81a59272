using System.CommandLine;
using SchemaGen;
using SchemaGen.Sev;
using SevLauncher.Help;
using SevLauncher.Output;

namespace SevLauncher.Commands;

/// <summary><c>sev-launch policy VALUE [--sev|--snp]</c>: an amd-sev value's or a raw policy's bits, explained.</summary>
internal static class PolicyCommand
{
    public static Command Create(LauncherOutput output, HelpExtras help)
    {
        var value = new Argument<string>("VALUE")
        {
            Description = "An amd-sev value (std, es, snp, 'snp,allow-smt=0', ...) or a guest policy number (0x30000, 196608).",
        };
        var sev = new Option<bool>("--sev") { Description = "Read a number as a 32-bit SEV/SEV-ES policy." };
        var snp = new Option<bool>("--snp") { Description = "Read a number as a 64-bit SEV-SNP policy." };
        var command = new Command(
            "policy",
            "Explain a guest policy bit by bit: the one qemu-server computes for an amd-sev value, or a raw number from a "
            + "QEMU command line. A number is read as SEV-SNP when bit 17 (which every SNP policy sets) is set or it needs "
            + "more than 32 bits, else as SEV; --sev and --snp decide instead. Exit 1 for a policy the firmware refuses; "
            + "bits that Linux 6.11's KVM refuses are warnings.")
        {
            value,
            sev,
            snp,
        };
        help.Add(
            command,
            "sev-launch policy snp                 # qemu-server's default SNP policy, 0xb0000",
            "sev-launch policy 'std,no-debug=1'    # SEV: NODBG and NOSEND",
            "sev-launch policy 0x30000             # read as SEV-SNP (bit 17 set)",
            "sev-launch policy 0x5 --sev");
        command.SetAction(result => Run(result.GetValue(value)!, result.GetValue(sev), result.GetValue(snp), output));
        return command;
    }

    private static int Run(string value, bool asSev, bool asSnp, LauncherOutput output)
    {
        if (asSev && asSnp)
        {
            output.Error("--sev and --snp cannot be used together");
            return ExitCodes.UsageError;
        }

        if (PolicyHex.TryParse(value, out ulong number))
        {
            return ExplainNumber(value, number, asSev, asSnp, output);
        }

        if (asSev || asSnp)
        {
            output.Error($"--sev and --snp apply to a policy number; '{value}' is not one");
            return ExitCodes.UsageError;
        }

        if (!AmdSevOptions.TryParse(value, out var options, out PropertyStringError error))
        {
            output.Error($"'{value}' is neither a policy number nor a valid amd-sev value: amd-sev: {error}");
            return ExitCodes.InvalidConfiguration;
        }

        ulong policy = options.GetPolicyValue();
        output.Out.WriteLine(options.Type == SevType.Snp
            ? $"amd-sev {options}: SEV-SNP guest policy {PolicyHex.Format(policy)} (64 bits, QEMU's sev-snp-guest object)"
            : $"amd-sev {options}: {(options.Type == SevType.Es ? "SEV-ES" : "SEV")} guest policy {PolicyHex.Format(policy)} (32 bits, " +
                "QEMU's sev-guest object)");
        output.Out.WriteLine();
        PolicyTable.Write(options.DescribePolicy(), output.Out);
        var diagnostics = options.GetIgnoredSettingWarnings().Concat(options.Type == SevType.Snp ? new SnpPolicy(policy).Validate()
            : new SevPolicy((uint)policy).Validate());
        return Report([.. diagnostics], output);
    }

    private static int ExplainNumber(string text, ulong number, bool asSev, bool asSnp, LauncherOutput output)
    {
        bool bit17 = (number & SnpPolicy.ReservedMustBeOneMask) != 0;
        bool snp = asSnp || (!asSev && (bit17 || number > uint.MaxValue));
        if (!snp && number > uint.MaxValue)
        {
            output.Error($"{text} is not an SEV policy: SEV policies have 32 bits");
            return ExitCodes.InvalidConfiguration;
        }

        string why = asSev || asSnp
            ? "as asked"
            : number > uint.MaxValue
                ? "it has more than 32 bits"
                : bit17 ? "bit 17, which every SNP policy sets, is set; pass --sev to read it as SEV"
                    : "bit 17, which every SNP policy sets, is clear; pass --snp to read it as SEV-SNP";
        output.Out.WriteLine(snp
            ? $"Policy {PolicyHex.Format(number)} read as an SEV-SNP policy (64 bits): {why}."
            : $"Policy {PolicyHex.Format(number)} read as an SEV/SEV-ES policy (32 bits): {why}.");
        output.Out.WriteLine();
        if (snp)
        {
            var policy = new SnpPolicy(number);
            PolicyTable.Write(policy.Describe(), output.Out);
            return Report(policy.Validate(), output);
        }

        var sevPolicy = new SevPolicy((uint)number);
        PolicyTable.Write(sevPolicy.Describe(), output.Out);
        return Report(sevPolicy.Validate(), output);
    }

    private static int Report(IReadOnlyList<SevDiagnostic> diagnostics, LauncherOutput output)
    {
        foreach (var diagnostic in diagnostics)
        {
            output.Err.WriteLine(diagnostic.ToString());
        }

        return diagnostics.Any(d => d.IsError) ? ExitCodes.InvalidConfiguration : ExitCodes.Ok;
    }
}
