using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;

namespace SchemaGen.Generator.Tests.Infrastructure;

/// <summary>
/// The metadata references test compilations use: the SDK's reference assemblies for the running
/// .NET (packs/Microsoft.NETCore.App.Ref, found from the running dotnet), plus SchemaGen.Runtime.
/// </summary>
public static class ReferenceAssemblies
{
    // Declared first: static initializers run in order, and the others need it.
    private static readonly string Pack = FindPackFolder();
    private static readonly Lazy<ImmutableArray<MetadataReference>> Net = new(LoadNet);

    /// <summary>The folder of the reference assemblies (also used to find the SDK's own analyzers).</summary>
    public static string PackFolder => Pack;

    /// <summary>The framework's reference assemblies and SchemaGen.Runtime.</summary>
    public static ImmutableArray<MetadataReference> NetWithRuntime { get; } =
        Net.Value.Add(MetadataReference.CreateFromFile(typeof(PropertyStringAttribute).Assembly.Location));

    private static ImmutableArray<MetadataReference> LoadNet()
        => Directory.GetFiles(Path.Combine(PackFolder, "ref", "net" + Environment.Version.ToString(2)), "*.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();

    private static string FindPackFolder()
    {
        // .../dotnet/shared/Microsoft.NETCore.App/<version>/ -> .../dotnet/packs/Microsoft.NETCore.App.Ref/<version>/
        var runtimeDirectory = RuntimeEnvironment.GetRuntimeDirectory();
        var dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        var packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        var version = Environment.Version;
        var candidates = Directory.GetDirectories(packs)
            .Where(d => Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) && v.Major == version.Major)
            .OrderByDescending(d => Version.Parse(Path.GetFileName(d).Split('-')[0]))
            .ToList();
        return candidates.FirstOrDefault() ?? throw new InvalidOperationException(
            $"No reference pack for .NET {version.Major} under {packs}");
    }
}
