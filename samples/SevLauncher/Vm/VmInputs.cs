namespace SevLauncher.Vm;

/// <summary>What the VM commands (<c>check</c>, <c>showcmd</c>, <c>start</c>) were told on the command line.</summary>
/// <param name="ConfigPath">The VM configuration file.</param>
/// <param name="CapsPath"><c>--caps</c>: a capability file to use instead of the host's.</param>
/// <param name="FirmwareRoot"><c>--firmware</c>: the OVMF folder.</param>
/// <param name="EfiDiskPath"><c>--efidisk</c>: where the efidisk0 volume is on this host.</param>
/// <param name="VarsPath"><c>--vars</c>: where the temporary EFI vars copy goes when there is no efidisk.</param>
internal sealed record VmInputs(string ConfigPath, string? CapsPath, string FirmwareRoot, string? EfiDiskPath, string? VarsPath);
