namespace SchemaGen.Tdx;

/// <summary>
/// Where the TDX probe reads model-specific registers from: CPU 0's <c>/dev/cpu/0/msr</c>
/// (<see cref="DeviceMsrSource"/>), or recorded values in tests.
/// </summary>
public interface IMsrSource
{
    /// <summary>Reads one MSR of CPU 0.</summary>
    /// <param name="index">The register, for example <c>0x982</c>.</param>
    /// <returns>Its 64-bit value.</returns>
    /// <exception cref="IOException">The register could not be read (no msr driver, no such register, ...); the message says
    /// why.</exception>
    /// <exception cref="UnauthorizedAccessException">The device may not be read (the helper runs as root).</exception>
    ulong Read(uint index);
}
