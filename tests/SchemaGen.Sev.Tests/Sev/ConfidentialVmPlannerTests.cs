using SchemaGen.Proxmox;
using SchemaGen.Sev;

namespace SchemaGen.Sev.Tests.Sev;

/// <summary>The plan a launcher's check/showcmd/start use: every error and warning, and the QEMU arguments.</summary>
public sealed class ConfidentialVmPlannerTests
{
    private const string VarsDisk = "/var/lib/vz/images/100/vm-100-disk-0.raw";

    private static ConfidentialVmRequest Request(string amdSev, string? efiDisk = null, string? bios = "ovmf", OvmfCatalog? firmware = null)
        => new()
        {
            AmdSev = AmdSevOptions.Parse(amdSev),
            Host = SevTestData.ReferenceHost,
            Bios = bios,
            EfiDisk = efiDisk is null ? null : EfiDiskDrive.Parse(efiDisk).ToEfiDisk(),
            EfiDiskPath = efiDisk is not null && EfiDiskVolumes.IsVolumeId(EfiDiskDrive.Parse(efiDisk).File) ? VarsDisk : null,
            TemporaryVarsPath = "/tmp/100-ovmf.fd",
            Firmware = firmware ?? new OvmfCatalog(fileExists: _ => true),
        };

    [Fact]
    public void Std_with_efidisk_uses_sev_pflash_pair()
    {
        var plan = ConfidentialVmPlanner.Plan(Request("std", "local:100/vm-100-disk-0.raw,efitype=4m,pre-enrolled-keys=1"));

        Assert.True(plan.CanStart);
        Assert.Empty(plan.Diagnostics);
        Assert.Equal(
            [
                "-drive", "if=pflash,unit=0,format=raw,readonly=on,file=/usr/share/pve-edk2-firmware//OVMF_SEV_CODE_4M.fd",
                "-drive", $"if=pflash,unit=1,id=drive-efidisk0,format=raw,file={VarsDisk}",
                "-object", "sev-guest,id=sev0,cbitpos=51,reduced-phys-bits=6,policy=0x8",
                "-machine", "type=q35,confidential-guest-support=sev0",
            ],
            plan.Arguments!.ToArgv("type=q35"));
        Assert.Equal("4m-sev", plan.Firmware!.ImageSet.Name);
        Assert.Equal(VarsDisk, plan.VarsPath);
        Assert.False(plan.NeedsTemporaryVars);
    }

    [Fact]
    public void Snp_uses_bios_and_no_pflash()
    {
        var plan = ConfidentialVmPlanner.Plan(Request("snp"));

        Assert.True(plan.CanStart);
        Assert.Equal(
            ["-bios", "/usr/share/pve-edk2-firmware//OVMF_SEV_4M.fd", "-object",
                "sev-snp-guest,id=sev0,cbitpos=51,reduced-phys-bits=6,policy=0xb0000", "-machine", "confidential-guest-support=sev0"],
            plan.Arguments!.ToArgv());
        Assert.DoesNotContain(plan.Arguments.ToArgv(), a => a.Contains("pflash", StringComparison.Ordinal));
        Assert.Null(plan.VarsPath);
    }

    [Fact]
    public void Snp_with_efidisk_warns_and_ignores_it()
    {
        var plan = ConfidentialVmPlanner.Plan(Request("snp", "local:100/vm-100-disk-0.raw,efitype=4m"));

        Assert.True(plan.CanStart);
        Assert.Equal([SevDiagnostic.Warning("EFI disks are not supported with Confidential Virtual Machines and will be ignored")],
            plan.Diagnostics);
        Assert.Equal(["-bios", "-object"], plan.Arguments!.Options.Select(o => o.Name));
    }

    [Fact]
    public void Es_without_efidisk_uses_a_temporary_copy_with_pves_warning()
    {
        var plan = ConfidentialVmPlanner.Plan(Request("es"));

        Assert.Equal([SevDiagnostic.Warning("no efidisk configured! Using temporary efivars disk.")], plan.Diagnostics);
        Assert.True(plan.NeedsTemporaryVars);
        Assert.Equal("/usr/share/pve-edk2-firmware//OVMF_SEV_VARS_4M.fd", plan.Firmware!.VarsTemplatePath);
        Assert.Equal("if=pflash,unit=1,id=drive-efidisk0,format=raw,file=/tmp/100-ovmf.fd", plan.Arguments!.Options[1].Value);
    }

