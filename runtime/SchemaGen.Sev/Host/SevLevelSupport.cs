namespace SchemaGen.Sev;

/// <summary>One row of the probe's table: can this host run guests of one SEV type, and if not, why.</summary>
/// <param name="Type">The SEV type, as the <c>amd-sev</c> option names it.</param>
/// <param name="Name">Its display name: <c>SEV</c>, <c>SEV-ES</c> or <c>SEV-SNP</c>.</param>
/// <param name="CpuSupports">Whether the processor reports the feature (CPUID <c>Fn8000_001F</c> EAX).</param>
/// <param name="Kvm">The <c>kvm_amd</c> parameter that says whether KVM enabled it.</param>
/// <param name="Missing">What is missing, in a sentence that starts with <see cref="Name"/>; null when the type is usable.</param>
public sealed record SevLevelSupport(SevType Type, string Name, bool CpuSupports, KvmParameter Kvm, string? Missing)
{
    /// <summary>Whether guests of this type can run: the CPU has it and KVM enabled it.</summary>
    public bool Usable => CpuSupports && Kvm.IsEnabled;
}
