namespace SchemaGen.Proxmox;

/// <summary>
/// The CPU models qemu-server knows without a model file (its vendor list): the values of
/// <c>reported-model</c>, and with <see cref="CpuModelCatalog.BuiltInExtras"/> the built-in <c>cputype</c>s.
/// </summary>
public enum CpuModel
{
    /// <summary><c>486</c>.</summary>
    [EnumValue("486")]
    V486,

    /// <summary><c>a64fx</c>.</summary>
    [EnumValue("a64fx")]
    A64fx,

    /// <summary><c>athlon</c>.</summary>
    [EnumValue("athlon")]
    Athlon,

    /// <summary><c>Broadwell</c>.</summary>
    [EnumValue("Broadwell")]
    Broadwell,

    /// <summary><c>Broadwell-IBRS</c>.</summary>
    [EnumValue("Broadwell-IBRS")]
    BroadwellIBRS,

    /// <summary><c>Broadwell-noTSX</c>.</summary>
    [EnumValue("Broadwell-noTSX")]
    BroadwellNoTSX,

    /// <summary><c>Broadwell-noTSX-IBRS</c>.</summary>
    [EnumValue("Broadwell-noTSX-IBRS")]
    BroadwellNoTSXIBRS,

    /// <summary><c>Cascadelake-Server</c>.</summary>
    [EnumValue("Cascadelake-Server")]
    CascadelakeServer,

    /// <summary><c>Cascadelake-Server-noTSX</c>.</summary>
    [EnumValue("Cascadelake-Server-noTSX")]
    CascadelakeServerNoTSX,

    /// <summary><c>Cascadelake-Server-v2</c>.</summary>
    [EnumValue("Cascadelake-Server-v2")]
    CascadelakeServerV2,

    /// <summary><c>Cascadelake-Server-v4</c>.</summary>
    [EnumValue("Cascadelake-Server-v4")]
    CascadelakeServerV4,

    /// <summary><c>Cascadelake-Server-v5</c>.</summary>
    [EnumValue("Cascadelake-Server-v5")]
    CascadelakeServerV5,

    /// <summary><c>ClearwaterForest</c>.</summary>
    [EnumValue("ClearwaterForest")]
    ClearwaterForest,

    /// <summary><c>Conroe</c>.</summary>
    [EnumValue("Conroe")]
    Conroe,

    /// <summary><c>Cooperlake</c>.</summary>
    [EnumValue("Cooperlake")]
    Cooperlake,

    /// <summary><c>Cooperlake-v2</c>.</summary>
    [EnumValue("Cooperlake-v2")]
    CooperlakeV2,

    /// <summary><c>core2duo</c>.</summary>
    [EnumValue("core2duo")]
    Core2duo,

    /// <summary><c>coreduo</c>.</summary>
    [EnumValue("coreduo")]
    Coreduo,

    /// <summary><c>cortex-a35</c>.</summary>
    [EnumValue("cortex-a35")]
    CortexA35,

    /// <summary><c>cortex-a53</c>.</summary>
    [EnumValue("cortex-a53")]
    CortexA53,

    /// <summary><c>cortex-a55</c>.</summary>
    [EnumValue("cortex-a55")]
    CortexA55,

    /// <summary><c>cortex-a57</c>.</summary>
    [EnumValue("cortex-a57")]
    CortexA57,

    /// <summary><c>cortex-a710</c>.</summary>
    [EnumValue("cortex-a710")]
    CortexA710,

    /// <summary><c>cortex-a72</c>.</summary>
    [EnumValue("cortex-a72")]
    CortexA72,

    /// <summary><c>cortex-a76</c>.</summary>
    [EnumValue("cortex-a76")]
    CortexA76,

    /// <summary><c>EPYC</c>.</summary>
    [EnumValue("EPYC")]
    EPYC,

    /// <summary><c>EPYC-Genoa</c>.</summary>
    [EnumValue("EPYC-Genoa")]
    EPYCGenoa,

    /// <summary><c>EPYC-Genoa-v2</c>.</summary>
    [EnumValue("EPYC-Genoa-v2")]
    EPYCGenoaV2,

    /// <summary><c>EPYC-IBPB</c>.</summary>
    [EnumValue("EPYC-IBPB")]
    EPYCIBPB,

    /// <summary><c>EPYC-Milan</c>.</summary>
    [EnumValue("EPYC-Milan")]
    EPYCMilan,

    /// <summary><c>EPYC-Milan-v2</c>.</summary>
    [EnumValue("EPYC-Milan-v2")]
    EPYCMilanV2,

    /// <summary><c>EPYC-Milan-v3</c>.</summary>
    [EnumValue("EPYC-Milan-v3")]
    EPYCMilanV3,

    /// <summary><c>EPYC-Rome</c>.</summary>
    [EnumValue("EPYC-Rome")]
    EPYCRome,

