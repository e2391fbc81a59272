using System.Buffers.Binary;
using System.Text;

namespace SchemaGen.Sev;

/// <summary>What <c>CPUID</c> says about the processor, as far as AMD SEV is concerned.</summary>
/// <remarks>
/// The leaves are read in the order the manuals ask for: leaf 0 for the vendor and the highest basic
/// leaf, <c>0x80000000</c> for the highest extended leaf, and <c>0x8000001F</c> only when that reaches
/// it (an Intel processor answers an out-of-range leaf with the data of another leaf, not with zeros).
/// </remarks>
public sealed record SevCpuInfo
{
    /// <summary>The vendor string of an AMD processor.</summary>
    public const string AmdVendor = "AuthenticAMD";

    /// <summary>Whether the machine has <c>CPUID</c> (it is x86). When false, every other member is empty.</summary>
    public required bool IsX86 { get; init; }

    /// <summary>The 12-character vendor string of leaf 0 (<c>AuthenticAMD</c>, <c>GenuineIntel</c>, ...); null when not x86.</summary>
    public string? Vendor { get; init; }

    /// <summary>Whether <see cref="Vendor"/> is <see cref="AmdVendor"/>, the only vendor qemu-server takes for SEV.</summary>
    public bool IsAmd => Vendor == AmdVendor;

    /// <summary>The highest extended leaf (EAX of <c>0x80000000</c>); 0 when not x86.</summary>
    public uint MaxExtendedLeaf { get; init; }

    /// <summary>The decoded <c>0x8000001F</c> leaf; null when the processor is not AMD or its extended leaves stop short of it.</summary>
    public EncryptedMemoryCapabilities? EncryptedMemory { get; init; }

    /// <summary>
    /// The hypervisor's signature (<c>KVMKVMKVM</c>, <c>Microsoft Hv</c>, ...) when the processor says it runs
    /// under one (leaf 1 ECX bit 31); an empty string when the bit is set but there is no signature; null on bare metal.
    /// </summary>
    public string? Hypervisor { get; init; }

    /// <summary>The SEV feature bits; <see cref="SevCpuFeatures.None"/> when the leaf was not read.</summary>
    public SevCpuFeatures Features => EncryptedMemory?.Features ?? SevCpuFeatures.None;

    /// <summary>Reads the processor through <paramref name="cpuid"/>. Never throws for a machine that is not x86 or not AMD.</summary>
    /// <param name="cpuid">The register source.</param>
    public static SevCpuInfo Read(ICpuidSource cpuid)
    {
        ArgumentNullException.ThrowIfNull(cpuid);
        if (!cpuid.IsSupported)
        {
            return new SevCpuInfo { IsX86 = false };
        }

        var leaf0 = cpuid.Read(0);
        string vendor = RegisterText(leaf0.Ebx, leaf0.Edx, leaf0.Ecx);
        string? hypervisor = null;
        if (leaf0.Eax >= 1 && (cpuid.Read(1).Ecx & (1u << 31)) != 0)
        {
            var signature = cpuid.Read(0x4000_0000);
            hypervisor = RegisterText(signature.Ebx, signature.Ecx, signature.Edx);
        }

        uint maxExtended = cpuid.Read(0x8000_0000).Eax;
        EncryptedMemoryCapabilities? encryptedMemory = null;

        // Bit 31 set marks the extended range as present at all; some old or virtual CPUs answer 0.
        if (vendor == AmdVendor && maxExtended >= EncryptedMemoryCapabilities.Leaf && maxExtended <= 0x8000_FFFF)
        {
            encryptedMemory = new EncryptedMemoryCapabilities(cpuid.Read(EncryptedMemoryCapabilities.Leaf));
        }

        return new SevCpuInfo
        {
            IsX86 = true,
            Vendor = vendor,
            MaxExtendedLeaf = maxExtended,
            EncryptedMemory = encryptedMemory,
            Hypervisor = hypervisor,
        };
    }

    // Vendor and hypervisor signatures are ASCII spread over three registers, low byte first;
    // a signature shorter than 12 bytes is padded with NULs, which are dropped.
    private static string RegisterText(uint first, uint second, uint third)
    {
        Span<byte> bytes = stackalloc byte[12];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, first);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes[4..], second);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes[8..], third);
        int end = bytes.IndexOf((byte)0);
        var text = end < 0 ? bytes : bytes[..end];
        var builder = new StringBuilder(text.Length);
        foreach (byte b in text)
        {
            // Keep the string printable whatever a (virtual) CPU puts there.
            builder.Append(b is >= 0x20 and < 0x7F ? (char)b : '?');
        }

        return builder.ToString();
    }
}
