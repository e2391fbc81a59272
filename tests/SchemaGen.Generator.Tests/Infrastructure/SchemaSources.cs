namespace SchemaGen.Generator.Tests.Infrastructure;

/// <summary>The schema sources of the repository, copied beside the tests, to feed the generator as text.</summary>
public static class SchemaSources
{
    public static string Read(string fileName) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemas", fileName));

    public static string AmdSevOptions => Read("AmdSevOptions.cs");

    public static string SevType => Read("SevType.cs");

    public static string SevHostCapabilities => Read("SevHostCapabilities.cs");

    public static string StorageVolume => Read("StorageVolume.cs");

    public static string NetDevice => Read("NetDevice.cs");

    public static string IpConfig => Read("IpConfig.cs");

    public static string BootOrder => Read("BootOrder.cs");

    public static string DriveVolume => Read("DriveVolume.cs");

    public static string ThrottledNetDevice => Read("ThrottledNetDevice.cs");

    /// <summary>The test schemas that use the language's newer words (keyAlias, named formats, requires, disk-size).</summary>
    public static string[] Language => [NetDevice, IpConfig, BootOrder, DriveVolume];
}
