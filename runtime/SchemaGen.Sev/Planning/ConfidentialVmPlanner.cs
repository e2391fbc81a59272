using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using SchemaGen.Tdx;

namespace SchemaGen.Sev;

/// <summary>
/// Turns a <see cref="ConfidentialVmRequest"/> into a <see cref="ConfidentialVmPlan"/>: runs every
/// check, collects every error and warning instead of stopping at the first, and builds the QEMU
/// arguments qemu-server 9 would build for the confidential part of the VM (AMD SEV or Intel TDX).
/// </summary>
public static class ConfidentialVmPlanner
{
    /// <summary>The machine flag that ties the machine to the SEV object.</summary>
    public const string ConfidentialGuestSupportFlag = "confidential-guest-support=" + SevGuestObject.DefaultId;

    /// <summary>qemu-server's warning for an efidisk on a VM with one consolidated firmware image (SEV-SNP, TDX).</summary>
    public const string EfiDiskIgnoredForSnp = "EFI disks are not supported with Confidential Virtual Machines and will be ignored";

    /// <summary>qemu-server's warning for an SEV or SEV-ES VM without an efidisk.</summary>
    public const string NoEfiDisk = "no efidisk configured! Using temporary efivars disk.";

    /// <summary>qemu-server's error for an efidisk given as a path without a format.</summary>
    public const string EfiDiskFormatMissing = "efidisk format must be specified";

    /// <summary>The error for a VM with neither <c>amd-sev</c> nor <c>intel-tdx</c>.</summary>
    public const string NotConfidential = "The VM has neither amd-sev nor intel-tdx: it is not a confidential VM.";

    /// <summary>Our refusal of a VM with both <c>amd-sev</c> and <c>intel-tdx</c> (qemu-server silently uses amd-sev;
    /// docs/decisions/0012).</summary>
    public const string BothAmdSevAndIntelTdx =
        "The VM has both amd-sev and intel-tdx: a VM is either an AMD SEV or an Intel TDX guest. "
        + "Remove the one this host's CPU does not have (qemu-server would silently use amd-sev).";

    /// <summary>Plans the VM. Never throws for a configuration problem: those are the plan's errors.</summary>
    /// <param name="request">The VM and the host.</param>
    public static ConfidentialVmPlan Plan(ConfidentialVmRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var diagnostics = new List<SevDiagnostic>();
        if (request.AmdSev is not null && request.IntelTdx is not null)
        {
            diagnostics.Add(SevDiagnostic.Error(BothAmdSevAndIntelTdx));
            return new ConfidentialVmPlan(request, diagnostics, null, null, null, null, null);
        }

        if (request.IntelTdx is { } intelTdx)
        {
            return PlanTdx(request, intelTdx, diagnostics);
        }

        if (request.AmdSev is not { } amdSev)
        {
            diagnostics.Add(SevDiagnostic.Error(NotConfidential));
            return new ConfidentialVmPlan(request, diagnostics, null, null, null, null, null);
        }

        diagnostics.AddRange(amdSev.GetIgnoredSettingWarnings());
        if (request.Architecture != GuestArchitecture.X86_64)
        {
            diagnostics.Add(SevDiagnostic.Error($"AMD SEV needs an x86_64 VM, but arch is {request.Architecture.ToPveName()}"));
            return new ConfidentialVmPlan(request, diagnostics, null, null, null, null, null);
        }

        if (!SevGuestObject.TryCreate(amdSev, request.Host, request.Bios, out var guestObject, out string? hostError))
        {
            diagnostics.Add(SevDiagnostic.Error(hostError));
        }
        else
        {
            diagnostics.AddRange(guestObject.ValidatePolicy());
        }

        var options = new List<QemuOption>();
        var leadingFlags = new List<string>();
        OvmfFirmware? firmware = null;
        string? varsPath = null;

        // Without OVMF there is no firmware to choose; the host check above already says so.
        if (IsOvmf(request))
        {
            var selection = OvmfSelection.For(request.EfiDisk, request.Architecture, request.Q35, amdSev.Type);
            firmware = amdSev.Type == SevType.Snp
                ? PlanConsolidatedFirmware(request, selection, diagnostics, options)
                : PlanPflashFirmware(request, selection, diagnostics, options, leadingFlags, out varsPath);
        }

        ConfidentialQemuArguments? arguments = null;
        if (guestObject is not null)
        {
            options.Add(new QemuOption("-object", guestObject.ToString()));
            arguments = new ConfidentialQemuArguments(options, [ConfidentialGuestSupportFlag], leadingFlags);
        }

        return new ConfidentialVmPlan(request, diagnostics, guestObject, null, firmware, varsPath, arguments);
    }

