using System.Text.RegularExpressions;
using SchemaGen.Proxmox;
using SevLauncher.Qemu;

namespace SevLauncher.Vm;

/// <summary>
/// The QEMU machine version qemu-server decides the SEV firmware form by (10.0 and later: <c>-blockdev</c>),
/// and where it came from: a version the config's <c>machine</c> pins (<c>pc-q35-9.2+pve1</c>), else
/// <c>--qemu-version</c>, else the output of <c>QEMU --version</c> for the QEMU <c>start</c> would run.
/// </summary>
internal static partial class MachineVersionSource
{
    /// <summary>Finds the version; <paramref name="description"/> says where from, for the output.</summary>
    public static Version? Resolve(QemuConfigSection config, VmInputs inputs, LauncherEnvironment environment, out string description)
    {
        if (config["machine"] is { } machine && PinnedMachine().Match(machine) is { Success: true } pinned)
        {
            var version = QemuVersion.ParseNumber(pinned.Groups[1].Value)!;
            description = $"machine version {version} (from the config's machine: {machine})";
            return version;
        }

        if (inputs.QemuVersion is { } given)
        {
            description = $"QEMU {given} (from --qemu-version)";
            return given;
        }

        if (QemuVersion.Parse(environment.QemuVersionOutput(inputs.Qemu)) is { } found)
        {
            description = $"QEMU {found} (from '{inputs.Qemu} --version')";
            return found;
        }

        description = $"QEMU version unknown ('{inputs.Qemu} --version' did not run): "
            + "the firmware form before QEMU 10.0 (-drive if=pflash); pass --qemu-version";
        return null;
    }

    // qemu-server's versioned machine types: pc-i440fx-9.2, pc-q35-10.0+pve1, pc-9.2, q35 variants.
    [GeneratedRegex(@"^(?:type=)?(?:pc|pc-i440fx|pc-q35)-(\d+\.\d+)(?:\+pve\d+)?(?:,|$)", RegexOptions.CultureInvariant)]
    private static partial Regex PinnedMachine();
}
