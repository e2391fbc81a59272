using System.Buffers.Binary;

namespace SchemaGen.Tdx;

/// <summary>
/// CPU 0's MSRs through the Linux <c>msr</c> driver, as Proxmox's helper reads them: an 8-byte
/// <c>pread</c> of <c>/dev/cpu/0/msr</c> at the register's index.
/// </summary>
public sealed class DeviceMsrSource : IMsrSource
{
    /// <summary>The device Proxmox's helper reads.</summary>
    public const string DefaultDevice = "/dev/cpu/0/msr";

    /// <summary>Creates a source reading <paramref name="device"/>.</summary>
    /// <param name="device">The msr device of one CPU.</param>
    public DeviceMsrSource(string device = DefaultDevice)
    {
        ArgumentException.ThrowIfNullOrEmpty(device);
        Device = device;
    }

    /// <summary>The source for CPU 0 of the machine this process runs on.</summary>
    public static DeviceMsrSource Cpu0 { get; } = new();

    /// <summary>The msr device.</summary>
    public string Device { get; }

    /// <inheritdoc/>
    public ulong Read(uint index)
    {
        try
        {
            using var handle = File.OpenHandle(Device, FileMode.Open, FileAccess.Read);
            Span<byte> value = stackalloc byte[sizeof(ulong)];
            int read = RandomAccess.Read(handle, value, index);
            if (read != value.Length)
            {
                throw new IOException($"{Device}: reading MSR 0x{index:x8} gave {read} bytes, not 8");
            }

            return BinaryPrimitives.ReadUInt64LittleEndian(value);
        }
        catch (NotSupportedException e)
        {
            // The device did not allow positioned reads: the same as a failed pread for the caller.
            throw new IOException($"{Device}: cannot read MSR 0x{index:x8}: {e.Message}", e);
        }
        catch (FileNotFoundException e)
        {
            throw new IOException($"{Device} does not exist (is the msr module loaded? modprobe msr)", e);
        }
        catch (DirectoryNotFoundException e)
        {
            throw new IOException($"{Device} does not exist (is the msr module loaded? modprobe msr)", e);
        }
    }
}
