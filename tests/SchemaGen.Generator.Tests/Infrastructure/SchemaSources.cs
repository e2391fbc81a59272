namespace SchemaGen.Generator.Tests.Infrastructure;

/// <summary>The schema sources of the repository, copied beside the tests, to feed the generator as text.</summary>
public static class SchemaSources
{
    public static string Read(string fileName) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemas", fileName));

    public static string AmdSevOptions => Read("AmdSevOptions.cs");

    public static string SevType => Read("SevType.cs");

    public static string SevHostCapabilities => Read("SevHostCapabilities.cs");

    public static string StorageVolume => Read("StorageVolume.cs");
}
