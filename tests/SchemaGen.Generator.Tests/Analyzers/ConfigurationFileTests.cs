using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Tests.Infrastructure;

namespace SchemaGen.Generator.Tests.Analyzers;

/// <summary>SG0200: Proxmox-style VM configuration files listed as AdditionalFiles, checked against the schemas that name their
/// option.</summary>
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

    private const string BrokenConfig = """
        boot: order=scsi0
        amd-sev:   std,no-debug=maybe  
        scsi0: local:d,format=raw,vmid=99
        #amd-sev: stdd
        scsi0: local:d,format=raw,bakup=0
        amd-sev: allow-smt=1

        [PENDING]
        amd-sev: stdd
        """;

    private static readonly string[] Schemas = [SchemaSources.AmdSevOptions, SchemaSources.SevType, SchemaSources.StorageVolume];

    [Fact]
    public async Task A_good_configuration_has_no_diagnostics()
    {
        var diagnostics = await RunAsync(new TestAdditionalText("/vms/100.conf", GoodConfig));
        Assert.True(diagnostics.IsEmpty, TestCompilation.Describe(diagnostics));
    }

    [Fact]
    public async Task Each_bad_value_is_reported_at_its_file_line_and_column()
    {
        var diagnostics = await RunAsync(new TestAdditionalText("/vms/101.conf", BrokenConfig));
        var lines = BrokenConfig.Split('\n');
        var found = diagnostics.Select(d =>
        {
            var span = d.Location.GetLineSpan();
            Assert.Equal("/vms/101.conf", span.Path);
            Assert.Equal(span.StartLinePosition.Line, span.EndLinePosition.Line);
            var text = lines[span.StartLinePosition.Line].Substring(span.StartLinePosition.Character,
                span.EndLinePosition.Character - span.StartLinePosition.Character);
            return (d.Id, Line: span.StartLinePosition.Line + 1, Column: span.StartLinePosition.Character + 1, text,
                Message: d.GetMessage());
        }).ToList();

        Assert.Equal(
            [
                ("SG0200", 2, 25, "maybe",
                    "The value of 'amd-sev' is not a valid 'AmdSevOptions': no-debug: type check ('boolean') failed - got 'maybe'"),
                ("SG0200", 3, 32, "99",
                    "The value of 'scsi0' is not a valid 'StorageVolume': vmid: value must have a minimum value of 100"),
                ("SG0200", 5, 27, "bakup",
                    "The value of 'scsi0' is not a valid 'StorageVolume': bakup: property is not defined in schema and the schema does " +
                        "not allow additional properties; did you mean 'backup'?"),
                ("SG0200", 6, 10, "allow-smt=1",
                    "The value of 'amd-sev' is not a valid 'AmdSevOptions': type: property is missing and it is not optional"),
            ],
            found);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Equal("backup", diagnostics[2].Properties[Descriptors.SuggestedKeyProperty]);
    }

    [Fact]
    public async Task Only_conf_files_are_checked_unless_editorconfig_says_otherwise()
    {
        var notes = new TestAdditionalText("/vms/notes.txt", "amd-sev: stdd");
        Assert.Empty(await RunAsync(notes));

        var optIn = new TestAnalyzerConfigOptionsProvider("notes.txt",
            ImmutableDictionary<string, string>.Empty.Add(ConfigurationFileAnalyzer.CheckOption, "true"));
        Assert.Single(await RunAsync(optIn, notes));

        var optOut = new TestAnalyzerConfigOptionsProvider("102.conf",
            ImmutableDictionary<string, string>.Empty.Add(ConfigurationFileAnalyzer.CheckOption, "false"));
        Assert.Empty(await RunAsync(optOut, new TestAdditionalText("/vms/102.conf", "amd-sev: stdd")));
    }

    [Fact]
    public async Task Schemas_of_referenced_assemblies_name_options_too()
    {
        var (library, _, _) = GeneratorRunner.Run(TestCompilation.Create(SchemaSources.AmdSevOptions, SchemaSources.SevType));
        using var image = new MemoryStream();
        Assert.True(library.Emit(image).Success);
        var consumer = CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText("class Program { static void Main() { } }", TestCompilation.ParseOptions())],
            [.. ReferenceAssemblies.NetWithRuntime, MetadataReference.CreateFromImage(image.ToArray())],
            new CSharpCompilationOptions(OutputKind.ConsoleApplication));

        var diagnostics = await AnalyzerRunner.RunAsync(consumer, [new TestAdditionalText("/vms/103.conf", "amd-sev: type=stdd")]);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("The value of 'amd-sev' is not a valid 'AmdSevOptions': type: value may only be 3 characters long",
            diagnostic.GetMessage());
    }

    private static Task<ImmutableArray<Diagnostic>> RunAsync(params AdditionalText[] files) => RunAsync(null, files);

    private static Task<ImmutableArray<Diagnostic>> RunAsync(TestAnalyzerConfigOptionsProvider? options, params AdditionalText[] files)
        => AnalyzerRunner.RunAsync(TestCompilation.Create(Schemas), [.. files], options);
}
