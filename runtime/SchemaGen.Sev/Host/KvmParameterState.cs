namespace SchemaGen.Sev;

/// <summary>What one <c>kvm_amd</c> module parameter says.</summary>
public enum KvmParameterState
{
    /// <summary>The parameter reads <c>Y</c> (or <c>1</c> on old kernels): KVM enabled the feature.</summary>
    Enabled,

    /// <summary>The parameter reads <c>N</c> (or <c>0</c>): KVM has the feature off.</summary>
    Disabled,

    /// <summary>There is no such parameter: <c>kvm_amd</c> is not loaded, or the kernel predates the feature.</summary>
    Absent,

    /// <summary>The parameter exists but could not be read.</summary>
    Unreadable,

    /// <summary>The parameter holds something other than <c>Y</c>, <c>N</c>, <c>1</c> or <c>0</c>.</summary>
    Unrecognized,
}
