using SevLauncher;

namespace SchemaGen.Runtime.Tests.Launcher;

/// <summary><c>sev-launch policy</c>: an amd-sev value or a raw number, bit by bit.</summary>
public sealed class PolicyCommandTests
{
    [Fact]
    public void An_snp_value_shows_qemu_servers_default_policy_bit_by_bit()
    {
        using var host = new LauncherHarness();

        var result = host.Run("policy", "snp");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.StartsWith("amd-sev snp: SEV-SNP guest policy 0xb0000 (64 bits, QEMU's sev-snp-guest object)\n", result.Out,
            StringComparison.Ordinal);
        Assert.Matches(@"\n  16\s+SMT\s+set\s+Simultaneous multithreading \(SMT\) is allowed\n", result.Out);
        Assert.Matches(@"\n  19\s+DEBUG\s+set\s+Debugging of the guest is allowed\n", result.Out);
        Assert.Matches(@"\n  63:26\s+RESERVED\s+0\s+Reserved, zero as required\n", result.Out);
        Assert.Equal("", result.Err);
    }

    [Fact]
    public void An_sev_value_with_no_debug_sets_nodbg_and_nosend()
    {
        using var host = new LauncherHarness();

        var result = host.Run("policy", "std,no-debug=1");

        Assert.StartsWith("amd-sev std,no-debug=1: SEV guest policy 0x9 (32 bits, QEMU's sev-guest object)", result.Out,
            StringComparison.Ordinal);
        Assert.Matches(@"\n  0\s+NODBG\s+set\s+Debugging of the guest is disallowed\n", result.Out);
        Assert.Matches(@"\n  3\s+NOSEND\s+set\s", result.Out);
    }

    [Fact]
    public void A_value_with_bits_the_kernel_refuses_warns_and_exits_0()
    {
        using var host = new LauncherHarness();

        var result = host.Run("policy", "snp,allow-smt=0");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.StartsWith("warning: SEV-SNP policy 0xa0000: SMT (bit 16) is clear", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_with_bit_17_is_read_as_snp_and_says_so()
    {
        using var host = new LauncherHarness();

        var result = host.Run("policy", "0x30000");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.StartsWith(
            "Policy 0x30000 read as an SEV-SNP policy (64 bits): bit 17, which every SNP policy sets, is set; pass --sev to read it as " +
                "SEV.", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_without_bit_17_is_read_as_sev_and_decimal_works()
    {
        using var host = new LauncherHarness();

        var result = host.Run("policy", "5");

        Assert.StartsWith(
            "Policy 0x5 read as an SEV/SEV-ES policy (32 bits): bit 17, which every SNP policy sets, is clear; pass --snp to read it as " +
                "SEV-SNP.", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"\n  2\s+ES\s+set\s", result.Out);
    }

    [Fact]
    public void Snp_forces_the_reading_and_an_invalid_snp_policy_exits_1()
    {
        using var host = new LauncherHarness();

        var result = host.Run("policy", "0x10000", "--snp");

        Assert.Equal(ExitCodes.InvalidConfiguration, result.ExitCode);
        Assert.Contains("read as an SEV-SNP policy (64 bits): as asked.", result.Out, StringComparison.Ordinal);
        Assert.Contains("error: SEV-SNP policy 0x10000: bit 17 is reserved and must be set", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void An_sev_policy_with_reserved_bits_exits_1()
    {
        using var host = new LauncherHarness();

        var result = host.Run("policy", "0x48", "--sev");

        Assert.Equal(ExitCodes.InvalidConfiguration, result.ExitCode);
        Assert.Contains("error: SEV policy bits 6-15 are reserved and must be zero", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_value_gets_pves_text_and_exit_1()
    {
        using var host = new LauncherHarness();

        var result = host.Run("policy", "snp,allow-smt=maybe");

        Assert.Equal(ExitCodes.InvalidConfiguration, result.ExitCode);
        Assert.Equal(
            "error: 'snp,allow-smt=maybe' is neither a policy number nor a valid amd-sev value: amd-sev: allow-smt: type check " +
                "('boolean') failed - got 'maybe'\n", result.Err);
        Assert.Equal("", result.Out);
    }

    [Theory]
    [InlineData("0x5", "--sev", "--snp")]
    [InlineData("snp", "--snp")]
    public void Contradictory_or_misplaced_flags_are_usage_errors(params string[] args)
    {
        using var host = new LauncherHarness();

        Assert.Equal(ExitCodes.UsageError, host.Run(["policy", .. args]).ExitCode);
    }
}
