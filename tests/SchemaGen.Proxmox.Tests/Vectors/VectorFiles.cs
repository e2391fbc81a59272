namespace SchemaGen.Proxmox.Tests.Vectors;

/// <summary>Where the copied qemu-server vectors are in the test output.</summary>
public static class VectorFiles
{
    public static string Directory => TestVectors.Path("qemu");

    public static string PathOf(string relativePath) => TestVectors.Path("qemu", relativePath);
}
