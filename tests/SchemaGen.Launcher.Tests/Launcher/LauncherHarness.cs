using SchemaGen.Sev.Tests.Host;
using SchemaGen.Sev;
using SevLauncher;
using SevLauncher.Qemu;

namespace SchemaGen.Launcher.Tests.Launcher;

/// <summary>What one in-process run of sev-launch printed and returned.</summary>
internal sealed record LauncherResult(int ExitCode, string Out, string Err)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}--- stderr\n{Err}";
}

/// <summary>Records what start would run, and answers with a chosen exit code.</summary>
internal sealed class RecordingQemuRunner(int exitCode = 0) : IQemuRunner
{
    public List<(string Executable, IReadOnlyList<string> Arguments)> Runs { get; } = [];

    /// <summary>Runs the callback while "QEMU runs", to look at files start made for it.</summary>
    public Action? WhileRunning { get; init; }

    public int Run(string executable, IReadOnlyList<string> arguments)
    {
        Runs.Add((executable, arguments));
        WhileRunning?.Invoke();
        return exitCode;
    }
}

/// <summary>
/// A fake machine for sev-launch: a probe from recorded registers and sysfs files, a capability file
/// path in a private folder (absent until a test writes it), and a recording QEMU runner. Firmware
/// exists only where a test puts it.
/// </summary>
internal sealed class LauncherHarness : IDisposable
{
    private readonly TempDirectory _directory = new();

    public LauncherHarness(Func<SevHostProbeResult>? probe = null, IQemuRunner? runner = null,
        Func<SchemaGen.Tdx.TdxHostProbeResult>? probeTdx = null)
    {
        Runner = runner ?? new RecordingQemuRunner();
        Environment = new LauncherEnvironment
        {
            Probe = probe ?? IntelHost,
            ProbeTdx = probeTdx ?? IntelGuestTdx,

            // No QEMU to ask: the firmware form before 10.0 unless a test says --qemu-version.
            QemuVersionOutput = _ => null,
            CapabilityFilePath = _directory["run/host-hw-capabilities.json"],

            // Not the build machine's /etc/pve: qemu-server's built-in CPU models unless a test gives a node's.
            CpuModels = () => SchemaGen.Proxmox.CpuModelCatalog.BuiltIn,
            Runner = Runner,
        };
    }

    public LauncherEnvironment Environment { get; set; }

    public IQemuRunner Runner { get; }

    /// <summary>A folder of this test's own.</summary>
    public TempDirectory Directory => _directory;

    /// <summary>The build machine: an Intel KVM guest.</summary>
    public static SevHostProbeResult IntelHost() => SevHostProbe.Probe(HostFixtures.IntelCpu(), new FakeHostFileSystem());

    /// <summary>The build machine's TDX side: a KVM guest cannot read the MSRs, so TDX is undetermined.</summary>
    public static SchemaGen.Tdx.TdxHostProbeResult IntelGuestTdx() => SchemaGen.Tdx.TdxHostProbe.Probe(HostFixtures.IntelCpu(),
        FakeMsr.Unreadable(), new FakeHostFileSystem());

    /// <summary>An Intel host with TDX enabled in the CPU and in kvm_intel.</summary>
    public static SchemaGen.Tdx.TdxHostProbeResult TdxHost()
    {
        var fileSystem = new FakeHostFileSystem();
        fileSystem.Files[SchemaGen.Tdx.TdxHostProbe.KvmIntelParameterDirectory + "/tdx"] = "Y\n";
        return SchemaGen.Tdx.TdxHostProbe.Probe(HostFixtures.IntelCpu(), FakeMsr.TdxHost(), fileSystem);
    }

    /// <summary>A Turin host with SEV, SEV-ES and SEV-SNP enabled in KVM and /dev/sev present.</summary>
    public static SevHostProbeResult TurinHost() => SevHostProbe.Probe(HostFixtures.TurinCpu(), FakeHostFileSystem.WithKvm("Y", "Y", "Y"));

    /// <summary>A Milan-like host whose KVM has SEV-SNP off.</summary>
    public static SevHostProbeResult MilanHostWithoutSnp() => SevHostProbe.Probe(HostFixtures.MilanCpu(),
        FakeHostFileSystem.WithKvm("Y", "Y", "N"));

    /// <summary>The capability file of qemu-server's test host amd-turin-9005.</summary>
    public static string TurinCaps => Example("turin-capabilities.json");

    /// <summary>An example config shipped in samples/SevLauncher/examples.</summary>
    public static string Example(string name) => Path.Combine(AppContext.BaseDirectory, "launcher-examples", name);

    /// <summary>One of qemu-server's own cfg2cmd test configs.</summary>
    public static string Cfg2Cmd(string name) => TestVectors.Path("qemu-server-cfg2cmd", name);

    /// <summary>Writes a file in the test's folder and returns its path.</summary>
    public string Write(string name, string text)
    {
        string path = _directory[name];
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Puts the SEV firmware images into a folder of the test's and returns it, for --firmware.</summary>
    public string FirmwareRoot()
    {
        string root = _directory["firmware"];
        System.IO.Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "OVMF_SEV_CODE_4M.fd"), "code");
        File.WriteAllText(Path.Combine(root, "OVMF_SEV_VARS_4M.fd"), "vars template");
        File.WriteAllText(Path.Combine(root, "OVMF_SEV_4M.fd"), "snp image");
        return root;
    }

    public LauncherResult Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int exitCode = SevLaunchApp.Run(args, stdout, stderr, Environment);
        return new LauncherResult(exitCode, stdout.ToString(), stderr.ToString());
    }

    public void Dispose() => _directory.Dispose();
}
