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

    public static TheoryData<string> AmdSevTexts() => new()
    {
        // Valid.
        "snp,allow-smt=0,kernel-hashes=1,no-debug=1",
        "std",
        "type=snp,allow-smt=off,kernel-hashes=yes,no-debug=true,no-key-sharing=0",
        "type=0,es",
        " ,es,, \t,no-debug=1\n",
        "snp,allow-smt=0,kernel-hashes=1,no-debug=1,no-key-sharing=0," + new string(' ', 80) + ",,",
        // Per-key errors.
        "snp,bogus=1",
        "type=stdd",
        "type=STD",
        "snp,allow-smt=maybe",
        "allow-smt=1",
        "snp,no-debug=" + new string('x', 200),
        ManyUnknownKeys,
        // Structural errors.
        "snp,=1",
        "snp,no-debug=",
        "snp,es",
        "snp,allow-smt=1,allow-smt=0",
        "snp,bogus=1,bogus=2",
        "type=snp,std",
        "snp,no-debug=1\nx",
        "",
    };

    public static TheoryData<string> HostTexts() => new()
    {
        // Valid.
        "cbitpos=51,reduced-phys-bits=6,sev-support=1,sev-support-es=1,sev-support-snp=1",
        "cbitpos=+007",
        "",
        // Per-key errors.
        "cbitpos=101",
        "cbitpos=-1",
        "cbitpos=x",
        "reduced-phys-bits=99999999999999999999999999999999999999999",
        "sev-support=2",
        "foo=1",
        // Structural errors.
        "47",
        "=1",
        "cbitpos=1,cbitpos=2",
    };

    [Theory]
    [MemberData(nameof(AmdSevTexts))]
    public void AmdSevOptions_TryParse_allocates_nothing(string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        AssertNoAllocation(() => AmdSevOptions.TryParse(text.AsSpan(), out _, out _), "TryParse(ReadOnlySpan<char>)");
        AssertNoAllocation(() => AmdSevOptions.TryParse(utf8.AsSpan(), out _, out _), "TryParse(ReadOnlySpan<byte>)");
        AssertNoAllocation(() => AmdSevOptions.TryParse(text, null, out _), "TryParse(string, IFormatProvider)");
        AssertNoAllocation(() => AmdSevOptions.TryParse(text.AsSpan(), null, out _), "TryParse(ReadOnlySpan<char>, IFormatProvider)");
        AssertNoAllocation(() => AmdSevOptions.TryParse(utf8.AsSpan(), null, out _), "TryParse(ReadOnlySpan<byte>, IFormatProvider)");
    }

    [Theory]
    [MemberData(nameof(HostTexts))]
    public void SevHostCapabilities_TryParse_allocates_nothing(string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        AssertNoAllocation(() => SevHostCapabilities.TryParse(text.AsSpan(), out _, out _), "TryParse(ReadOnlySpan<char>)");
        AssertNoAllocation(() => SevHostCapabilities.TryParse(utf8.AsSpan(), out _, out _), "TryParse(ReadOnlySpan<byte>)");
        AssertNoAllocation(() => SevHostCapabilities.TryParse(text, null, out _), "TryParse(string, IFormatProvider)");
        AssertNoAllocation(() => SevHostCapabilities.TryParse(text.AsSpan(), null, out _), "TryParse(ReadOnlySpan<char>, IFormatProvider)");
        AssertNoAllocation(() => SevHostCapabilities.TryParse(utf8.AsSpan(), null, out _), "TryParse(ReadOnlySpan<byte>, IFormatProvider)");
    }

    [Theory]
    [MemberData(nameof(AmdSevTexts))]
    public void AmdSevOptions_TryFormat_allocates_nothing(string text)
    {
        if (AmdSevOptions.TryParse(text.AsSpan(), out var value, out _))
        {
            AssertFormatAllocatesNothing(value);
        }
    }

    [Theory]
    [MemberData(nameof(HostTexts))]
    public void SevHostCapabilities_TryFormat_allocates_nothing(string text)
    {
        if (SevHostCapabilities.TryParse(text.AsSpan(), out var value, out _))
        {
            AssertFormatAllocatesNothing(value);
        }
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
        // Warm up: static constructors, tiered JIT, the array pool's first rent on this thread.
        for (int i = 0; i < 3; i++)
        {
            call();
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10; i++)
        {
            call();
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated == 0, $"{what} allocated {allocated / 10.0} bytes per call.");
    }
}
