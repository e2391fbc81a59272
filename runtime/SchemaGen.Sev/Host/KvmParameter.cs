namespace SchemaGen.Sev;

/// <summary>One KVM module parameter as read from sysfs (<c>kvm_amd</c>'s SEV ones, <c>kvm_intel</c>'s <c>tdx</c>).</summary>
/// <param name="Name">The parameter's name: <c>sev</c>, <c>sev_es</c>, <c>sev_snp</c> or <c>tdx</c>.</param>
/// <param name="State">What it says.</param>
/// <param name="Text">The value as read (trimmed), or why it could not be read; null when absent.</param>
public readonly record struct KvmParameter(string Name, KvmParameterState State, string? Text)
{
    /// <summary>Whether KVM enabled the feature.</summary>
    public bool IsEnabled => State == KvmParameterState.Enabled;

    /// <summary>The module's parameter directory: <see cref="KvmSevSettings.ParameterDirectory"/> unless set.</summary>
    public string Directory { get; init; } = KvmSevSettings.ParameterDirectory;

    /// <summary>The parameter's sysfs file.</summary>
    public string Path => Directory + "/" + Name;

    /// <summary>Reads a <c>kvm_amd</c> parameter; never throws.</summary>
    /// <param name="fileSystem">Where to read it.</param>
    /// <param name="name">The parameter's name.</param>
    public static KvmParameter Read(IHostFileSystem fileSystem, string name) => Read(fileSystem, KvmSevSettings.ParameterDirectory, name);

    /// <summary>Reads a parameter of any module; never throws.</summary>
    /// <param name="fileSystem">Where to read it.</param>
    /// <param name="directory">The module's parameter directory, for example <c>/sys/module/kvm_intel/parameters</c>.</param>
    /// <param name="name">The parameter's name.</param>
    public static KvmParameter Read(IHostFileSystem fileSystem, string directory, string name)
    {
        ArgumentNullException.ThrowIfNull(fileSystem);
        ArgumentException.ThrowIfNullOrEmpty(directory);
        string path = directory + "/" + name;
        string? text;
        try
        {
            text = fileSystem.ReadAllTextOrNull(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new KvmParameter(name, KvmParameterState.Unreadable, e.Message) { Directory = directory };
        }

        if (text is null)
        {
            return new KvmParameter(name, KvmParameterState.Absent, null) { Directory = directory };
        }

        // Boolean module parameters print Y/N; kernels before 5.x printed int parameters as 1/0.
        string value = text.Trim();
        var state = value switch
        {
            "Y" or "y" or "1" => KvmParameterState.Enabled,
            "N" or "n" or "0" => KvmParameterState.Disabled,
            _ => KvmParameterState.Unrecognized,
        };
        return new KvmParameter(name, state, value) { Directory = directory };
    }
}
