using Xunit;

namespace SchemaGen.TestSupport;

/// <summary>
/// Skips for tests that need something of the machine (QEMU, /bin/sh, Unix file modes) which CI
/// provides: on a developer's machine a missing piece is a skip that says why; under <c>CI=true</c>
/// it is a failure, because a skipped test proves nothing there and CI is able to run it.
/// </summary>
public static class SkipOutsideCi
{
    /// <summary>Whether the tests run in CI (<c>CI=true</c>, as .ci/run and most CI services set it).</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips the test when <paramref name="condition"/> holds, and fails it instead in CI.</summary>
    /// <param name="condition">True when what the test needs is missing.</param>
    /// <param name="reason">What is missing and how to get it.</param>
    public static void If(bool condition, string reason)
    {
        if (!condition)
        {
            return;
        }

        Assert.False(InCi, $"CI=true, and CI is able to run this test, so it may not skip: {reason}");
        Skip.If(true, reason);
    }

    /// <summary>Skips the test unless <paramref name="condition"/> holds, and fails it instead in CI.</summary>
    /// <param name="condition">True when what the test needs is there.</param>
    /// <param name="reason">What is missing and how to get it.</param>
    public static void IfNot(bool condition, string reason) => If(!condition, reason);
}
