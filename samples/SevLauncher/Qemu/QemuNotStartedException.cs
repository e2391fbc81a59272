namespace SevLauncher.Qemu;

/// <summary>QEMU could not be started: the executable is missing or may not be run.</summary>
internal sealed class QemuNotStartedException(string message, Exception? innerException = null) : Exception(message, innerException);
