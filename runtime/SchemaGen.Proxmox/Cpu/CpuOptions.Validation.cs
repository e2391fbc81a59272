namespace SchemaGen.Proxmox;

public readonly partial record struct CpuOptions
{
    // qemu-server registers the format with validate_vm_cpu_conf, which runs after the keys parsed.
    partial void ValidateCrossFieldRules(ref PropertyStringError error)
    {
        if (VmCpuRules.Check(Cputype, Flags, ReportedModel is not null) is { } message)
        {
            PropertyStringError.Report(ref error, PropertyStringErrorKind.Rule, null, message, 0, 0);
        }
    }
}
