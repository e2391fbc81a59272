using System.Text;
using SchemaGen.Sev;

namespace SchemaGen.Runtime.Tests.Host;

/// <summary>Every way reading the capability file can fail, each with its message.</summary>
public sealed class CapabilityFileReadTests : IDisposable
{
    private const string TurinFile = "{ \"amd-sev\": { \"cbitpos\": 51, \"reduced-phys-bits\": 6, \"sev-support\": true, " +
        "\"sev-support-es\": true, \"sev-support-snp\": true } }\n";
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void A_good_file_reads()
    {
        string path = Write(TurinFile);

        var capabilities = SevHostCapabilities.ReadJsonFile(path);

        Assert.Equal(51, capabilities?.Cbitpos);
        Assert.Equal(6, capabilities?.ReducedPhysBits);
        Assert.True(capabilities?.SevSupportSnp);
    }

    [Fact]
    public void The_file_of_a_host_that_is_not_amd_reads_as_null()
    {
        Assert.Null(SevHostCapabilities.ReadJsonFile(Write("{ }\n")));
    }

    [Fact]
    public void Missing_file_says_how_to_create_it()
    {
        string path = _directory["host-hw-capabilities.json"];

        var error = Fails(path, SevCapabilityFileProblem.Missing);

        Assert.Equal($"The host capability file '{path}' does not exist. Create it with: sev-launch probe --write {path}", error.Message);
        Assert.Equal(path, error.Path);
    }

    [Fact]
    public void Missing_directory_is_a_missing_file()
    {
        Fails(_directory["no-such-dir/host-hw-capabilities.json"], SevCapabilityFileProblem.Missing);
    }

    [Fact]
    public void Directory_is_refused()
    {
        var error = Fails(_directory.Path, SevCapabilityFileProblem.NotAFile);

        Assert.Equal($"The host capability file '{_directory.Path}' is a directory, not a file.", error.Message);
    }

    [Fact]
    public void Symbolic_link_is_refused_and_its_target_named()
    {
        string target = Write(TurinFile, "elsewhere.json");
        string link = _directory["host-hw-capabilities.json"];
        File.CreateSymbolicLink(link, target);

        var error = Fails(link, SevCapabilityFileProblem.SymbolicLink);

        Assert.Equal(
            $"The host capability file '{link}' is a symbolic link to '{target}'; links are not followed, the file must be a regular " +
                $"file. Remove the link and run: sev-launch probe --write {link}",
            error.Message);
    }

    [Fact]
    public void Dangling_symbolic_link_is_a_link_not_a_missing_file()
    {
        string link = _directory["host-hw-capabilities.json"];
        File.CreateSymbolicLink(link, "/nonexistent/caps.json");

        var error = Fails(link, SevCapabilityFileProblem.SymbolicLink);

        Assert.Contains("is a symbolic link to '/nonexistent/caps.json'", error.Message);
    }

    [SkippableFact]
    public void Unreadable_file_gives_the_system_reason()
    {
        // root reads any file whatever its mode; a write-only sysfs attribute refuses even root.
        Skip.If(OperatingSystem.IsWindows(), "Unix modes only");
        string path;
        if (!OperatingSystem.IsWindows() && Environment.UserName != "root")
        {
            path = Write(TurinFile);
            File.SetUnixFileMode(path, UnixFileMode.None);
        }
        else
        {
            path = "/sys/bus/pci/rescan";
            Skip.IfNot(File.Exists(path), "no file here that root cannot read");
        }

        var error = Fails(path, SevCapabilityFileProblem.Unreadable);

        Assert.StartsWith($"The host capability file '{path}' cannot be read: ", error.Message);
        Assert.IsType<UnauthorizedAccessException>(error.InnerException);
    }

    [Fact]
    public void Empty_file_is_refused()
    {
        string path = Write(string.Empty);

        var error = Fails(path, SevCapabilityFileProblem.Empty);

        Assert.Equal(
            $"The host capability file '{path}' is empty (0 bytes), or not a regular file. Write it again with: sev-launch probe " +
                $"--write {path}", error.Message);
    }

    [Fact]
    public void Blank_file_is_empty_too()
    {
        string path = Write(" \n\n");

        var error = Fails(path, SevCapabilityFileProblem.Empty);

        Assert.Equal($"The host capability file '{path}' is empty: it holds no JSON. Write it again with: sev-launch probe --write {path}",
            error.Message);
    }

    [Fact]
    public void Huge_file_is_refused_unread()
    {
        string path = Write(TurinFile + new string(' ', SevCapabilityFile.MaxFileSize));

        var error = Fails(path, SevCapabilityFileProblem.TooLarge);

        Assert.StartsWith(
            $"The host capability file '{path}' is {TurinFile.Length + SevCapabilityFile.MaxFileSize} bytes, more than the 65536 bytes",
            error.Message);
    }

    [Fact]
    public void A_file_of_exactly_the_limit_reads()
    {
        string path = Write(TurinFile + new string(' ', SevCapabilityFile.MaxFileSize - TurinFile.Length));

        Assert.Equal(51, SevHostCapabilities.ReadJsonFile(path)?.Cbitpos);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(40)]
    [InlineData(124)] // all but " }\n"
    public void Truncated_file_is_named_truncated(int keep)
    {
        string path = Write(TurinFile[..keep]);

        var error = Fails(path, SevCapabilityFileProblem.Truncated);

        Assert.Equal(
            $"The host capability file '{path}' is truncated: the JSON stops after {keep} bytes, before its object is closed. Write it " +
                $"again with: sev-launch probe --write {path}", error.Message);
    }

