using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Tests.Infrastructure;
using static SchemaGen.Generator.Tests.Verifiers.CSharpAnalyzerVerifier;

namespace SchemaGen.Generator.Tests.Analyzers;

/// <summary>
/// SG0200: Proxmox-style VM configuration files listed as AdditionalFiles, checked against the schemas that name their option.
/// </summary>
public sealed class ConfigurationFileTests
{
    private const string GoodConfig = """
        # A confidential guest.
        #   amd-sev: type=nonsense (a comment is not a value)
        boot: order=scsi0
        cores: 4
        amd-sev: snp,allow-smt=0,kernel-hashes=1
        scsi0: local:vm-100-disk-0,format=raw,cache=writeback
        unknown-option: anything goes
        bios: ovmf

        [snapshot-before-upgrade]
        amd-sev: this is a snapshot's business
        """;

    private static readonly string[] Schemas = [SchemaSources.AmdSevOptions, SchemaSources.SevType, SchemaSources.StorageVolume];

    [Fact]
    public Task A_good_configuration_has_no_diagnostics()
        => Run(new Test { TestState = { AdditionalFiles = { ("/vms/100.conf", GoodConfig) } } });

    [Fact]
    public Task Each_bad_value_is_reported_at_its_file_line_and_column() => Run(new Test
    {
        TestState =
        {
            AdditionalFiles =
            {
                ("/vms/101.conf", """
                    boot: order=scsi0
                    amd-sev:   std,no-debug={|SG0200:maybe|}  
                    scsi0: local:d,format=raw,vmid={|SG0200:99|}
                    #amd-sev: stdd
                    scsi0: local:d,format=raw,{|SG0200:bakup|}=0
                    amd-sev: {|SG0200:allow-smt=1|}

                    [PENDING]
                    amd-sev: stdd
                    """),
            },
        },
        ExpectedMessages =
        {
            "The value of 'amd-sev' is not a valid 'AmdSevOptions': no-debug: type check ('boolean') failed - got 'maybe'",
            "The value of 'scsi0' is not a valid 'StorageVolume': vmid: value must have a minimum value of 100",
            "The value of 'scsi0' is not a valid 'StorageVolume': bakup: property is not defined in schema and the schema does not " +
                "allow additional properties; did you mean 'backup'?",
            "The value of 'amd-sev' is not a valid 'AmdSevOptions': type: property is missing and it is not optional",
        },
        // The suggestion travels with the diagnostic, for a tool that would fix the file.
        DiagnosticVerifier = (diagnostic, _, verifier) => verifier.Equal(
            diagnostic.GetMessage().EndsWith("did you mean 'backup'?", StringComparison.Ordinal) ? "backup" : null,
            diagnostic.Properties.GetValueOrDefault(Descriptors.SuggestedKeyProperty)),
    });

    [Fact]
    public Task Only_conf_files_are_checked_unless_editorconfig_says_otherwise() => Run(new Test
    {
        TestState =
        {
            AnalyzerConfigFiles =
            {
                ("/.editorconfig", $"""
                    root = true

                    [vms/*.txt]
                    {ConfigurationFileAnalyzer.CheckOption} = true

                    [vms/102.conf]
                    {ConfigurationFileAnalyzer.CheckOption} = false
                    """),
            },
            AdditionalFiles =
            {
                ("/vms/notes.txt", "amd-sev: {|SG0200:stdd|}"),
                ("/docs/notes.txt", "amd-sev: stdd"),
                ("/vms/102.conf", "amd-sev: stdd"),
                ("/vms/103.conf", "amd-sev: {|SG0200:stdd|}"),
            },
        },
        ExpectedMessages =
        {
            "The value of 'amd-sev' is not a valid 'AmdSevOptions': type: value may only be 3 characters long",
            "The value of 'amd-sev' is not a valid 'AmdSevOptions': type: value may only be 3 characters long",
        },
    });

    [Fact]
    public Task Schemas_of_referenced_assemblies_name_options_too()
    {
        var test = new Test
        {
            TestCode = "class Program { static void Main() { } }",
            TestState = { AdditionalFiles = { ("/vms/103.conf", "amd-sev: type={|SG0200:stdd|}") } },
            ExpectedMessages = { "The value of 'amd-sev' is not a valid 'AmdSevOptions': type: value may only be 3 characters long" },
        };
        test.AddReferencedProject("Library", SchemaSources.AmdSevOptions, SchemaSources.SevType);
        return test.RunAsync();
    }

    /// <summary>keyAlias, requires, a -list format and a disk size, each refused where PVE refuses it, on the refused part.</summary>
    [Fact]
    public Task The_language_words_are_checked_in_a_config_file()
    {
        var test = new Test
        {
            TestState =
            {
                AdditionalFiles =
                {
                    ("/vms/104.conf", """
                        net0: virtio=BC:24:11:2D:3E:4F,{|SG0200:e1000|}=BC:24:11:2D:3E:40
                        ipconfig0: {|SG0200:gw=10.0.0.1|}
                        boot: order=scsi0;{|SG0200:disk|};net0
                        virtio0: local:d,size={|SG0200:32Q|}
                        """),
                },
            },
            ExpectedMessages =
            {
                "The value of 'net0' is not a valid 'NetDevice': key alias 'model' is already defined",
                "The value of 'ipconfig0' is not a valid 'IpConfig': ip: missing property required by 'gw'",
                "The value of 'boot' is not a valid 'BootOrder': order: invalid format - invalid boot device 'disk'",
                "The value of 'virtio0' is not a valid 'DriveVolume': size: invalid format - value does not look like a valid disk "
                    + "size: 32Q",
            },
        };
        foreach (var schema in SchemaSources.Language)
        {
            test.TestState.Sources.Add(schema);
        }

        return test.RunAsync();
    }

    [Fact]
    public Task A_key_an_interface_gives_the_schema_is_checked_in_a_file_too()
    {
        var test = new Test
        {
            TestState =
            {
                Sources =
                {
                    """
                    using SchemaGen;
                    public interface IThrottle { [Key("mbps", Optional = true, Minimum = 1)] int? Mbps { get; init; } }

                    [PropertyString("pve-qm-virtio", Option = "virtio0")]
                    public partial record struct Virtio : IThrottle
                    {
                        [Key("file", DefaultKey = true)] public required partial string File { get; init; }
                    }
                    """,
                },
                AdditionalFiles = { ("/vms/104.conf", "virtio0: local:d,mbps=10\nvirtio0: local:d,mbps={|SG0200:0|}\n") },
            },
            ExpectedMessages = { "The value of 'virtio0' is not a valid 'Virtio': mbps: value must have a minimum value of 1" },
        };
        return test.RunAsync();
    }

    private static Task Run(Test test)
    {
        foreach (var schema in Schemas)
        {
            test.TestState.Sources.Add(schema);
        }

        return test.RunAsync();
    }
}
