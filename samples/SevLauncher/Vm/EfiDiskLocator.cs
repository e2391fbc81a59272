using SchemaGen.Sev;

namespace SevLauncher.Vm;

/// <summary>
/// Where an efidisk0 volume is on this host. The launcher does not read Proxmox's storage.cfg, so a
/// storage volume id is resolved only for <c>local</c>, which every Proxmox VE node has as the
/// directory <c>/var/lib/vz</c> unless an administrator changed it; anything else needs <c>--efidisk</c>.
/// </summary>
internal static class EfiDiskLocator
{
    public const string LocalImages = "/var/lib/vz/images/";

    /// <summary>The path to give the planner, or null to let it use the efidisk's own path (or report that it cannot).</summary>
    public static string? Locate(EfiDisk efiDisk, string? givenPath, LauncherOutput output)
    {
        if (givenPath is not null || !EfiDiskVolumes.IsVolumeId(efiDisk.Volume))
        {
            return givenPath;
        }

        const string local = "local:";
        if (efiDisk.Volume.StartsWith(local, StringComparison.Ordinal))
        {
            string path = LocalImages + efiDisk.Volume[local.Length..];
            output.Note(
                $"efidisk0: took '{efiDisk.Volume}' to be {path}, as on Proxmox VE's default 'local' storage; " +
                    "pass --efidisk PATH if it is elsewhere");
            return path;
        }

        return null;
    }
}