    /// <summary><c>EPYC-Rome-v2</c>.</summary>
    [EnumValue("EPYC-Rome-v2")]
    EPYCRomeV2,

    /// <summary><c>EPYC-Rome-v3</c>.</summary>
    [EnumValue("EPYC-Rome-v3")]
    EPYCRomeV3,

    /// <summary><c>EPYC-Rome-v4</c>.</summary>
    [EnumValue("EPYC-Rome-v4")]
    EPYCRomeV4,

    /// <summary><c>EPYC-Rome-v5</c>.</summary>
    [EnumValue("EPYC-Rome-v5")]
    EPYCRomeV5,

    /// <summary><c>EPYC-Turin</c>.</summary>
    [EnumValue("EPYC-Turin")]
    EPYCTurin,

    /// <summary><c>EPYC-v3</c>.</summary>
    [EnumValue("EPYC-v3")]
    EPYCV3,

    /// <summary><c>EPYC-v4</c>.</summary>
    [EnumValue("EPYC-v4")]
    EPYCV4,

    /// <summary><c>EPYC-v5</c>.</summary>
    [EnumValue("EPYC-v5")]
    EPYCV5,

    /// <summary><c>GraniteRapids</c>.</summary>
    [EnumValue("GraniteRapids")]
    GraniteRapids,

    /// <summary><c>GraniteRapids-v2</c>.</summary>
    [EnumValue("GraniteRapids-v2")]
    GraniteRapidsV2,

    /// <summary><c>GraniteRapids-v3</c>.</summary>
    [EnumValue("GraniteRapids-v3")]
    GraniteRapidsV3,

    /// <summary><c>Haswell</c>.</summary>
    [EnumValue("Haswell")]
    Haswell,

    /// <summary><c>Haswell-IBRS</c>.</summary>
    [EnumValue("Haswell-IBRS")]
    HaswellIBRS,

    /// <summary><c>Haswell-noTSX</c>.</summary>
    [EnumValue("Haswell-noTSX")]
    HaswellNoTSX,

    /// <summary><c>Haswell-noTSX-IBRS</c>.</summary>
    [EnumValue("Haswell-noTSX-IBRS")]
    HaswellNoTSXIBRS,

    /// <summary><c>host</c>.</summary>
    [EnumValue("host")]
    Host,

    /// <summary><c>Icelake-Client</c>.</summary>
    [EnumValue("Icelake-Client")]
    IcelakeClient,

    /// <summary><c>Icelake-Client-noTSX</c>.</summary>
    [EnumValue("Icelake-Client-noTSX")]
    IcelakeClientNoTSX,

    /// <summary><c>Icelake-Server</c>.</summary>
    [EnumValue("Icelake-Server")]
    IcelakeServer,

    /// <summary><c>Icelake-Server-noTSX</c>.</summary>
    [EnumValue("Icelake-Server-noTSX")]
    IcelakeServerNoTSX,

    /// <summary><c>Icelake-Server-v3</c>.</summary>
    [EnumValue("Icelake-Server-v3")]
    IcelakeServerV3,

    /// <summary><c>Icelake-Server-v4</c>.</summary>
    [EnumValue("Icelake-Server-v4")]
    IcelakeServerV4,

    /// <summary><c>Icelake-Server-v5</c>.</summary>
    [EnumValue("Icelake-Server-v5")]
    IcelakeServerV5,

    /// <summary><c>Icelake-Server-v6</c>.</summary>
    [EnumValue("Icelake-Server-v6")]
    IcelakeServerV6,

    /// <summary><c>Icelake-Server-v7</c>.</summary>
    [EnumValue("Icelake-Server-v7")]
    IcelakeServerV7,

    /// <summary><c>IvyBridge</c>.</summary>
    [EnumValue("IvyBridge")]
    IvyBridge,

    /// <summary><c>IvyBridge-IBRS</c>.</summary>
    [EnumValue("IvyBridge-IBRS")]
    IvyBridgeIBRS,

    /// <summary><c>KnightsMill</c>.</summary>
    [EnumValue("KnightsMill")]
    KnightsMill,

    /// <summary><c>kvm32</c>.</summary>
    [EnumValue("kvm32")]
    Kvm32,

    /// <summary><c>kvm64</c>.</summary>
    [EnumValue("kvm64")]
    Kvm64,

    /// <summary><c>max</c>.</summary>
    [EnumValue("max")]
    Max,

    /// <summary><c>Nehalem</c>.</summary>
    [EnumValue("Nehalem")]
    Nehalem,

    /// <summary><c>Nehalem-IBRS</c>.</summary>
    [EnumValue("Nehalem-IBRS")]
    NehalemIBRS,

