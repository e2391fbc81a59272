using SchemaGen;
using SchemaGen.Sev;

// A first taste until the launcher's commands land (issue 6): parse and print amd-sev values.
string[] values = args.Length > 0 ? args : ["snp,allow-smt=0,kernel-hashes=1", "type=std,no-debug=on", "type=stdd"];
Console.WriteLine($"amd-sev: {AmdSevOptions.Synopsis}");
int exitCode = 0;
foreach (var value in values)
{
    if (AmdSevOptions.TryParse(value, out var options, out PropertyStringError error))
    {
        Console.WriteLine($"  {value,-40} -> {options}");
    }
    else
    {
        Console.Error.WriteLine($"  {value,-40} -> error: {error}");
        exitCode = 1;
    }
}

return exitCode;
