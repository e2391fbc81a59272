using System.Text;
using SchemaGen.Sev;

namespace SchemaGen.Runtime.Tests.Host;

/// <summary>Writing the capability file: exact bytes, modes, and atomic replacement.</summary>
public sealed class CapabilityFileWriteTests : IDisposable
{
    private const UnixFileMode Mode644 = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
    private const UnixFileMode Mode755 = Mode644 | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    private static readonly SevHostCapabilities Milan = new()
    {
        Cbitpos = 51,
        ReducedPhysBits = 1,
        SevSupport = true,
        SevSupportEs = true,
        SevSupportSnp = false,
    };

    private static readonly byte[] MilanBytes = Encoding.UTF8.GetBytes(
        "{ \"amd-sev\": { \"cbitpos\": 51, \"reduced-phys-bits\": 1, \"sev-support\": true, \"sev-support-es\": true, " +
            "\"sev-support-snp\": false } }\n");

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Creates_directories_0755_and_the_file_0644_with_exact_bytes()
    {
        string path = _directory["run/qemu-server/host-hw-capabilities.json"];

        SevCapabilityFile.Write(path, Milan);

        Assert.Equal(MilanBytes, File.ReadAllBytes(path));
        AssertMode(Mode644, path);
        AssertMode(Mode755, _directory["run/qemu-server"]);
        AssertMode(Mode755, _directory["run"]);
    }

    [Fact]
    public void Writes_the_empty_object_for_a_host_that_is_not_amd()
    {
        string path = _directory["host-hw-capabilities.json"];

        SevCapabilityFile.Write(path, null);

        Assert.Equal("{ }\n"u8.ToArray(), File.ReadAllBytes(path));
    }

    [Fact]
    public void Replaces_an_old_file_with_a_new_one_and_leaves_nothing_beside_it()
    {
        string path = _directory["host-hw-capabilities.json"];
        File.WriteAllText(path,
            "old content that is longer than the new one will be, to catch a write in place " +
                "...............................................................");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        SevCapabilityFile.Write(path, Milan);

        Assert.Equal(MilanBytes, File.ReadAllBytes(path));
        AssertMode(Mode644, path);
        Assert.Equal([path], Directory.GetFileSystemEntries(_directory.Path));
    }

    [Fact]
    public void A_write_that_fails_midway_leaves_the_old_file_intact()
    {
        string path = _directory["host-hw-capabilities.json"];
        SevCapabilityFile.Write(path, null);
        byte[] before = File.ReadAllBytes(path);

        var error = Assert.Throws<SevCapabilityFileException>(() => SevCapabilityFile.Write(path, Milan,
            stream => new FailingStream(stream, failAfter: 20)));

        Assert.Equal(SevCapabilityFileProblem.WriteFailed, error.Problem);
        Assert.Equal($"Could not write the host capability file '{path}': disk full (simulated) Any previous file there is unchanged.",
            error.Message);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal([path], Directory.GetFileSystemEntries(_directory.Path));
    }

    [Fact]
    public void A_directory_in_the_way_fails_cleanly()
    {
        string path = _directory["host-hw-capabilities.json"];
        Directory.CreateDirectory(path);

        var error = Assert.Throws<SevCapabilityFileException>(() => SevCapabilityFile.Write(path, Milan));

        Assert.Equal(SevCapabilityFileProblem.WriteFailed, error.Problem);
        Assert.True(Directory.Exists(path));
        Assert.Equal([path], Directory.GetFileSystemEntries(_directory.Path));
    }

    [Fact]
    public void A_file_where_the_directory_belongs_fails_cleanly()
    {
        string notADirectory = _directory["qemu-server"];
        File.WriteAllText(notADirectory, "a file");

        var error = Assert.Throws<SevCapabilityFileException>(() => SevCapabilityFile.Write(
            Path.Combine(notADirectory, "host-hw-capabilities.json"), Milan));

        Assert.Equal(SevCapabilityFileProblem.WriteFailed, error.Problem);
        Assert.Equal("a file", File.ReadAllText(notADirectory));
    }

    [Fact]
    public void A_symbolic_link_is_replaced_not_written_through()
    {
        string target = _directory["target.json"];
        File.WriteAllText(target, "target");
        string path = _directory["host-hw-capabilities.json"];
        File.CreateSymbolicLink(path, target);

        SevCapabilityFile.Write(path, Milan);

        Assert.Null(new FileInfo(path).LinkTarget);
        Assert.Equal(MilanBytes, File.ReadAllBytes(path));
        Assert.Equal("target", File.ReadAllText(target));
    }

    [Fact]
    public void Capabilities_outside_the_schema_are_refused_before_anything_is_written()
    {
        string path = _directory["host-hw-capabilities.json"];

        var error = Assert.Throws<ArgumentException>(() => SevCapabilityFile.Write(path, Milan with { Cbitpos = 101 }));

        Assert.StartsWith("The capabilities break the node format: cbitpos: value must have a maximum value of 100", error.Message);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Written_file_reads_back_to_the_same_capabilities_and_bytes()
    {
        string path = _directory["host-hw-capabilities.json"];
        SevCapabilityFile.Write(path, Milan);

        var read = SevHostCapabilities.ReadJsonFile(path);
        SevCapabilityFile.Write(path, read);

        Assert.Equal(Milan, read);
        Assert.Equal(MilanBytes, File.ReadAllBytes(path));
    }

    // Windows has no Unix modes; there the writer ignores them and so does this check.
    private static void AssertMode(UnixFileMode expected, string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(expected, File.GetUnixFileMode(path));
        }
    }

    /// <summary>Passes the first bytes through, then fails as a full disk would.</summary>
    private sealed class FailingStream(Stream inner, int failAfter) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position
        {
            get => inner.Position;
            set => throw new NotSupportedException();
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            inner.Write(buffer[..Math.Min(buffer.Length, failAfter)]);
            inner.Flush();
            throw new IOException("disk full (simulated)");
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
