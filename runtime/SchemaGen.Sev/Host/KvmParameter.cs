namespace SchemaGen.Sev;

/// <summary>One <c>kvm_amd</c> module parameter as read from sysfs.</summary>
/// <param name="Name">The parameter's name: <c>sev</c>, <c>sev_es</c> or <c>sev_snp</c>.</param>
/// <param name="State">What it says.</param>
/// <param name="Text">The value as read (trimmed), or why it could not be read; null when absent.</param>
public readonly record struct KvmParameter(string Name, KvmParameterState State, string? Text)
{
    /// <summary>Whether KVM enabled the feature.</summary>
    public bool IsEnabled => State == KvmParameterState.Enabled;

    /// <summary>The parameter's sysfs file.</summary>
    public string Path => KvmSevSettings.ParameterDirectory + "/" + Name;

    /// <summary>Reads a parameter; never throws.</summary>
    /// <param name="fileSystem">Where to read it.</param>
    /// <param name="name">The parameter's name.</param>
    public static KvmParameter Read(IHostFileSystem fileSystem, string name)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        string path = KvmSevSettings.ParameterDirectory + "/" + name;
        string? text;
        try
        {
            text = fileSystem.ReadAllTextOrNull(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new KvmParameter(name, KvmParameterState.Unreadable, e.Message);
        }

        if (text is null)
        {
            return new KvmParameter(name, KvmParameterState.Absent, null);
        }

        // Boolean module parameters print Y/N; kernels before 5.x printed int parameters as 1/0.
        string value = text.Trim();
        var state = value switch
        {
            "Y" or "y" or "1" => KvmParameterState.Enabled,
            "N" or "n" or "0" => KvmParameterState.Disabled,
            _ => KvmParameterState.Unrecognized,
        };
        return new KvmParameter(name, state, value);
    }
}
