using System.Text.RegularExpressions;

namespace SchemaGen.Sev;

/// <summary>How PVE tells a storage volume id from a path, and a volume's image format from its name.</summary>
public static partial class EfiDiskVolumes
{
    /// <summary>Whether <paramref name="file"/> is a storage volume id (<c>storage:volume</c>) rather than a path.</summary>
    /// <param name="file">An efidisk's <c>file</c>.</param>
    public static bool IsVolumeId(string file) => VolumeId().IsMatch(file);

    /// <summary>
    /// The image format of a storage volume as its name shows it: the extension of a file-based
    /// volume (<c>vm-100-disk-0.qcow2</c>), and <c>raw</c> for block storage (LVM, ZFS, Ceph RBD), whose
    /// volume names have none.
    /// </summary>
    /// <param name="volumeId">The volume id.</param>
    public static string FormatOfVolume(string volumeId)
    {
        var match = FileVolumeExtension().Match(volumeId);
        return match.Success ? match.Groups[1].Value : "raw";
    }

    // PVE::Storage::parse_volume_id: a storage id, a colon, a volume name.
    [GeneratedRegex(@"^([a-z][a-z0-9\-_.]*[a-z0-9]):(.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex VolumeId();

    [GeneratedRegex(@"\.(raw|qcow2|vmdk)$", RegexOptions.CultureInvariant)]
    private static partial Regex FileVolumeExtension();
}
