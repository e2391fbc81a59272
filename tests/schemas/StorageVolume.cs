using System;
using System.ComponentModel;
using SchemaGen;

namespace SchemaGen.TestSchemas;

/// <summary>
/// A second schema that exercises what amd-sev does not: a class with setters, a string default key
/// with a pattern and length limits, integer ranges of several types, an alias, a nullable number,
/// an enum with more than three values, an enum value with '/', a custom format and a cross-field rule.
/// </summary>
[PropertyString("test-storage-volume", Option = "scsi0")]
public sealed partial class StorageVolume
{
    /// <summary>The volume, as <c>storage:name</c>.</summary>
    [Key("volume", DefaultKey = true, FormatDescription = "volume", Pattern = @"[a-z][a-z0-9-]*:[^\s]+", MinLength = 3, MaxLength = 64)]
    [Description("The storage and volume name.")]
    public required partial string Volume { get; set; }

    /// <summary>The image format.</summary>
    [Key("format")]
    [Description("The image format.")]
    public required partial DiskFormat Format { get; set; }

    /// <summary>The owning guest; <c>id</c>, <c>guest</c> and <c>owner</c> are its old names (one <c>Alias</c> and two
    /// <c>Aliases</c>, so that both ways are exercised).</summary>
    [Key("vmid", Alias = "id", Aliases = ["guest", "owner"], Minimum = 100, Maximum = 999999999)]
    public partial int? VmId { get; set; }

    /// <summary>The cache mode.</summary>
    [Key("cache", Default = CacheMode.None)]
    public partial CacheMode Cache { get; set; }

    /// <summary>Whether backups include the volume.</summary>
    [Key("backup", Default = true)]
    public partial bool Backup { get; set; }

    /// <summary>The size in bytes; no limits, so a value beyond ulong is a type error.</summary>
    [Key("size")]
    public partial ulong? Size { get; set; }

    /// <summary>A bandwidth limit in MB/s.</summary>
    [Key("mbps", Minimum = 0.5, Maximum = 1e6)]
    public partial double? Mbps { get; set; }

    /// <summary>A relative I/O weight.</summary>
    [Key("weight", Default = (sbyte)0, Minimum = -100, Maximum = 100)]
    public partial sbyte Weight { get; set; }

    /// <summary>The disk's serial number, in a custom format.</summary>
    [Key("serial", Format = nameof(CheckSerial), MaxLength = 20)]
    public partial string? Serial { get; set; }

    /// <summary>A serial is letters, digits, '-' and '_'.</summary>
    private static string? CheckSerial(ReadOnlySpan<char> value)
    {
        foreach (char c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-' && c != '_')
            {
                return "invalid serial: letters, digits, '-' and '_' only";
            }
        }

        return null;
    }

    // A cross-field rule the schema alone cannot say.
    partial void ValidateCrossFieldRules(ref PropertyStringError error)
    {
        if (Cache == CacheMode.Unsafe && Format == DiskFormat.VmdkFlat)
        {
            error = PropertyStringError.Create(PropertyStringErrorKind.Rule, "cache", "cache=unsafe is not allowed for vmdk/flat volumes",
                0, 0);
        }
    }
}

/// <summary>Image formats; one value holds a '/'.</summary>
public enum DiskFormat
{
    /// <summary>Raw.</summary>
    [EnumValue("raw")] Raw,

    /// <summary>QEMU copy-on-write.</summary>
    [EnumValue("qcow2")] Qcow2,

    /// <summary>A flat VMDK.</summary>
    [EnumValue("vmdk/flat")] VmdkFlat,
}

/// <summary>Cache modes: more than three, so the synopsis says &lt;enum&gt;.</summary>
public enum CacheMode
{
    /// <summary>No cache.</summary>
    [EnumValue("none")] None,

    /// <summary>Write-through.</summary>
    [EnumValue("writethrough")] WriteThrough,

    /// <summary>Write-back.</summary>
    [EnumValue("writeback")] WriteBack,

    /// <summary>Unsafe.</summary>
    [EnumValue("unsafe")] Unsafe,

    /// <summary>Direct sync.</summary>
    [EnumValue("directsync")] DirectSync,
}
