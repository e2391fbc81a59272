using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SchemaGen.Generator.Tests.Infrastructure;

/// <summary>
/// What every test compilation and test project compiles against: the .NET 10 reference assemblies
/// of Basic.Reference.Assemblies (a package restored with the tests, so nothing is looked up or
/// downloaded while they run) and SchemaGen.Runtime.
/// </summary>
public static class TestReferences
{
    public static ImmutableArray<MetadataReference> NetWithRuntime { get; } =
    [
        .. Basic.Reference.Assemblies.Net100.References.All,
        MetadataReference.CreateFromFile(typeof(PropertyStringAttribute).Assembly.Location),
    ];
}
