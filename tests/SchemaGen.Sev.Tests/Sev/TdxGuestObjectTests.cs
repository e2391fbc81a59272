using System.Text.Json;
using SchemaGen.Sev;
using SchemaGen.Tdx;

namespace SchemaGen.Sev.Tests.Sev;

/// <summary>The TDX object, its checks and messages, and its property names against QEMU 10.1's QAPI.</summary>
public sealed class TdxGuestObjectTests
{
    // QEMU 10.1 qapi/qom.json, TdxGuestProperties (QEMU 10.1 is not installable here, so the names are checked as data).
    private static readonly string[] Qemu101TdxGuestProperties = ["attributes", "sept-ve-disable", "mrconfigid", "mrowner", "mrownerconfig",
        "quote-generation-socket"];

    private static readonly TdxHostCapabilities TdxHost = new() { TdxSupport = true };

    [Theory]
    [InlineData("tdx,attestation=1,vsock-cid=3,vsock-port=4050",
        """{"id":"tdx0","qom-type":"tdx-guest","quote-generation-socket":{"cid":"3","port":"4050","type":"vsock"}}""")]
    [InlineData("tdx,attestation=0", """{"id":"tdx0","qom-type":"tdx-guest"}""")]
    [InlineData("tdx,attestation=0,vsock-cid=3,vsock-port=4050", """{"id":"tdx0","qom-type":"tdx-guest"}""")]
    [InlineData("attestation=1,vsock-port=0,vsock-cid=4294967295,type=tdx",
        """{"id":"tdx0","qom-type":"tdx-guest","quote-generation-socket":{"cid":"4294967295","port":"0","type":"vsock"}}""")]
    public void Object_is_qemu_servers_canonical_json(string value, string expected)
    {
        var tdx = TdxGuestObject.Create(IntelTdxOptions.Parse(value), TdxHost, "ovmf");

        Assert.Equal(expected, tdx.ToString());
        Assert.Equal("tdx0", tdx.Id);
    }

    [Theory]
    [InlineData("tdx,attestation=1", true, "ovmf", TdxHostChecks.MissingVsockCid)]
    [InlineData("tdx,attestation=1,vsock-port=4050", true, "ovmf", TdxHostChecks.MissingVsockCid)]
    [InlineData("tdx,attestation=1,vsock-cid=3", true, "ovmf", TdxHostChecks.MissingVsockPort)]
    [InlineData("tdx,attestation=1", false, "ovmf", TdxHostChecks.NoTdx)]
    [InlineData("tdx,attestation=1", true, null, TdxHostChecks.NotOvmf)]
    [InlineData("tdx,attestation=0", false, "seabios", TdxHostChecks.NoTdx)]
    [InlineData("tdx,attestation=0", true, "OVMF", TdxHostChecks.NotOvmf)]
    public void Checks_fail_in_qemu_servers_order_with_its_messages(string value, bool support, string? bios, string message)
    {
        var exception = Assert.Throws<TdxConfigurationException>(() => TdxGuestObject.Create(IntelTdxOptions.Parse(value),
            new TdxHostCapabilities { TdxSupport = support }, bios));

        Assert.Equal(message, exception.Message);
        Assert.False(TdxGuestObject.TryCreate(IntelTdxOptions.Parse(value), new TdxHostCapabilities { TdxSupport = support }, bios, out _,
            out string? error));
        Assert.Equal(message, error);
    }

    [Fact]
    public void Messages_are_pves_without_line_feeds()
    {
        Assert.Equal("Your CPU does not support Intel TDX.", TdxHostChecks.NoTdx);
        Assert.Equal("To use Intel TDX, you need to change the BIOS to OVMF.", TdxHostChecks.NotOvmf);
        Assert.Equal("Missing cid for vsock.", TdxHostChecks.MissingVsockCid);
        Assert.Equal("Missing port for vsock.", TdxHostChecks.MissingVsockPort);
    }

    [Fact]
    public void Attestation_is_required_and_tdx_alone_is_pves_error()
    {
        Assert.False(IntelTdxOptions.TryParse("tdx", out _, out PropertyStringError error));
        Assert.Equal("attestation: property is missing and it is not optional", error.ToString());
    }

