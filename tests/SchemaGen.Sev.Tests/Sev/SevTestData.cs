using SchemaGen.Sev;

namespace SchemaGen.Sev.Tests.Sev;

/// <summary>The reference host the SEV tests share.</summary>
internal static class SevTestData
{
    /// <summary>qemu-server's test host amd-turin-9005: cbitpos 51, reduced-phys-bits 6, every SEV variant.</summary>
    public static SevHostCapabilities ReferenceHost => new()
    {
        Cbitpos = 51,
        ReducedPhysBits = 6,
        SevSupport = true,
        SevSupportEs = true,
        SevSupportSnp = true,
    };
}
