using SchemaGen.TestSchemas;

namespace SchemaGen.Runtime.Tests.Semantics;

/// <summary>
/// Whole qemu-server vector files through the test schemas that use the language's newer words:
/// <c>net</c> (keyAlias, named formats), <c>ipconfig</c> (requires, IP formats), <c>boot</c> (a
/// <c>-list</c> format, an optional default key). The per-format suites of SchemaGen.Proxmox are
/// elsewhere; these prove the generator's side.
/// </summary>
public sealed class LanguageVectorTests
{
    // Every model's text, as the printer writes it: the keys that alias 'macaddr'.
    private static readonly HashSet<string> NicModels =
        Enum.GetValues<NicModel>().Select(m => new NetDevice { Model = m }.ToString()).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Every_net_line()
        => Assert.Equal(250, QemuVectorRun.Check<NetDevice>("qemu/net.cases.jsonl", "model", NetDevice.TryParse, NetDevice.TryParse,
            key => NicModels.Contains(key) ? "macaddr" : key));

    [Fact]
    public void Every_ipconfig_line()
        => Assert.Equal(250, QemuVectorRun.Check<IpConfig>("qemu/ipconfig.cases.jsonl", null, IpConfig.TryParse, IpConfig.TryParse));

    [Fact]
    public void Every_boot_line()
        => Assert.Equal(250, QemuVectorRun.Check<BootOrder>("qemu/boot.cases.jsonl", "legacy", BootOrder.TryParse, BootOrder.TryParse));

    [Fact]
    public void The_model_list_has_every_model()
        => Assert.Equal(14, NicModels.Count);
}
