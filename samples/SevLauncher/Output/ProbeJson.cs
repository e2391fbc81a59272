using System.Text;
using System.Text.Json;
using SchemaGen.Sev;
using SchemaGen.Tdx;

namespace SevLauncher.Output;

/// <summary>
/// <c>sev-launch probe --json</c>: everything the probe found, for scripts. The <c>capabilities</c>
/// member is the <c>amd-sev</c> object of the capability file (null on a host that is not AMD).
/// </summary>
internal static class ProbeJson
{
    public static string Format(SevHostProbeResult result, TdxHostProbeResult? tdx = null)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            WriteCpu(json, result.Cpu);
            WriteKvm(json, result.Kvm);

            json.WriteStartArray("levels");
            foreach (var level in result.Levels)
            {
                json.WriteStartObject();
                json.WriteString("type", level.Type.ToString().ToLowerInvariant());
                json.WriteString("name", level.Name);
                json.WriteBoolean("cpu", level.CpuSupports);
                json.WriteBoolean("kvm", level.Kvm.IsEnabled);
                json.WriteBoolean("usable", level.Usable);
                WriteStringOrNull(json, "missing", level.Missing);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteStringOrNull(json, "notSupported", result.NotSupportedReason);
            json.WriteStartArray("missing");
            foreach (string missing in result.Missing)
            {
                json.WriteStringValue(missing);
            }

            json.WriteEndArray();
            WriteCapabilities(json, result.Capabilities);
            WriteTdx(json, tdx);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteCpu(Utf8JsonWriter json, SevCpuInfo cpu)
    {
        json.WriteStartObject("cpu");
        json.WriteBoolean("x86", cpu.IsX86);
        WriteStringOrNull(json, "vendor", cpu.Vendor);
        WriteStringOrNull(json, "hypervisor", cpu.Hypervisor);
        json.WriteString("maxExtendedLeaf", $"0x{cpu.MaxExtendedLeaf:x8}");
        if (cpu.EncryptedMemory is { } leaf)
        {
            json.WriteStartObject("encryptedMemory");
            json.WriteNumber("cbitpos", leaf.CbitPosition);
            json.WriteNumber("reducedPhysBits", leaf.ReducedPhysBits);
            json.WriteNumber("vmpls", leaf.VmplCount);
            json.WriteNumber("maxEncryptedGuests", leaf.MaxEncryptedGuests);
            json.WriteNumber("minSevAsid", leaf.MinSevAsid);
            json.WriteNumber("sevEsGuests", leaf.SevEsGuests);
            json.WriteNumber("sevGuests", leaf.SevGuests);
            json.WriteStartArray("features");
            foreach (var feature in SevCpuFeatureInfo.In(leaf.Features))
            {
                json.WriteStringValue(feature.ApmName);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("encryptedMemory");
        }

        json.WriteEndObject();
    }

    private static void WriteKvm(Utf8JsonWriter json, KvmSevSettings kvm)
    {
        json.WriteStartObject("kvm");
        json.WriteBoolean("moduleLoaded", kvm.ModuleLoaded);
        foreach (var parameter in new[] { kvm.Sev, kvm.SevEs, kvm.SevSnp })
        {
            json.WriteStartObject(parameter.Name);
            json.WriteString("state", parameter.State.ToString().ToLowerInvariant());
            WriteStringOrNull(json, "text", parameter.Text);
            json.WriteEndObject();
        }

        json.WriteBoolean("devSev", kvm.DevSevExists);
        json.WriteEndObject();
    }

    private static void WriteCapabilities(Utf8JsonWriter json, SevHostCapabilities? capabilities)
    {
        if (capabilities is not { } value)
        {
            json.WriteNull("capabilities");
            return;
        }

        json.WriteStartObject("capabilities");
        json.WriteNumber("cbitpos", value.Cbitpos);
        json.WriteNumber("reduced-phys-bits", value.ReducedPhysBits);
        json.WriteBoolean("sev-support", value.SevSupport);
        json.WriteBoolean("sev-support-es", value.SevSupportEs);
        json.WriteBoolean("sev-support-snp", value.SevSupportSnp);
        json.WriteEndObject();
    }

    // Null on a host that is not Intel; else the MSRs (null when unreadable), KVM's tdx and the file's intel-tdx part.
    private static void WriteTdx(Utf8JsonWriter json, TdxHostProbeResult? tdx)
    {
        if (tdx is null)
        {
            json.WriteNull("tdx");
            return;
        }

        json.WriteStartObject("tdx");
        if (tdx.Msrs is { } msrs)
        {
            json.WriteStartObject("msrs");
            json.WriteString("0x982", $"0x{msrs.TmeActivate:x}");
            json.WriteString("0xa0", $"0x{msrs.Sgx:x}");
            json.WriteString("0x1401", $"0x{msrs.SeamRangeMask:x}");
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("msrs");
        }

        WriteStringOrNull(json, "msrError", tdx.MsrError);
        json.WriteStartObject("kvm");
        json.WriteString("state", tdx.Kvm.State.ToString().ToLowerInvariant());
        WriteStringOrNull(json, "text", tdx.Kvm.Text);
        json.WriteEndObject();
        if (tdx.Capabilities is { } capabilities)
        {
            json.WriteStartObject("capabilities");
            json.WriteBoolean("tdx-support", capabilities.TdxSupport);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("capabilities");
        }

        json.WriteStartArray("missing");
        foreach (string missing in tdx.Missing)
        {
            json.WriteStringValue(missing);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteStringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
