using System.Reflection;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;

namespace SchemaGen.Benchmarks.Generator;

/// <summary>
/// What the benchmarks take from the .NET SDK that runs them: the reference assemblies of
/// <c>packs/Microsoft.NETCore.App.Ref/&lt;version&gt;/ref/net10.0</c> and System.Text.Json's source
/// generator from <c>analyzers/dotnet/cs</c> beside them.
/// </summary>
public static class Sdk
{
    private static readonly Lazy<string> PackDirectory = new(FindPack);
    private static readonly Lazy<MetadataReference[]> References = new(LoadReferences);

    /// <summary>The reference pack in use, e.g. <c>/usr/share/dotnet/packs/Microsoft.NETCore.App.Ref/10.0.12</c>.</summary>
    public static string Pack => PackDirectory.Value;

    /// <summary>The framework's reference assemblies plus SchemaGen.Runtime (which holds the attributes).</summary>
    public static IReadOnlyList<MetadataReference> ReferenceAssemblies => References.Value;

    /// <summary>A new instance of System.Text.Json's incremental source generator, loaded from the SDK.</summary>
    public static IIncrementalGenerator CreateSystemTextJsonGenerator()
    {
        var path = Path.Combine(Pack, "analyzers", "dotnet", "cs", "System.Text.Json.SourceGeneration.dll");
        var assembly = Assembly.LoadFrom(path);
        var type = assembly.GetTypes().Single(t => !t.IsAbstract && typeof(IIncrementalGenerator).IsAssignableFrom(t));
        return (IIncrementalGenerator)Activator.CreateInstance(type)!;
    }

    // The running runtime is <root>/shared/Microsoft.NETCore.App/<version>/; its reference pack is
    // <root>/packs/Microsoft.NETCore.App.Ref/<version>/, or the newest one there.
    private static string FindPack()
    {
        var runtime = new DirectoryInfo(RuntimeEnvironment.GetRuntimeDirectory().TrimEnd(Path.DirectorySeparatorChar));
        var root = runtime.Parent!.Parent!.Parent!.FullName;
        var packs = Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref");
        var exact = Path.Combine(packs, runtime.Name);
        if (Directory.Exists(exact))
        {
            return exact;
        }

        return Directory.GetDirectories(packs)
            .OrderByDescending(d => Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) ? v : new Version())
            .FirstOrDefault() ?? throw new DirectoryNotFoundException($"No reference pack in {packs}.");
    }

    private static MetadataReference[] LoadReferences()
    {
        var framework = Directory.GetDirectories(Path.Combine(Pack, "ref")).Single();
        return Directory.GetFiles(framework, "*.dll")
            .Append(typeof(PropertyStringAttribute).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray();
    }
}
