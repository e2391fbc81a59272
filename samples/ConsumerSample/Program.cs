using ConsumerSample;
using SchemaGen;

// Parse, print and validate net0 values with the generated code.
Console.WriteLine($"net0: {NetworkDevice.Synopsis}");

string[] inputs = args.Length > 0 ? args :
[
    "virtio,bridge=vmbr0,firewall=1,tag=100",
    "model=e1000,macaddr=BC:24:11:2A:3B:4C,rate=12.5,bridge=vmbr1",
    "virtio,bridge=vmbr0,tag=5000",
    "virtio,macaddr=nope",
];

foreach (var input in inputs)
{
    Console.WriteLine(NetworkDevice.TryParse(input, out var device, out PropertyStringError error)
        ? $"ok     {input} -> {device}"
        : $"error  {input} -> {error}");
}

// A value built in code is checked with TryValidate before it is written anywhere.
var built = new NetworkDevice { Model = NicModel.Virtio, Bridge = "vmbr0", Mtu = 70000 };
Console.WriteLine(built.TryValidate(out var problem) ? $"valid  {built}" : $"invalid {built} -> {problem}");
return 0;
