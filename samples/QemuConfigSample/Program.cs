// Reads a qemu-server VM config, reports every problem with its line, and prints the config back
// as qemu-server writes it (options sorted, property strings in their canonical form).
//
//   dotnet run --project samples/QemuConfigSample -- [FILE]
//
// Without FILE it reads examples/snapshot-rollback-101.conf, one of qemu-server's own test configs.
using SchemaGen.Proxmox;

var path = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "examples", "snapshot-rollback-101.conf");
if (!File.Exists(path))
{
    Console.Error.WriteLine($"no such file: {path}");
    return 2;
}

// The custom CPU models of this node, when it is a Proxmox VE node; the built-in ones otherwise.
CpuModelCatalog.SetProcessDefault(CpuModelCatalog.FromNode());

var config = QemuVmConfig.ReadFile(path);
foreach (var problem in config.Problems)
{
    Console.Error.WriteLine($"{path}: {problem}");
}

Console.Write(config.ToString());
return config.IsValid ? 0 : 1;
