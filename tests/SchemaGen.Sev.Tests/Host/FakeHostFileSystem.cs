using SchemaGen.Sev;

namespace SchemaGen.Sev.Tests.Host;

/// <summary>A table of paths: files with text, paths that merely exist (directories, devices), and files that fail to read.</summary>
internal sealed class FakeHostFileSystem : IHostFileSystem
{
    public Dictionary<string, string> Files { get; } = [];

    public HashSet<string> Present { get; } = [];

    public Dictionary<string, Exception> Failing { get; } = [];

    public bool Exists(string path) => Files.ContainsKey(path) || Present.Contains(path) || Failing.ContainsKey(path);

    public string? ReadAllTextOrNull(string path)
    {
        if (Failing.TryGetValue(path, out var failure))
        {
            throw failure;
        }

        return Files.TryGetValue(path, out var text) ? text : null;
    }

    /// <summary>A loaded kvm_amd with the three parameters as sysfs prints them, and /dev/sev.</summary>
    public static FakeHostFileSystem WithKvm(string? sev, string? sevEs, string? sevSnp, bool devSev = true)
    {
        var fileSystem = new FakeHostFileSystem();
        fileSystem.Present.Add(KvmSevSettings.ModuleDirectory);
        fileSystem.Present.Add(KvmSevSettings.ParameterDirectory);
        fileSystem.SetParameter("sev", sev);
        fileSystem.SetParameter("sev_es", sevEs);
        fileSystem.SetParameter("sev_snp", sevSnp);
        if (devSev)
        {
            fileSystem.Present.Add(KvmSevSettings.DevSevPath);
        }

        return fileSystem;
    }

    public void SetParameter(string name, string? value)
    {
        string path = KvmSevSettings.ParameterDirectory + "/" + name;
        if (value is null)
        {
            Files.Remove(path);
        }
        else
        {
            Files[path] = value + "\n";
        }
    }
}