    [Fact]
    public void Temporary_vars_default_to_the_vm_id_under_the_temp_folder()
    {
        var plan = ConfidentialVmPlanner.Plan(Request("std") with { TemporaryVarsPath = null, VmId = 8006 });

        Assert.Equal(Path.Combine(Path.GetTempPath(), "8006-ovmf.fd"), plan.VarsPath);
    }

    [Theory]
    [InlineData("/dev/zvol/rpool/vm-100-disk-9,format=qcow2", "/dev/zvol/rpool/vm-100-disk-9", "qcow2")]
    [InlineData("local:100/vm-100-disk-0.qcow2", VarsDisk, "qcow2")]
    [InlineData("local-lvm:vm-100-disk-0", VarsDisk, "raw")]
    public void Efidisk_path_and_format_are_resolved(string efiDisk, string path, string format)
    {
        var plan = ConfidentialVmPlanner.Plan(Request("std", efiDisk));

        Assert.Equal($"if=pflash,unit=1,id=drive-efidisk0,format={format},file={path}", plan.Arguments!.Options[1].Value);
    }

    [Fact]
    public void Efidisk_path_without_format_is_pves_error()
    {
        var plan = ConfidentialVmPlanner.Plan(Request("std", "/dev/zvol/rpool/vm-100-disk-9"));

        Assert.Equal([SevDiagnostic.Error("efidisk format must be specified")], plan.Errors);
        Assert.Null(plan.Arguments);
    }

