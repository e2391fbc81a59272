using System.CommandLine;
using SchemaGen;
using SchemaGen.Sev;
using SchemaGen.Tdx;
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
            Description = "An amd-sev value (std, es, snp, 'snp,allow-smt=0', ...), a guest policy number (0x30000, 196608), "
                + "or an intel-tdx value ('tdx,attestation=1,vsock-cid=2,vsock-port=4050').",
        };
        var sev = new Option<bool>("--sev") { Description = "Read a number as a 32-bit SEV/SEV-ES policy." };
        var snp = new Option<bool>("--snp") { Description = "Read a number as a 64-bit SEV-SNP policy." };
        var command = new Command(
            "policy",
            "Explain a guest policy bit by bit: the one qemu-server computes for an amd-sev value, or a raw number from a "
            + "QEMU command line. A number is read as SEV-SNP when bit 17 (which every SNP policy sets) is set or it needs "
            + "more than 32 bits, else as SEV; --sev and --snp decide instead. Exit 1 for a policy the firmware refuses; "
            + "bits that Linux 6.11's KVM refuses are warnings. An intel-tdx value has no policy: its attestation and vsock are "
            + "explained instead (the TD attributes are QEMU's, not Proxmox VE's); exit 1 when attestation lacks its CID or port.")
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
            "sev-launch policy 0x5 --sev",
            "sev-launch policy 'tdx,attestation=1,vsock-cid=2,vsock-port=4050'   # Intel TDX: attestation and vsock");
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

        if (LooksLikeIntelTdx(value))
        {
            return ExplainIntelTdx(value, output);
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

    // An intel-tdx value names the tdx type or one of its keys; anything else is read as amd-sev.
    private static bool LooksLikeIntelTdx(string value) =>
        value.Split(',').Any(part => part.Trim() is "tdx" or "type=tdx" || part.StartsWith("attestation=", StringComparison.Ordinal)
            || part.StartsWith("vsock-", StringComparison.Ordinal));

    // TDX has no policy number: explain attestation and its vsock, and refuse what qemu-server refuses.
    private static int ExplainIntelTdx(string value, LauncherOutput output)
    {
        if (!IntelTdxOptions.TryParse(value, out var options, out PropertyStringError error))
        {
            output.Error($"'{value}' is not a valid intel-tdx value: intel-tdx: {error}");
            return ExitCodes.InvalidConfiguration;
        }

        // Only the value's own checks: the host and the BIOS are check's business.
        string? failure = TdxHostChecks.FirstFailure(options, new TdxHostCapabilities { TdxSupport = true }, "ovmf");
        var guestObject = failure is null ? TdxGuestObject.Create(options, new TdxHostCapabilities { TdxSupport = true }, "ovmf") : null;
        foreach (string line in TdxExplanation.Lines(options, guestObject))
        {
            output.Out.WriteLine(line);
        }

        if (failure is not null)
        {
            output.Error(failure);
            return ExitCodes.InvalidConfiguration;
        }

        return ExitCodes.Ok;
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
