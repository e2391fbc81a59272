namespace SevLauncher.Qemu;

/// <summary>Runs QEMU for <c>start</c>; tests give a fake that records the command instead.</summary>
internal interface IQemuRunner
{
    /// <summary>Runs <paramref name="executable"/> with <paramref name="arguments"/> (no shell) until it exits.</summary>
    /// <returns>QEMU's exit code (128 + the signal number when a signal ended it).</returns>
    /// <exception cref="QemuNotStartedException">QEMU could not be started at all (not found, not executable).</exception>
    int Run(string executable, IReadOnlyList<string> arguments);
}
