namespace SchemaGen.Sev;

/// <summary>The four registers one <c>CPUID</c> leaf returns.</summary>
/// <param name="Eax">EAX after <c>CPUID</c>.</param>
/// <param name="Ebx">EBX after <c>CPUID</c>.</param>
/// <param name="Ecx">ECX after <c>CPUID</c>.</param>
/// <param name="Edx">EDX after <c>CPUID</c>.</param>
public readonly record struct CpuidRegisters(uint Eax, uint Ebx, uint Ecx, uint Edx)
{
    /// <inheritdoc/>
    public override string ToString() => $"eax={Eax:x8} ebx={Ebx:x8} ecx={Ecx:x8} edx={Edx:x8}";
}
