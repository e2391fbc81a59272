namespace SchemaGen.Proxmox;

/// <summary>The values of <see cref="VirtioDrive.Aio"/>.</summary>
public enum DriveAio
{
    /// <summary><c>native</c>.</summary>
    [EnumValue("native")]
    Native,

    /// <summary><c>threads</c>.</summary>
    [EnumValue("threads")]
    Threads,

    /// <summary><c>io_uring</c>.</summary>
    [EnumValue("io_uring")]
    IoUring,
}
