using System;

#if SCHEMAGEN_GENERATOR
namespace SchemaGen.Generator.Shared;
#else
namespace SchemaGen;
#endif

/// <summary>
/// qemu-server's device-name formats (<c>pve-qm-bootdev</c>, <c>pve-qm-bootdisk</c>) and
/// <c>pve-phys-bits</c>. The device counts are qemu-server 9's (<c>$MAX_IDE_DISKS</c> and its kin):
/// a name is valid when qemu-server's option table has it, so its number is written without a
/// leading zero.
/// </summary>
internal static class QemuDevices
{
    private const int IdeDisks = 4;
    private const int ScsiDisks = 31;
    private const int VirtioDisks = 16;
    private const int SataDisks = 6;
    private const int Nets = 32;
    private const int UsbDevices = 14;
    private const int HostPciDevices = 16;

    /// <summary>
    /// <c>pve-qm-bootdev</c> (<c>verify_bootdev</c>): a drive other than <c>efidisk0</c> and
    /// <c>tpmstate0</c>, or <c>netN</c>, <c>usbN</c>, <c>hostpciN</c> that the option table has.
    /// </summary>
    internal static bool IsBootDevice(ReadOnlySpan<char> text)
        => IsBusDisk(text)
            || IsNumbered(text, "net", Nets)
            || IsNumbered(text, "usb", UsbDevices)
            || IsNumbered(text, "hostpci", HostPciDevices);

    /// <summary><c>pve-qm-bootdisk</c> (<c>is_valid_drivename</c>): every drive but <c>unusedN</c>.</summary>
    internal static bool IsDiskName(ReadOnlySpan<char> text)
        => IsBusDisk(text) || text.SequenceEqual("efidisk0".AsSpan()) || text.SequenceEqual("tpmstate0".AsSpan());

    private static bool IsBusDisk(ReadOnlySpan<char> text)
        => IsNumbered(text, "ide", IdeDisks)
            || IsNumbered(text, "scsi", ScsiDisks)
            || IsNumbered(text, "virtio", VirtioDisks)
            || IsNumbered(text, "sata", SataDisks);

    /// <summary>
    /// Whether <paramref name="text"/> is <paramref name="prefix"/> and a canonical number below
    /// <paramref name="count"/>.
    /// </summary>
    private static bool IsNumbered(ReadOnlySpan<char> text, string prefix, int count)
    {
        if (!text.StartsWith(prefix.AsSpan(), StringComparison.Ordinal))
        {
            return false;
        }

        var digits = text.Slice(prefix.Length);
        return digits.Length is 1 or 2
            && AsciiClass.AllDigits(digits)
            && (digits.Length == 1 || digits[0] != '0')
            && AsciiClass.DigitsValue(digits, 100) < count;
    }

    /// <summary><c>pve-phys-bits</c> (<c>parse_phys_bits</c>): <c>^(host|\d{1,2})$</c>, a number from 8 to 64.</summary>
    internal static bool IsPhysBits(ReadOnlySpan<char> text)
    {
        if (text.SequenceEqual("host".AsSpan()))
        {
            return true;
        }

        if (text.Length is not (1 or 2) || !AsciiClass.AllDigits(text))
        {
            return false;
        }

        int bits = AsciiClass.DigitsValue(text, 100);
        return bits >= 8 && bits <= 64;
    }
}