    [Theory]
    [InlineData("{ \"amd-sev\": { \"cbitpos\": 51,, } }")]
    [InlineData("{ amd-sev: {} }")]
    [InlineData("{ \"amd-sev\": { \"cbitpos\": 51 } } // written by hand")]
    public void Corrupt_json_is_named_invalid(string json)
    {
        string path = Write(json);

        var error = Fails(path, SevCapabilityFileProblem.InvalidJson);

        Assert.StartsWith($"The host capability file '{path}' is not valid JSON: ", error.Message);
    }

    [Fact]
    public void Invalid_json_message_carries_the_position()
    {
        var error = Assert.Throws<SevCapabilityFileException>(() => SevHostCapabilities.ParseJson(
            "{ \"amd-sev\": { \"cbitpos\": 51,, } }"u8));

        Assert.Equal(SevCapabilityFileProblem.InvalidJson, error.Problem);
        Assert.Null(error.Path);
        Assert.StartsWith("The capability JSON is not valid JSON: ", error.Message);
        Assert.Contains("BytePositionInLine: 29", error.Message);
    }

    [Fact]
    public void Content_after_the_object_is_invalid()
    {
        string path = Write("{ }\n{ }\n");

        var error = Fails(path, SevCapabilityFileProblem.InvalidJson);

        Assert.Equal(
            $"The host capability file '{path}' is not valid JSON: there is more after the object, from byte 3. Write it again with: " +
                $"sev-launch probe --write {path}", error.Message);
    }

    [Fact]
    public void Repeated_key_is_invalid()
    {
        var error = Assert.Throws<SevCapabilityFileException>(() => SevHostCapabilities.ParseJson(
            "{ \"amd-sev\": { \"cbitpos\": 51, \"cbitpos\": 47 } }"u8));

        Assert.Equal(SevCapabilityFileProblem.InvalidJson, error.Problem);
        Assert.Equal("The capability JSON is not valid: the key 'cbitpos' appears twice in 'amd-sev'.", error.Message);
    }

    [Theory]
    [InlineData("[]", "the top level: it must be a JSON object, not an array")]
    [InlineData("\"amd-sev\"", "the top level: it must be a JSON object, not the string \"amd-sev\"")]
    [InlineData("{ \"amd-sev\": true }", "'amd-sev': it must be an object, not true")]
    [InlineData("{ \"amd-sev\": null }", "'amd-sev': it must be an object, not null")]
    [InlineData("{ \"amd-sev\": { \"cbitpos\": \"51\" } }", "'amd-sev.cbitpos': it must be an integer, not the string \"51\"")]
    [InlineData("{ \"amd-sev\": { \"cbitpos\": 51.5 } }", "'amd-sev.cbitpos': it must be an integer, not the number 51.5")]
    [InlineData("{ \"amd-sev\": { \"reduced-phys-bits\": [6] } }", "'amd-sev.reduced-phys-bits': it must be an integer, not an array")]
    [InlineData("{ \"amd-sev\": { \"sev-support\": 1 } }", "'amd-sev.sev-support': it must be true or false, not the number 1")]
    [InlineData("{ \"amd-sev\": { \"sev-support-snp\": \"true\" } }",
        "'amd-sev.sev-support-snp': it must be true or false, not the string \"true\"")]
    public void Wrong_type_names_the_key_and_what_it_got(string json, string expected)
    {
        string path = Write(json);

        var error = Fails(path, SevCapabilityFileProblem.WrongType);

        Assert.Equal(
            $"The host capability file '{path}' has the wrong type for {expected}. Write it again with: sev-launch probe --write {path}",
            error.Message);
    }

    [Theory]
    [InlineData("{ \"amd-sev\": { \"cbitpos\": 101 } }", "cbitpos: value must have a maximum value of 100")]
    [InlineData("{ \"amd-sev\": { \"reduced-phys-bits\": -1 } }", "reduced-phys-bits: value must have a minimum value of 0")]
    [InlineData("{ \"amd-sev\": { \"cbitpos\": 99999999999999999999999 } }", "cbitpos: value must have a maximum value of 100")]
    public void Value_outside_the_schema_is_refused_in_the_schemas_words(string json, string expected)
    {
        var error = Assert.Throws<SevCapabilityFileException>(() => SevHostCapabilities.ParseJson(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(SevCapabilityFileProblem.InvalidValue, error.Problem);
        Assert.Equal($"The capability JSON has a bad value: amd-sev: {expected}.", error.Message);
    }

    private string Write(string content, string name = "host-hw-capabilities.json")
    {
        string path = _directory[name];
        File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    private static SevCapabilityFileException Fails(string path, SevCapabilityFileProblem problem)
    {
        var error = Assert.Throws<SevCapabilityFileException>(() => SevHostCapabilities.ReadJsonFile(path));
        Assert.Equal(problem, error.Problem);
        return error;
    }
}
