using System.Diagnostics.CodeAnalysis;

namespace SchemaGen.Sev;

/// <summary>
/// Turns a <see cref="ConfidentialVmRequest"/> into a <see cref="ConfidentialVmPlan"/>: runs every
/// check, collects every error and warning instead of stopping at the first, and builds the QEMU
/// arguments qemu-server 9 would build for the confidential part of the VM.
/// </summary>
public static class ConfidentialVmPlanner
{
    /// <summary>The machine flag that ties the machine to the SEV object.</summary>
    public const string ConfidentialGuestSupportFlag = "confidential-guest-support=" + SevGuestObject.DefaultId;

    /// <summary>qemu-server's warning for an efidisk on an SEV-SNP VM.</summary>
    public const string EfiDiskIgnoredForSnp = "EFI disks are not supported with Confidential Virtual Machines and will be ignored";

    /// <summary>qemu-server's warning for an SEV or SEV-ES VM without an efidisk.</summary>
    public const string NoEfiDisk = "no efidisk configured! Using temporary efivars disk.";

    /// <summary>qemu-server's error for an efidisk given as a path without a format.</summary>
    public const string EfiDiskFormatMissing = "efidisk format must be specified";

    /// <summary>Plans the VM. Never throws for a configuration problem: those are the plan's errors.</summary>
    /// <param name="request">The VM and the host.</param>
    public static ConfidentialVmPlan Plan(ConfidentialVmRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var diagnostics = new List<SevDiagnostic>(request.AmdSev.GetIgnoredSettingWarnings());

        if (request.Architecture != GuestArchitecture.X86_64)
        {
            diagnostics.Add(SevDiagnostic.Error($"AMD SEV needs an x86_64 VM, but arch is {request.Architecture.ToPveName()}"));
            return new ConfidentialVmPlan(request, diagnostics, null, null, null, null);
        }

        if (!SevGuestObject.TryCreate(request.AmdSev, request.Host, request.Bios, out var guestObject, out string? hostError))
        {
            diagnostics.Add(SevDiagnostic.Error(hostError));
        }
        else
        {
            diagnostics.AddRange(guestObject.ValidatePolicy());
        }

        var options = new List<QemuOption>();
        OvmfFirmware? firmware = null;
        string? varsPath = null;

        // Without OVMF there is no firmware to choose; the host check above already says so.
        if (string.Equals(request.Bios, "ovmf", StringComparison.Ordinal))
        {
            firmware = request.AmdSev.Type == SevType.Snp
                ? PlanConsolidatedFirmware(request, diagnostics, options)
                : PlanPflashFirmware(request, diagnostics, options, out varsPath);
        }

        ConfidentialQemuArguments? arguments = null;
        if (guestObject is not null)
        {
            options.Add(new QemuOption("-object", guestObject.ToString()));
            arguments = new ConfidentialQemuArguments(options, [ConfidentialGuestSupportFlag]);
        }

        return new ConfidentialVmPlan(request, diagnostics, guestObject, firmware, varsPath, arguments);
    }

    // SEV-SNP: one read-only image loaded with -bios, no pflash and so no efidisk.
    private static OvmfFirmware? PlanConsolidatedFirmware(ConfidentialVmRequest request, List<SevDiagnostic> diagnostics,
        List<QemuOption> options)
    {
        if (request.EfiDisk is not null)
        {
            diagnostics.Add(SevDiagnostic.Warning(EfiDiskIgnoredForSnp));
        }

        if (!request.Firmware.TrySelect(Selection(request), out var firmware, out string? error))
        {
            diagnostics.Add(SevDiagnostic.Error(error));
            return null;
        }

        // -bios takes the file name whole (commas included), so it is checked, not escaped.
        if (!QemuOptionValue.TryCheck(firmware.CodePath, "The OVMF image path", out error))
        {
            diagnostics.Add(SevDiagnostic.Error(error));
            return firmware;
        }

        options.Add(new QemuOption("-bios", firmware.CodePath));
        return firmware;
    }

    // SEV and SEV-ES: the 4m-sev code image as read-only pflash unit 0, the variable store as unit 1.
    private static OvmfFirmware? PlanPflashFirmware(ConfidentialVmRequest request, List<SevDiagnostic> diagnostics,
        List<QemuOption> options, out string? varsPath)
    {
        varsPath = null;
        if (!request.Firmware.TrySelect(Selection(request), out var firmware, out string? error))
        {
            diagnostics.Add(SevDiagnostic.Error(error));
            return null;
        }

        string format;
        if (request.EfiDisk is { } efiDisk)
        {
            if (!TryResolveEfiDisk(request, efiDisk, out varsPath, out format, out error))
            {
                diagnostics.Add(SevDiagnostic.Error(error));
                return firmware;
            }
        }
        else
        {
            diagnostics.Add(SevDiagnostic.Warning(NoEfiDisk));
            varsPath = request.TemporaryVarsPath
                ?? Path.Combine(Path.GetTempPath(), (request.VmId?.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    ?? "sev-launch") + "-ovmf.fd");
            format = "raw";
        }

        bool codeOk = QemuOptionValue.TryEscape(firmware.CodePath, "The OVMF code image path", out string? code, out string? codeError);
        bool varsOk = QemuOptionValue.TryEscape(varsPath, "The EFI vars path", out string? vars, out string? varsError);
        if (!codeOk || !varsOk)
        {
            diagnostics.Add(SevDiagnostic.Error((codeError ?? varsError)!));
            return firmware;
        }

        options.Add(new QemuOption("-drive", $"if=pflash,unit=0,format=raw,readonly=on,file={code}"));
        options.Add(new QemuOption("-drive", $"if=pflash,unit=1,id=drive-efidisk0,format={format},file={vars}"));
        return firmware;
    }

    private static OvmfSelection Selection(ConfidentialVmRequest request) =>
        OvmfSelection.For(request.EfiDisk, request.Architecture, request.Q35, request.AmdSev.Type);

    private static bool TryResolveEfiDisk(ConfidentialVmRequest request, EfiDiskOptions efiDisk, out string path, out string format,
        [NotNullWhen(false)] out string? error)
    {
        bool isVolumeId = EfiDiskVolumes.IsVolumeId(efiDisk.File);
        path = request.EfiDiskPath ?? (isVolumeId ? string.Empty : efiDisk.File);
        format = efiDisk.Format is { } given ? EfiDiskVolumes.FormatName(given) : string.Empty;
        error = null;
        if (path.Length == 0)
        {
            error = $"efidisk0: cannot tell where volume '{efiDisk.File}' is on this host; give its path (as 'pvesm path {efiDisk.File}' " +
                "prints it)";
            return false;
        }

        if (format.Length == 0)
        {
            if (!isVolumeId)
            {
                error = EfiDiskFormatMissing;
                return false;
            }

            format = EfiDiskVolumes.FormatOfVolume(efiDisk.File);
        }

        return true;
    }
}