    [Fact]
    public void Efidisk_volume_without_a_path_is_an_error()
    {
        var plan = ConfidentialVmPlanner.Plan(Request("std", "local:100/vm-100-disk-0.raw") with { EfiDiskPath = null });

        var error = Assert.Single(plan.Errors);
        Assert.StartsWith("efidisk0: cannot tell where volume 'local:100/vm-100-disk-0.raw' is on this host", error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Host_refusal_is_collected_with_the_other_findings()
    {
        var request = Request("snp,no-key-sharing=1", "local:x") with { Host = SevTestData.ReferenceHost with { SevSupportSnp = false } };

        var plan = ConfidentialVmPlanner.Plan(request);

        Assert.Equal(
            [
                SevDiagnostic.Warning(AmdSevOptionsExtensions.NoKeySharingIgnoredForSnp),
                SevDiagnostic.Error("Your CPU does not support AMD SEV-SNP."),
                SevDiagnostic.Warning("EFI disks are not supported with Confidential Virtual Machines and will be ignored"),
            ],
            plan.Diagnostics);
        Assert.False(plan.CanStart);
        Assert.Null(plan.GuestObject);
        Assert.Null(plan.Arguments);
        var exception = Assert.Throws<SevConfigurationException>(plan.ThrowIfCannotStart);
        Assert.Equal("Your CPU does not support AMD SEV-SNP.", exception.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("seabios")]
    public void Without_ovmf_only_the_bios_error_is_given(string? bios)
    {
        var plan = ConfidentialVmPlanner.Plan(Request("std", bios: bios));

        Assert.Equal([SevDiagnostic.Error("To use AMD SEV, you need to change the BIOS to OVMF.")], plan.Diagnostics);
        Assert.Null(plan.Firmware);
    }

    [Theory]
    [InlineData("std", "EFI base image '/fw/OVMF_SEV_CODE_4M.fd' not found")]
    [InlineData("snp", "EFI base image '/fw/OVMF_SEV_4M.fd' not found")]
    public void Missing_firmware_is_an_error(string amdSev, string message)
    {
        var plan = ConfidentialVmPlanner.Plan(Request(amdSev, firmware: new OvmfCatalog("/fw", _ => false)));

        Assert.Equal([SevDiagnostic.Error(message)], plan.Errors);
        Assert.NotNull(plan.GuestObject);
        Assert.Null(plan.Arguments);
    }

    [Fact]
    public void Missing_vars_template_is_an_error()
    {
        var plan = ConfidentialVmPlanner.Plan(Request("es", firmware: new OvmfCatalog("/fw",
            p => p.EndsWith("CODE_4M.fd", StringComparison.Ordinal))));

        Assert.Equal([SevDiagnostic.Error("EFI vars image '/fw/OVMF_SEV_VARS_4M.fd' not found")], plan.Errors);
    }

    [Fact]
    public void Snp_without_smt_warns_but_starts()
    {
        var plan = ConfidentialVmPlanner.Plan(Request("snp,allow-smt=0"));

        Assert.True(plan.CanStart);
        var warning = Assert.Single(plan.Warnings);
        Assert.Contains("Linux 6.11's KVM refuses", warning.Message, StringComparison.Ordinal);
        Assert.Equal("sev-snp-guest,id=sev0,cbitpos=51,reduced-phys-bits=6,policy=0xa0000", plan.Arguments!.Options[^1].Value);
    }

    [Fact]
    public void Aarch64_is_refused()
    {
        var plan = ConfidentialVmPlanner.Plan(Request("std") with { Architecture = GuestArchitecture.Aarch64 });

        Assert.Equal([SevDiagnostic.Error("AMD SEV needs an x86_64 VM, but arch is aarch64")], plan.Diagnostics);
    }

    [Fact]
    public void Commas_in_pflash_paths_are_doubled()
    {
        // An efidisk value cannot hold a comma itself (it is a property string), but its resolved path can.
        var request = Request("std", "local:100/vm-100-disk-0.raw", firmware: new OvmfCatalog("/srv/fw,sev",
            _ => true)) with
        { EfiDiskPath = "/srv/vm,100/vars.raw" };

        var plan = ConfidentialVmPlanner.Plan(request);

        Assert.Equal("if=pflash,unit=0,format=raw,readonly=on,file=/srv/fw,,sev/OVMF_SEV_CODE_4M.fd", plan.Arguments!.Options[0].Value);
        Assert.Equal("if=pflash,unit=1,id=drive-efidisk0,format=raw,file=/srv/vm,,100/vars.raw", plan.Arguments.Options[1].Value);
        // The plan's own paths stay as they are on disk.
        Assert.Equal("/srv/vm,100/vars.raw", plan.VarsPath);
    }

    [Fact]
    public void Bios_path_keeps_its_comma()
    {
        var plan = ConfidentialVmPlanner.Plan(Request("snp", firmware: new OvmfCatalog("/srv/fw,sev", _ => true)));

        // -bios takes a file name, not an option string: QEMU would look for ",," literally.
        Assert.Equal(new QemuOption("-bios", "/srv/fw,sev/OVMF_SEV_4M.fd"), plan.Arguments!.Options[0]);
    }

    [Theory]
    [InlineData("/srv/fw\nx", "std",
        "The OVMF code image path '/srv/fw\\nx/OVMF_SEV_CODE_4M.fd' contains a line feed, which cannot be passed to QEMU")]
    [InlineData("/srv/fw\0x", "snp",
        "The OVMF image path '/srv/fw\\0x/OVMF_SEV_4M.fd' contains a NUL character, which cannot be passed to QEMU")]
    public void Nul_or_line_break_in_a_firmware_path_is_an_error(string root, string amdSev, string message)
    {
        var plan = ConfidentialVmPlanner.Plan(Request(amdSev, firmware: new OvmfCatalog(root, _ => true)));

        Assert.Equal([SevDiagnostic.Error(message)], plan.Errors);
        Assert.Null(plan.Arguments);
    }

    [Fact]
    public void Line_break_in_the_vars_path_is_an_error()
    {
        var plan = ConfidentialVmPlanner.Plan(Request("std") with { TemporaryVarsPath = "/tmp/a\nb" });

        Assert.Contains(SevDiagnostic.Error("The EFI vars path '/tmp/a\\nb' contains a line feed, which cannot be passed to QEMU"),
            plan.Errors);
    }

    [Fact]
    public void Printable_form_quotes_like_qemu_server()
    {
        var plan = ConfidentialVmPlanner.Plan(Request("snp"));

        Assert.Equal(
            "-bios /usr/share/pve-edk2-firmware//OVMF_SEV_4M.fd -object " +
                "'sev-snp-guest,id=sev0,cbitpos=51,reduced-phys-bits=6,policy=0xb0000' -machine 'type=pc,confidential-guest-support=sev0'",
            plan.Arguments!.ToPrintable("type=pc"));
        Assert.Equal(
            ["-bios /usr/share/pve-edk2-firmware//OVMF_SEV_4M.fd",
                "-object 'sev-snp-guest,id=sev0,cbitpos=51,reduced-phys-bits=6,policy=0xb0000'",
                "-machine 'confidential-guest-support=sev0'"],
            plan.Arguments.ToPrintableLines());
    }
}
