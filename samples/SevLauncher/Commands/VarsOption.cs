using System.CommandLine;

namespace SevLauncher.Commands;

/// <summary>The <c>--vars</c> option of <c>showcmd</c> and <c>start</c>.</summary>
internal static class VarsOption
{
    public static Option<string?> Create() => new("--vars")
    {
        Description = "For an SEV or SEV-ES VM without efidisk0: where start puts its temporary copy of the firmware's "
            + "EFI vars template (the VM's UEFI variables live there while it runs; the copy is removed when QEMU exits). "
            + "Default: <tmp>/<vmid>-ovmf.fd, as qemu-server.",
        HelpName = "PATH",
    };
}
