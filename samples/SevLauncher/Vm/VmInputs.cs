namespace SevLauncher.Vm;

/// <summary>What the VM commands (<c>check</c>, <c>showcmd</c>, <c>start</c>) were told on the command line.</summary>
/// <param name="ConfigPath">The VM configuration file.</param>
/// <param name="CapsPath"><c>--caps</c>: a capability file to use instead of the host's.</param>
/// <param name="FirmwareRoot"><c>--firmware</c>: the OVMF folder.</param>
/// <param name="EfiDiskPath"><c>--efidisk</c>: where the efidisk0 volume is on this host.</param>
/// <param name="VarsPath"><c>--vars</c>: where the temporary EFI vars copy goes when there is no efidisk.</param>
/// <param name="Qemu"><c>--qemu</c>: the QEMU executable start runs and whose <c>--version</c> is asked.</param>
/// <param name="QemuVersion"><c>--qemu-version</c>: the QEMU version to plan for, instead of asking the executable.</param>
internal sealed record VmInputs(string ConfigPath, string? CapsPath, string FirmwareRoot, string? EfiDiskPath, string? VarsPath,
    string Qemu = VmInputs.DefaultQemu, Version? QemuVersion = null)
{
    /// <summary>The QEMU executable when <c>--qemu</c> is not given.</summary>
    public const string DefaultQemu = "qemu-system-x86_64";
}
