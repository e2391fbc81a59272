using FsCheck;
using FsCheck.Fluent;
using SchemaGen.Sev;
using SchemaGen.TestSchemas;

namespace SchemaGen.Runtime.Tests.Robustness;

/// <summary>FsCheck generators of valid values of every schema type in the repository, with random presence.</summary>
public static class SchemaGenerators
{
    /// <summary>A key is given or not; when given, with a value.</summary>
    private static Gen<T?> Maybe<T>(Gen<T> value)
        where T : struct => Gen.Frequency((1, Gen.Constant<T?>(null)), (2, value.Select(v => (T?)v)));

    private static Gen<bool?> MaybeBool => Maybe(Gen.Elements(true, false));

    public static Gen<AmdSevOptions> AmdSevOptions =>
        from type in Gen.Elements(SevType.Std, SevType.Es, SevType.Snp)
        from allowSmt in MaybeBool
        from noDebug in MaybeBool
        from noKeySharing in MaybeBool
        from kernelHashes in MaybeBool
        select With(new AmdSevOptions { Type = type }, allowSmt, noDebug, noKeySharing, kernelHashes);

    private static AmdSevOptions With(AmdSevOptions value, bool? allowSmt, bool? noDebug, bool? noKeySharing, bool? kernelHashes)
    {
        if (allowSmt is bool a) value = value with { AllowSmt = a };
        if (noDebug is bool d) value = value with { NoDebug = d };
        if (noKeySharing is bool k) value = value with { NoKeySharing = k };
        if (kernelHashes is bool h) value = value with { KernelHashes = h };
        return value;
    }

    public static Gen<SevHostCapabilities> SevHostCapabilities =>
        from cbitpos in Maybe(Gen.Choose(0, 100))
        from reduced in Maybe(Gen.Choose(0, 100))
        from sev in MaybeBool
        from es in MaybeBool
        from snp in MaybeBool
        select WithCapabilities(cbitpos, reduced, sev, es, snp);

    private static SevHostCapabilities WithCapabilities(int? cbitpos, int? reduced, bool? sev, bool? es, bool? snp)
    {
        var value = default(SevHostCapabilities);
        if (cbitpos is int c) value = value with { Cbitpos = c };
        if (reduced is int r) value = value with { ReducedPhysBits = r };
        if (sev is bool s) value = value with { SevSupport = s };
        if (es is bool e) value = value with { SevSupportEs = e };
        if (snp is bool n) value = value with { SevSupportSnp = n };
        return value;
    }

    private static readonly Gen<string> Name =
        from first in Gen.Elements("local", "ceph-1", "nfs", "z")
        from rest in Gen.Elements("vm-100-disk-0", "base/img.qcow2", "é", "a=b", "x")
        select first + ":" + rest;

    public static Gen<StorageVolume> StorageVolume =>
        from volume in Name
        from format in Gen.Elements(DiskFormat.Raw, DiskFormat.Qcow2, DiskFormat.VmdkFlat)
        from vmid in Maybe(Gen.Choose(100, 999_999_999))
        from cache in Maybe(Gen.Elements(Enum.GetValues<CacheMode>()))
        from backup in MaybeBool
        from size in Maybe(Gen.Choose(0, int.MaxValue).Select(v => (ulong)v * 4_294_967_311UL))
        from mbps in Maybe(Gen.Choose(1, 2_000_000).Select(v => v / 2.0))
        from weight in Maybe(Gen.Choose(-100, 100).Select(v => (sbyte)v))
        from serial in Gen.Elements<string?>(null, "AB-12", "x_y", "01234567890123456789")
        where !(format == DiskFormat.VmdkFlat && cache == CacheMode.Unsafe)
        select new StorageVolume { Volume = volume, Format = format, VmId = vmid, Serial = serial }.With(cache, backup, size, mbps, weight);

    private static StorageVolume With(this StorageVolume volume, CacheMode? cache, bool? backup, ulong? size, double? mbps, sbyte? weight)
    {
        if (cache is CacheMode c) volume.Cache = c;
        if (backup is bool b) volume.Backup = b;
        if (size is ulong s) volume.Size = s;
        if (mbps is double m) volume.Mbps = m;
        if (weight is sbyte w) volume.Weight = w;
        return volume;
    }

    /// <summary>Text that is mostly the format's own vocabulary, with some noise.</summary>
    public static Gen<string> PropertyStringLike(params string[] words) =>
        Gen.Frequency(
                (6, Gen.Elements(words)),
                (2, Gen.Elements(",", "=", " ", "\n", "0", "1", "on", "No", "+7", "-1", "1e3", ".")),
                (1, Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString())))
            .ListOf()
            .Select(parts => string.Concat(parts));
}
