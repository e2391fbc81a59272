using SchemaGen.Sev;

namespace SchemaGen.Sev.Tests.Sev;

/// <summary>The OVMF table, the choice of a row, the firmware root and the missing-file errors.</summary>
public sealed class OvmfCatalogTests
{
    private static readonly OvmfCatalog Everywhere = new(fileExists: _ => true);

    [Fact]
    public void X86_64_table_is_qemu_servers()
    {
        Assert.Equal(
            [
                ("4m-no-smm", "OVMF_CODE_4M.fd", "OVMF_VARS_4M.fd"),
                ("4m-no-smm-ms", "OVMF_CODE_4M.fd", "OVMF_VARS_4M.ms.fd"),
                ("4m", "OVMF_CODE_4M.secboot.fd", "OVMF_VARS_4M.fd"),
                ("4m-ms", "OVMF_CODE_4M.secboot.fd", "OVMF_VARS_4M.ms.fd"),
                ("4m-sev", "OVMF_SEV_CODE_4M.fd", "OVMF_SEV_VARS_4M.fd"),
                ("4m-snp", "OVMF_SEV_4M.fd", null),
                ("4m-tdx", "OVMF_TDX_4M.ms.fd", null),
                ("default", "OVMF_CODE.fd", "OVMF_VARS.fd"),
            ],
            OvmfImageTable.X86_64.Select(row => (row.Name, row.CodeFile, row.VarsFile)));
    }

    [Fact]
    public void Aarch64_table_has_default_and_ms()
    {
        Assert.Equal(
            [("default", "AAVMF_CODE.fd", "AAVMF_VARS.fd"), ("ms", "AAVMF_CODE.secboot.fd", "AAVMF_VARS.ms.fd")],
            OvmfImageTable.Aarch64.Select(row => (row.Name, row.CodeFile, row.VarsFile)));
    }

    [Fact]
    public void Only_the_snp_and_tdx_rows_are_consolidated()
    {
        Assert.Equal(["4m-snp", "4m-tdx"], OvmfImageTable.X86_64.Concat(OvmfImageTable.Aarch64).Where(r => r.IsConsolidated).Select(r
            => r.Name));
    }

    [Theory]
    // Confidential VMs ignore the efidisk's type and keys.
    [InlineData(SevType.Std, EfiType.Size2M, false, false, "4m-sev")]
    [InlineData(SevType.Es, EfiType.Size4M, true, true, "4m-sev")]
    [InlineData(SevType.Snp, EfiType.Size4M, true, true, "4m-snp")]
    [InlineData(SevType.Snp, null, false, false, "4m-snp")]
    [InlineData(null, EfiType.Size4M, false, false, "4m-no-smm")]
    [InlineData(null, EfiType.Size4M, true, false, "4m-no-smm-ms")]
    [InlineData(null, EfiType.Size4M, false, true, "4m")]
    [InlineData(null, EfiType.Size4M, true, true, "4m-ms")]
    [InlineData(null, EfiType.Size2M, true, true, "default")]
    [InlineData(null, null, true, true, "default")]
    public void X86_64_choice_matches_qemu_server(SevType? confidential, EfiType? efiType, bool keys, bool smm, string row)
    {
        var selection = new OvmfSelection { ConfidentialType = confidential, EfiType = efiType, PreEnrolledKeys = keys, Smm = smm };

        Assert.Equal(row, OvmfImageTable.Choose(selection).Name);
    }

    [Theory]
    [InlineData(false, "default")]
    [InlineData(true, "ms")]
    public void Aarch64_choice_follows_pre_enrolled_keys(bool keys, string row)
    {
        var selection = new OvmfSelection
        {
            Architecture = GuestArchitecture.Aarch64,
            EfiType = EfiType.Size4M,
            PreEnrolledKeys = keys,
            Smm = true
        };

        Assert.Equal(row, OvmfImageTable.Choose(selection).Name);
    }

    [Fact]
    public void Selection_from_an_efidisk_takes_its_type_and_keys()
    {
        var efiDisk = new EfiDisk("local:100/vm-100-disk-0.raw", null, EfiType.Size4M, PreEnrolledKeys: true);
        var selection = OvmfSelection.For(efiDisk, smm: true);

        Assert.Equal(EfiType.Size4M, selection.EfiType);
        Assert.True(selection.PreEnrolledKeys);
        Assert.Equal("4m-ms", OvmfImageTable.Choose(selection).Name);
        Assert.Null(OvmfSelection.For(null).EfiType);
    }

    [Fact]
    public void Default_root_joins_like_qemu_server()
    {
        var firmware = Everywhere.Select(new OvmfSelection { ConfidentialType = SevType.Snp });

        Assert.Equal("/usr/share/pve-edk2-firmware//OVMF_SEV_4M.fd", firmware.CodePath);
        Assert.Null(firmware.VarsTemplatePath);
        Assert.True(firmware.UsesBiosOption);
    }

    [Fact]
    public void Root_is_configurable()
    {
        var catalog = new OvmfCatalog("/usr/share/OVMF", _ => true);

        var firmware = catalog.Select(new OvmfSelection { EfiType = EfiType.Size4M, Smm = true, PreEnrolledKeys = true });

        Assert.Equal("/usr/share/OVMF/OVMF_CODE_4M.secboot.fd", firmware.CodePath);
        Assert.Equal("/usr/share/OVMF/OVMF_VARS_4M.ms.fd", firmware.VarsTemplatePath);
        Assert.False(firmware.UsesBiosOption);
    }

    [Fact]
    public void Missing_code_image_is_reported_first()
    {
        var catalog = new OvmfCatalog(fileExists: _ => false);

        var exception = Assert.Throws<FirmwareImageNotFoundException>(
            () => catalog.Select(new OvmfSelection { ConfidentialType = SevType.Std }));
        Assert.Equal("EFI base image '/usr/share/pve-edk2-firmware//OVMF_SEV_CODE_4M.fd' not found", exception.Message);
        Assert.Equal("/usr/share/pve-edk2-firmware//OVMF_SEV_CODE_4M.fd", exception.FileName);
    }

    [Fact]
    public void Missing_vars_image_names_the_vars_file()
    {
        var catalog = new OvmfCatalog("/fw", path => !path.EndsWith("VARS_4M.fd", StringComparison.Ordinal));

        Assert.False(catalog.TrySelect(new OvmfSelection { ConfidentialType = SevType.Es }, out var firmware, out string? error));
        Assert.Null(firmware);
        Assert.Equal("EFI vars image '/fw/OVMF_SEV_VARS_4M.fd' not found", error);
    }

    [Fact]
    public void Missing_snp_image_is_a_base_image_error()
    {
        var catalog = new OvmfCatalog("/fw", _ => false);

        Assert.False(catalog.TrySelect(new OvmfSelection { ConfidentialType = SevType.Snp }, out _, out string? error));
        Assert.Equal("EFI base image '/fw/OVMF_SEV_4M.fd' not found", error);
    }

    [Fact]
    public void Existence_is_asked_of_the_injected_function_only()
    {
        var asked = new List<string>();
        var catalog = new OvmfCatalog("/nowhere", path =>
        {
            asked.Add(path);
            return true;
        });

        catalog.Select(new OvmfSelection { ConfidentialType = SevType.Std });

        Assert.Equal(["/nowhere/OVMF_SEV_CODE_4M.fd", "/nowhere/OVMF_SEV_VARS_4M.fd"], asked);
    }

    [Fact]
    public void Unknown_row_is_refused()
    {
        Assert.Throws<ArgumentException>(() => OvmfImageTable.Get(GuestArchitecture.Aarch64, "4m-sev"));
    }
}