    // Intel TDX: qemu-server's checks, one consolidated image with -bios, the tdx-guest object as JSON.
    private static ConfidentialVmPlan PlanTdx(ConfidentialVmRequest request, IntelTdxOptions intelTdx, List<SevDiagnostic> diagnostics)
    {
        if (request.Architecture != GuestArchitecture.X86_64)
        {
            diagnostics.Add(SevDiagnostic.Error($"Intel TDX needs an x86_64 VM, but arch is {request.Architecture.ToPveName()}"));
            return new ConfidentialVmPlan(request, diagnostics, null, null, null, null, null);
        }

        if (!TdxGuestObject.TryCreate(intelTdx, request.TdxHost, request.Bios, out var guestObject, out string? error))
        {
            diagnostics.Add(SevDiagnostic.Error(error));
        }

        var options = new List<QemuOption>();
        OvmfFirmware? firmware = null;
        if (IsOvmf(request))
        {
            var selection = OvmfSelection.For(request.EfiDisk, request.Architecture, request.Q35) with { IntelTdx = true };
            firmware = PlanConsolidatedFirmware(request, selection, diagnostics, options);
        }

        ConfidentialQemuArguments? arguments = null;
        if (guestObject is not null)
        {
            options.Add(new QemuOption("-object", guestObject.ToString()));
            arguments = new ConfidentialQemuArguments(options, TdxGuestObject.MachineFlags);
        }

        return new ConfidentialVmPlan(request, diagnostics, null, guestObject, firmware, null, arguments);
    }

    private static bool IsOvmf(ConfidentialVmRequest request) => string.Equals(request.Bios, "ovmf", StringComparison.Ordinal);

    // SEV-SNP and TDX: one read-only image loaded with -bios, no pflash and so no efidisk.
    private static OvmfFirmware? PlanConsolidatedFirmware(ConfidentialVmRequest request, OvmfSelection selection,
        List<SevDiagnostic> diagnostics, List<QemuOption> options)
    {
        if (request.EfiDisk is not null)
        {
            diagnostics.Add(SevDiagnostic.Warning(EfiDiskIgnoredForSnp));
        }

        if (!request.Firmware.TrySelect(selection, out var firmware, out string? error))
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

    // SEV and SEV-ES: the 4m-sev code image read-only, the variable store writable; as -drive if=pflash
    // before machine version 10.0, as qemu-server's -blockdev nodes from 10.0 on.
    private static OvmfFirmware? PlanPflashFirmware(ConfidentialVmRequest request, OvmfSelection selection, List<SevDiagnostic> diagnostics,
        List<QemuOption> options, List<string> leadingFlags, out string? varsPath)
    {
        varsPath = null;
        if (!request.Firmware.TrySelect(selection, out var firmware, out string? error))
        {
            diagnostics.Add(SevDiagnostic.Error(error));
            return null;
        }

        string format;
        string volumeId;
        if (request.EfiDisk is { } efiDisk)
        {
            if (!TryResolveEfiDisk(request, efiDisk, out varsPath, out format, out error))
            {
                diagnostics.Add(SevDiagnostic.Error(error));
                return firmware;
            }

            volumeId = efiDisk.Volume;
        }
        else
        {
            diagnostics.Add(SevDiagnostic.Warning(NoEfiDisk));
            varsPath = request.TemporaryVarsPath
                ?? Path.Combine(Path.GetTempPath(), (request.VmId?.ToString(CultureInfo.InvariantCulture) ?? "sev-launch") + "-ovmf.fd");
            format = "raw";
            volumeId = varsPath;
        }

        if (request.UsesBlockdevFirmware)
        {
            // JSON carries any character but these; commas need no doubling.
            if (!QemuOptionValue.TryCheck(firmware.CodePath, "The OVMF code image path", out error)
                || !QemuOptionValue.TryCheck(varsPath, "The EFI vars path", out error))
            {
                diagnostics.Add(SevDiagnostic.Error(error));
                return firmware;
            }

            options.Add(new QemuOption("-object", OvmfBlockdev.ThrottleGroupObject()));
            options.Add(new QemuOption("-blockdev", OvmfBlockdev.CodeNode(firmware.CodePath)));
            options.Add(new QemuOption("-blockdev", OvmfBlockdev.VarsNode(volumeId, varsPath, format, firmware.VarsTemplateSize)));
            leadingFlags.AddRange(OvmfBlockdev.MachineFlags);
            return firmware;
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

    private static bool TryResolveEfiDisk(ConfidentialVmRequest request, EfiDisk efiDisk, out string path, out string format,
        [NotNullWhen(false)] out string? error)
    {
        bool isVolumeId = EfiDiskVolumes.IsVolumeId(efiDisk.Volume);
        path = request.EfiDiskPath ?? (isVolumeId ? string.Empty : efiDisk.Volume);
        format = efiDisk.Format ?? string.Empty;
        error = null;
        if (path.Length == 0)
        {
            error = $"efidisk0: cannot tell where volume '{efiDisk.Volume}' is on this host; give its path " +
                $"(as 'pvesm path {efiDisk.Volume}' prints it)";
            return false;
        }

        if (format.Length == 0)
        {
            if (!isVolumeId)
            {
                error = EfiDiskFormatMissing;
                return false;
            }

            format = EfiDiskVolumes.FormatOfVolume(efiDisk.Volume);
        }

        return true;
    }
}
