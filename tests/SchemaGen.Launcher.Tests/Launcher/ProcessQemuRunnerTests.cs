using SevLauncher.Qemu;

namespace SchemaGen.Launcher.Tests.Launcher;

/// <summary>The real runner: argv reaches the program without a shell, and its exit code comes back.</summary>
public sealed class ProcessQemuRunnerTests
{
    [SkippableFact]
    public void The_exit_code_of_the_program_is_returned()
    {
        SkipOutsideCi.IfNot(File.Exists("/bin/sh"), "needs /bin/sh");

        int code = ProcessQemuRunner.Instance.Run("/bin/sh", ["-c", "exit 7"]);

        Assert.Equal(7, code);
    }

    [SkippableFact]
    public void Arguments_are_passed_as_they_are_without_a_shell()
    {
        SkipOutsideCi.IfNot(File.Exists("/bin/sh"), "needs /bin/sh");

        // $1 must arrive with its quote, space and semicolon untouched, or the test script exits 1.
        int code = ProcessQemuRunner.Instance.Run("/bin/sh", ["-c", "[ \"$1\" = \"a 'b'; c\" ]", "sh", "a 'b'; c"]);

        Assert.Equal(0, code);
    }

    [Fact]
    public void A_missing_program_is_reported_not_thrown_as_a_system_error()
    {
        var error = Assert.Throws<QemuNotStartedException>(() => ProcessQemuRunner.Instance.Run("/nonexistent/qemu-system-x86_64", []));

        Assert.StartsWith("cannot run QEMU '/nonexistent/qemu-system-x86_64':", error.Message, StringComparison.Ordinal);
    }
}
