using System.Text;
using SchemaGen.Sev;

namespace SchemaGen.Runtime.Tests.Allocation;

/// <summary>
/// Every generated TryParse and TryFormat allocates nothing, on success and on failure. Measured
/// with <see cref="GC.GetAllocatedBytesForCurrentThread"/> (exact, unlike timing) after warm-up
/// calls, so that one-time work (static constructors, tiering, the array pool's first rent) is
/// not counted.
/// </summary>
public sealed class AllocationTests
{
    private static readonly string ManyUnknownKeys = string.Join(',', Enumerable.Range(0, 40).Select(i => $"unknown-{i}=1")) + ",std";

    // Each row with whether it parses: TryParse must answer that, and TryFormat runs on what it parsed.
    public static TheoryData<string, bool> AmdSevTexts() => new()
    {
        // Valid.
        { "snp,allow-smt=0,kernel-hashes=1,no-debug=1", true },
        { "std", true },
        { "type=snp,allow-smt=off,kernel-hashes=yes,no-debug=true,no-key-sharing=0", true },
        { "type=0,es", true },
        { " ,es,, \t,no-debug=1\n", true },
        { "snp,allow-smt=0,kernel-hashes=1,no-debug=1,no-key-sharing=0," + new string(' ', 80) + ",,", true },
        // Per-key errors.
        { "snp,bogus=1", false },
        { "type=stdd", false },
        { "type=STD", false },
        { "snp,allow-smt=maybe", false },
        { "allow-smt=1", false },
        { "snp,no-debug=" + new string('x', 200), false },
        { ManyUnknownKeys, false },
        // Structural errors.
        { "snp,=1", false },
        { "snp,no-debug=", false },
        { "snp,es", false },
        { "snp,allow-smt=1,allow-smt=0", false },
        { "snp,bogus=1,bogus=2", false },
        { "type=snp,std", false },
        { "snp,no-debug=1\nx", false },
        { "", false },
    };

    public static TheoryData<string, bool> HostTexts() => new()
    {
        // Valid.
        { "cbitpos=51,reduced-phys-bits=6,sev-support=1,sev-support-es=1,sev-support-snp=1", true },
        { "cbitpos=+007", true },
        { "", true },
        // Per-key errors.
        { "cbitpos=101", false },
        { "cbitpos=-1", false },
        { "cbitpos=x", false },
        { "reduced-phys-bits=99999999999999999999999999999999999999999", false },
        { "sev-support=2", false },
        { "foo=1", false },
        // Structural errors.
        { "47", false },
        { "=1", false },
        { "cbitpos=1,cbitpos=2", false },
    };

