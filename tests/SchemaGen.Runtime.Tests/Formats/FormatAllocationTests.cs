using System.Text;

namespace SchemaGen.Runtime.Tests.Formats;

/// <summary>
/// The format validators and disk sizes allocate nothing, on success and on failure, measured with
/// <see cref="AllocationMeter"/> (as in AllocationTests).
/// </summary>
public sealed class FormatAllocationTests
{
    private static readonly string[] Lists =
    [
        "scsi0;net0;usb1",
        "scsi0;x;y",
        "scsi0\0\0net0",
        " ; ,, ",
    ];

    private static readonly string[] Sizes =
    [
        "32G", "3806.30T", "3316KiB", "0", "8388608T", "32g", "", "1.5.2G",
        new string('0', 300) + "1.5G",
    ];

    private static readonly byte[][] Utf8Sizes = Sizes.Select(Encoding.UTF8.GetBytes).ToArray();

    private static long RunOnce()
    {
        long sink = 0;
        foreach (var (format, value) in FormatExamples.Valid)
        {
            sink += PveFormats.Check(format, value, out int start, out int length) is null ? start + length : -1;
        }

        foreach (var (format, value, _) in FormatExamples.Invalid)
        {
            sink += PveFormats.Check(format, value, out int start, out int length)!.Length + start + length;
        }

        foreach (var list in Lists)
        {
            sink += PveFormats.CheckList(PveFormat.PveQmBootdev, list, out int start, out int length)?.Length ?? 0;
            sink += start + length;
        }

        Span<char> chars = stackalloc char[DiskSize.MaxFormattedLength];
        Span<byte> bytes = stackalloc byte[DiskSize.MaxFormattedLength];
        foreach (var size in Sizes)
        {
            if (DiskSize.TryParse(size, out long parsed) && DiskSize.TryFormat(parsed, chars, out int written))
            {
                sink += written;
            }
        }

        foreach (var size in Utf8Sizes)
        {
            if (DiskSize.TryParse(size, out long parsed) && DiskSize.TryFormat(parsed, bytes, out int written))
            {
                sink += written;
            }
        }

        sink += PveFormats.TryLookup("pve-qm-bootdev-list", out var found, out bool isList) ? (int)found + (isList ? 1 : 0) : 0;
        sink += PveFormats.NameOf(PveFormat.MacAddr).Length;
        return sink;
    }

    [Fact]
    public void Checking_parsing_and_printing_allocate_nothing()
    {
        long expected = RunOnce();

        Assert.True(expected > 0);
        Assert.Equal(expected, RunOnce());
        Assert.Equal(0, AllocationMeter.BytesPerCall(() => RunOnce() == expected));
    }
}