    [Theory]
    [InlineData("tdx,attestation=1,vsock-cid=3,vsock-port=4050")]
    [InlineData("tdx,attestation=0")]
    public void Every_property_is_in_qemu_10_1s_TdxGuestProperties(string value)
    {
        var tdx = TdxGuestObject.Create(IntelTdxOptions.Parse(value), TdxHost, "ovmf");
        using var json = JsonDocument.Parse(tdx.ToString());

        var names = json.RootElement.EnumerateObject().Select(p => p.Name).Where(n => n is not ("id" or "qom-type")).ToList();
        Assert.All(names, name => Assert.Contains(name, Qemu101TdxGuestProperties));
        Assert.Equal(tdx.PropertyNames.Where(n => n != "id"), names);
        Assert.Equal("tdx-guest", json.RootElement.GetProperty("qom-type").GetString());
        if (json.RootElement.TryGetProperty("quote-generation-socket", out var socket))
        {
            // SocketAddress, type vsock: VsockSocketAddress has cid and port, both strings.
            Assert.Equal(["cid", "port", "type"], socket.EnumerateObject().Select(p => p.Name));
            Assert.All(socket.EnumerateObject(), p => Assert.Equal(JsonValueKind.String, p.Value.ValueKind));
        }
    }

    [Fact]
    public void Machine_flags_are_tdx0_and_a_split_irqchip()
    {
        Assert.Equal(["confidential-guest-support=tdx0", "kernel_irqchip=split"], TdxGuestObject.MachineFlags);
    }

    [Fact]
    public void Planner_gives_the_tdx_bios_object_and_machine_flags()
    {
        var plan = ConfidentialVmPlanner.Plan(new ConfidentialVmRequest
        {
            IntelTdx = IntelTdxOptions.Parse("tdx,attestation=1,vsock-cid=2,vsock-port=4050"),
            TdxHost = TdxHost,
            Bios = "ovmf",
            EfiDisk = new EfiDisk("local:100/vm-100-disk-0.raw", null, EfiType.Size4M, PreEnrolledKeys: false),
            Firmware = new OvmfCatalog(fileExists: _ => true),
            MachineVersion = new Version(10, 0),
        });

        Assert.True(plan.CanStart, string.Join("; ", plan.Errors));
        Assert.Equal([ConfidentialVmPlanner.EfiDiskIgnoredForSnp], plan.Warnings.Select(w => w.Message));
        Assert.Equal(
            [
                "-bios /usr/share/pve-edk2-firmware//OVMF_TDX_4M.ms.fd",
                """-object '{"id":"tdx0","qom-type":"tdx-guest","quote-generation-socket":{"cid":"2","port":"4050","type":"vsock"}}'""",
                "-machine 'type=q35,confidential-guest-support=tdx0,kernel_irqchip=split'",
            ],
            plan.Arguments!.ToPrintableLines("type=q35"));
        Assert.NotNull(plan.TdxGuestObject);
        Assert.Null(plan.GuestObject);
        Assert.Null(plan.VarsPath);
        Assert.Equal("4m-tdx", plan.Firmware!.ImageSet.Name);
    }

    [Fact]
    public void Planner_refuses_a_vm_with_both_amd_sev_and_intel_tdx()
    {
        var plan = ConfidentialVmPlanner.Plan(new ConfidentialVmRequest
        {
            AmdSev = AmdSevOptions.Parse("std"),
            IntelTdx = IntelTdxOptions.Parse("tdx,attestation=0"),
            Host = SevTestData.ReferenceHost,
            TdxHost = TdxHost,
            Bios = "ovmf",
        });

        Assert.Equal([ConfidentialVmPlanner.BothAmdSevAndIntelTdx], plan.Errors.Select(e => e.Message));
        Assert.Null(plan.Arguments);
    }

    [Fact]
    public void Planner_reports_the_host_check_for_a_tdx_vm()
    {
        var plan = ConfidentialVmPlanner.Plan(new ConfidentialVmRequest
        {
            IntelTdx = IntelTdxOptions.Parse("tdx,attestation=0"),
            Bios = "ovmf",
            Firmware = new OvmfCatalog(fileExists: _ => true),
        });

        Assert.Equal([TdxHostChecks.NoTdx], plan.Errors.Select(e => e.Message));
    }

    [Fact]
    public void Catalog_picks_the_4m_tdx_image_and_reports_it_missing_in_qemu_servers_words()
    {
        var catalog = new OvmfCatalog("/fw", fileExists: _ => false);

        Assert.False(catalog.TrySelect(new OvmfSelection { IntelTdx = true, EfiType = EfiType.Size4M }, out _, out string? error));
        Assert.Equal("EFI base image '/fw/OVMF_TDX_4M.ms.fd' not found", error);
        Assert.Equal(new OvmfImageSet("4m-tdx", "OVMF_TDX_4M.ms.fd", null), OvmfImageTable.Get(GuestArchitecture.X86_64, "4m-tdx"));
    }
}