    /// <summary><c>neoverse-n1</c>.</summary>
    [EnumValue("neoverse-n1")]
    NeoverseN1,

    /// <summary><c>neoverse-n2</c>.</summary>
    [EnumValue("neoverse-n2")]
    NeoverseN2,

    /// <summary><c>neoverse-v1</c>.</summary>
    [EnumValue("neoverse-v1")]
    NeoverseV1,

    /// <summary><c>Opteron_G1</c>.</summary>
    [EnumValue("Opteron_G1")]
    OpteronG1,

    /// <summary><c>Opteron_G2</c>.</summary>
    [EnumValue("Opteron_G2")]
    OpteronG2,

    /// <summary><c>Opteron_G3</c>.</summary>
    [EnumValue("Opteron_G3")]
    OpteronG3,

    /// <summary><c>Opteron_G4</c>.</summary>
    [EnumValue("Opteron_G4")]
    OpteronG4,

    /// <summary><c>Opteron_G5</c>.</summary>
    [EnumValue("Opteron_G5")]
    OpteronG5,

    /// <summary><c>Penryn</c>.</summary>
    [EnumValue("Penryn")]
    Penryn,

    /// <summary><c>pentium</c>.</summary>
    [EnumValue("pentium")]
    Pentium,

    /// <summary><c>pentium2</c>.</summary>
    [EnumValue("pentium2")]
    Pentium2,

    /// <summary><c>pentium3</c>.</summary>
    [EnumValue("pentium3")]
    Pentium3,

    /// <summary><c>phenom</c>.</summary>
    [EnumValue("phenom")]
    Phenom,

    /// <summary><c>qemu32</c>.</summary>
    [EnumValue("qemu32")]
    Qemu32,

    /// <summary><c>qemu64</c>.</summary>
    [EnumValue("qemu64")]
    Qemu64,

    /// <summary><c>SandyBridge</c>.</summary>
    [EnumValue("SandyBridge")]
    SandyBridge,

    /// <summary><c>SandyBridge-IBRS</c>.</summary>
    [EnumValue("SandyBridge-IBRS")]
    SandyBridgeIBRS,

    /// <summary><c>SapphireRapids</c>.</summary>
    [EnumValue("SapphireRapids")]
    SapphireRapids,

    /// <summary><c>SapphireRapids-v2</c>.</summary>
    [EnumValue("SapphireRapids-v2")]
    SapphireRapidsV2,

    /// <summary><c>SapphireRapids-v3</c>.</summary>
    [EnumValue("SapphireRapids-v3")]
    SapphireRapidsV3,

    /// <summary><c>SapphireRapids-v4</c>.</summary>
    [EnumValue("SapphireRapids-v4")]
    SapphireRapidsV4,

    /// <summary><c>SierraForest</c>.</summary>
    [EnumValue("SierraForest")]
    SierraForest,

    /// <summary><c>SierraForest-v2</c>.</summary>
    [EnumValue("SierraForest-v2")]
    SierraForestV2,

    /// <summary><c>SierraForest-v3</c>.</summary>
    [EnumValue("SierraForest-v3")]
    SierraForestV3,

    /// <summary><c>Skylake-Client</c>.</summary>
    [EnumValue("Skylake-Client")]
    SkylakeClient,

    /// <summary><c>Skylake-Client-IBRS</c>.</summary>
    [EnumValue("Skylake-Client-IBRS")]
    SkylakeClientIBRS,

    /// <summary><c>Skylake-Client-noTSX-IBRS</c>.</summary>
    [EnumValue("Skylake-Client-noTSX-IBRS")]
    SkylakeClientNoTSXIBRS,

    /// <summary><c>Skylake-Client-v4</c>.</summary>
    [EnumValue("Skylake-Client-v4")]
    SkylakeClientV4,

    /// <summary><c>Skylake-Server</c>.</summary>
    [EnumValue("Skylake-Server")]
    SkylakeServer,

    /// <summary><c>Skylake-Server-IBRS</c>.</summary>
    [EnumValue("Skylake-Server-IBRS")]
    SkylakeServerIBRS,

    /// <summary><c>Skylake-Server-noTSX-IBRS</c>.</summary>
    [EnumValue("Skylake-Server-noTSX-IBRS")]
    SkylakeServerNoTSXIBRS,

    /// <summary><c>Skylake-Server-v4</c>.</summary>
    [EnumValue("Skylake-Server-v4")]
    SkylakeServerV4,

    /// <summary><c>Skylake-Server-v5</c>.</summary>
    [EnumValue("Skylake-Server-v5")]
    SkylakeServerV5,

    /// <summary><c>Westmere</c>.</summary>
    [EnumValue("Westmere")]
    Westmere,

    /// <summary><c>Westmere-IBRS</c>.</summary>
    [EnumValue("Westmere-IBRS")]
    WestmereIBRS,
}
