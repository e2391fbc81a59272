using SchemaGen.Tdx;

namespace SchemaGen.Sev;

/// <summary>
/// What starting a confidential VM takes, or why it cannot start: every error and warning (a
/// launcher's <c>check</c>), and when there is no error the SEV object, the firmware and the QEMU
/// arguments (its <c>showcmd</c> and <c>start</c>). Made by <see cref="ConfidentialVmPlanner.Plan"/>.
/// </summary>
public sealed class ConfidentialVmPlan
{
    internal ConfidentialVmPlan(
        ConfidentialVmRequest request,
        IReadOnlyList<SevDiagnostic> diagnostics,
        SevGuestObject? guestObject,
        TdxGuestObject? tdxGuestObject,
        OvmfFirmware? firmware,
        string? varsPath,
        ConfidentialQemuArguments? arguments)
    {
        Request = request;
        Diagnostics = diagnostics;
        Errors = [.. diagnostics.Where(d => d.IsError)];
        Warnings = [.. diagnostics.Where(d => !d.IsError)];
        GuestObject = guestObject;
        TdxGuestObject = tdxGuestObject;
        Firmware = firmware;
        VarsPath = varsPath;
        Arguments = Errors.Count == 0 ? arguments : null;
    }

    /// <summary>What the plan was made for.</summary>
    public ConfidentialVmRequest Request { get; }

    /// <summary>Every error and warning, in the order they were found.</summary>
    public IReadOnlyList<SevDiagnostic> Diagnostics { get; }

    /// <summary>The errors: the VM cannot start while there is one.</summary>
    public IReadOnlyList<SevDiagnostic> Errors { get; }

    /// <summary>The warnings: the VM starts, but something is ignored or may be refused by the host.</summary>
    public IReadOnlyList<SevDiagnostic> Warnings { get; }

    /// <summary>Whether the VM can start (there is no error).</summary>
    public bool CanStart => Errors.Count == 0;

    /// <summary>The SEV object, when the host and the VM passed qemu-server's checks.</summary>
    public SevGuestObject? GuestObject { get; }

    /// <summary>The TDX object, when the host and the VM passed qemu-server's checks for <c>intel-tdx</c>.</summary>
    public TdxGuestObject? TdxGuestObject { get; }

    /// <summary>The firmware images, when they were found.</summary>
    public OvmfFirmware? Firmware { get; }

    /// <summary>The variable store QEMU writes (pflash unit 1) for SEV and SEV-ES; <see langword="null"/> for SEV-SNP and TDX.</summary>
    public string? VarsPath { get; }

    /// <summary>
    /// Whether <see cref="VarsPath"/> is a temporary copy the launcher must make from
    /// <see cref="OvmfFirmware.VarsTemplatePath"/> before it starts QEMU (the VM has no efidisk).
    /// </summary>
    public bool NeedsTemporaryVars => VarsPath is not null && Request.EfiDisk is null;

    /// <summary>The QEMU arguments; <see langword="null"/> when there is an error.</summary>
    public ConfidentialQemuArguments? Arguments { get; }

    /// <summary>Throws the first error, as qemu-server stops at the first.</summary>
    /// <exception cref="SevConfigurationException">There is an error; the message is its text.</exception>
    public void ThrowIfCannotStart()
    {
        if (Errors.Count > 0)
        {
            throw new SevConfigurationException(Errors[0].Message);
        }
    }
}
