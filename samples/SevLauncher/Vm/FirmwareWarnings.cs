namespace SevLauncher.Vm;

/// <summary>How <c>check</c> and <c>showcmd</c> mention firmware images this machine lacks: a warning, since the command is still right for
/// a host that has them.</summary>
internal static class FirmwareWarnings
{
    public static void Write(VmAssessment vm, LauncherOutput output)
    {
        foreach (string missing in vm.MissingFirmware)
        {
            output.Warning($"{missing} on this machine: 'start' needs it (install pve-edk2-firmware, or pass --firmware DIR)");
        }
    }
}