    [Theory]
    [MemberData(nameof(AmdSevTexts))]
    public void AmdSevOptions_TryParse_allocates_nothing(string text, bool valid)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        Assert.Equal(valid, AmdSevOptions.TryParse(text.AsSpan(), out _, out _));
        Assert.Equal(valid, AmdSevOptions.TryParse(utf8.AsSpan(), out _, out _));
        AssertNoAllocation(() => AmdSevOptions.TryParse(text.AsSpan(), out _, out _), "TryParse(ReadOnlySpan<char>)");
        AssertNoAllocation(() => AmdSevOptions.TryParse(utf8.AsSpan(), out _, out _), "TryParse(ReadOnlySpan<byte>)");
        AssertNoAllocation(() => AmdSevOptions.TryParse(text, null, out _), "TryParse(string, IFormatProvider)");
        AssertNoAllocation(() => AmdSevOptions.TryParse(text.AsSpan(), null, out _), "TryParse(ReadOnlySpan<char>, IFormatProvider)");
        AssertNoAllocation(() => AmdSevOptions.TryParse(utf8.AsSpan(), null, out _), "TryParse(ReadOnlySpan<byte>, IFormatProvider)");
    }

    [Theory]
    [MemberData(nameof(HostTexts))]
    public void SevHostCapabilities_TryParse_allocates_nothing(string text, bool valid)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        Assert.Equal(valid, SevHostCapabilities.TryParse(text.AsSpan(), out _, out _));
        Assert.Equal(valid, SevHostCapabilities.TryParse(utf8.AsSpan(), out _, out _));
        AssertNoAllocation(() => SevHostCapabilities.TryParse(text.AsSpan(), out _, out _), "TryParse(ReadOnlySpan<char>)");
        AssertNoAllocation(() => SevHostCapabilities.TryParse(utf8.AsSpan(), out _, out _), "TryParse(ReadOnlySpan<byte>)");
        AssertNoAllocation(() => SevHostCapabilities.TryParse(text, null, out _), "TryParse(string, IFormatProvider)");
        AssertNoAllocation(() => SevHostCapabilities.TryParse(text.AsSpan(), null, out _), "TryParse(ReadOnlySpan<char>, IFormatProvider)");
        AssertNoAllocation(() => SevHostCapabilities.TryParse(utf8.AsSpan(), null, out _), "TryParse(ReadOnlySpan<byte>, IFormatProvider)");
    }

    [Theory]
    [MemberData(nameof(AmdSevTexts))]
    public void AmdSevOptions_TryFormat_allocates_nothing(string text, bool valid)
    {
        Assert.Equal(valid, AmdSevOptions.TryParse(text.AsSpan(), out var value, out _));
        // An invalid row leaves the default value, which formats too: every row measures something.
        AssertFormatAllocatesNothing(value);
    }

    [Theory]
    [MemberData(nameof(HostTexts))]
    public void SevHostCapabilities_TryFormat_allocates_nothing(string text, bool valid)
    {
        Assert.Equal(valid, SevHostCapabilities.TryParse(text.AsSpan(), out var value, out _));
        AssertFormatAllocatesNothing(value);
    }

    [Fact]
    public void The_rows_hold_valid_and_invalid_texts()
    {
        Assert.Equal((6, 15), Count(AmdSevTexts()));
        Assert.Equal((3, 9), Count(HostTexts()));

        static (int Valid, int Invalid) Count(TheoryData<string, bool> rows)
        {
            var valid = rows.Select(row => (bool)row[1]).ToList();
            return (valid.Count(v => v), valid.Count(v => !v));
        }
    }

    [Fact]
    public void Many_unknown_keys_allocate_nothing_when_the_shared_array_pool_is_empty()
    {
        // The unknown-key table's arrays are the thread's own, not ArrayPool<int>.Shared's, which other
        // threads (or a gen2 trim) can empty at any moment: with the arrays there, a parse just after
        // this drain allocated them anew. No warm-up between the drain and the measured parse.
        for (int i = 0; i < 5; i++)
        {
            Assert.False(AmdSevOptions.TryParse(ManyUnknownKeys.AsSpan(), out _, out var error));
            Assert.Equal(PropertyStringErrorKind.UnknownProperty, error.Kind);
        }

        var taken = new List<int[]>();
        foreach (int length in new[] { 32, 64, 128, 256 })
        {
            for (int i = 0; i < 100; i++)
            {
                taken.Add(System.Buffers.ArrayPool<int>.Shared.Rent(length));
            }
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        bool parsed = AmdSevOptions.TryParse(ManyUnknownKeys.AsSpan(), out _, out _);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.False(parsed);
        Assert.Equal(400, taken.Count);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void TryFormat_of_values_built_in_code_allocates_nothing()
    {
        AssertFormatAllocatesNothing(new AmdSevOptions { Type = SevType.Es, NoDebug = true, NoKeySharing = true });
        AssertFormatAllocatesNothing(new AmdSevOptions
        {
            Type = SevType.Snp,
            AllowSmt = false,
            KernelHashes = true,
            NoDebug = false,
            NoKeySharing = false
        });
        AssertFormatAllocatesNothing(new SevHostCapabilities
        {
            Cbitpos = 51,
            ReducedPhysBits = 6,
            SevSupport = true,
            SevSupportEs = true,
            SevSupportSnp = false
        });
        AssertFormatAllocatesNothing(default(SevHostCapabilities));
    }

    private static void AssertFormatAllocatesNothing<T>(T value)
        where T : ISpanFormattable, IUtf8SpanFormattable
    {
        var chars = new char[256];
        var bytes = new byte[256];
        var tiny = new char[1];
        var tinyBytes = new byte[1];
        AssertNoAllocation(() => value.TryFormat(chars, out _, default, null), $"TryFormat(Span<char>) of {value}");
        AssertNoAllocation(() => value.TryFormat(bytes, out _, default, null), $"TryFormat(Span<byte>) of {value}");
        AssertNoAllocation(() => value.TryFormat(tiny, out _, default, null), $"TryFormat(Span<char>) of {value} into a buffer too small");
        AssertNoAllocation(() => value.TryFormat(tinyBytes, out _, default, null),
            $"TryFormat(Span<byte>) of {value} into a buffer too small");
        switch (value)
        {
            case AmdSevOptions options:
                AssertNoAllocation(() => options.TryFormat(chars.AsSpan(), out _),
                    $"AmdSevOptions.TryFormat(Span<char>, out int) of {value}");
                AssertNoAllocation(() => options.TryFormat(bytes.AsSpan(), out _),
                    $"AmdSevOptions.TryFormat(Span<byte>, out int) of {value}");
                break;
            case SevHostCapabilities host:
                AssertNoAllocation(() => host.TryFormat(chars.AsSpan(), out _),
                    $"SevHostCapabilities.TryFormat(Span<char>, out int) of {value}");
                AssertNoAllocation(() => host.TryFormat(bytes.AsSpan(), out _),
                    $"SevHostCapabilities.TryFormat(Span<byte>, out int) of {value}");
                break;
        }
    }

    private static void AssertNoAllocation(Func<bool> call, string what)
    {
        double perCall = AllocationMeter.BytesPerCall(call);
        Assert.True(perCall == 0, $"{what} allocated {perCall} bytes per call.");
    }
}
