using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Tests.Infrastructure;
using static SchemaGen.Generator.Tests.Infrastructure.AnalyzerVerifier;

namespace SchemaGen.Generator.Tests.Analyzers;

/// <summary>SG0100 and SG0101: constant property strings that the generated parser would refuse.</summary>
public sealed class PropertyStringLiteralTests
{
    private static readonly string[] Schemas = [SchemaSources.AmdSevOptions, SchemaSources.SevType, SchemaSources.SevHostCapabilities,
        SchemaSources.StorageVolume];

    private static string Usage(string statements) => $$"""
        using System;
        using SchemaGen.Sev;
        using SchemaGen.TestSchemas;
        static class Usage
        {
            const string TooLong = "stdd";

            static void Run()
            {
                {{statements}}
            }
        }
        """;

    private static Task Verify(string statements, params string[] messages) => VerifyAsync(Usage(statements), messages, Schemas);

    private const string Prefix = "This property string is not a valid 'AmdSevOptions': ";

    [Fact]
    public Task An_error_is_narrowed_to_the_offending_value() => Verify(
        """_ = AmdSevOptions.Parse("type={|SG0100:stdd|},no-debug=1");""",
        Prefix + "type: value may only be 3 characters long");

    [Fact]
    public Task The_leftmost_error_wins_as_in_the_parser() => Verify(
        """_ = AmdSevOptions.Parse("std,no-debug={|SG0100:maybe|},allow-smt=2");""",
        Prefix + "no-debug: type check ('boolean') failed - got 'maybe'");

    [Fact]
    public Task Structural_errors_point_at_their_part() => Verify(
        """
        _ = AmdSevOptions.Parse("{|SG0100:type=std|},{|SG0100:type=es|}".Length > 0 ? "x" : "y");
        _ = AmdSevOptions.Parse("type=std,{|SG0100:type|}=es");
        _ = AmdSevOptions.Parse("std,{|SG0100:es|}");
        _ = AmdSevOptions.Parse("std,{|SG0100:=1|}");
        _ = SevHostCapabilities.Parse("{|SG0100:51|}");
        """.Replace("\"{|SG0100:type=std|},{|SG0100:type=es|}\".Length > 0 ? \"x\" : \"y\"", "Environment.NewLine"),
        Prefix + "duplicate key in comma-separated list property: type",
        Prefix + "duplicate key in comma-separated list property: type",
        Prefix + "missing key in comma-separated list property",
        "This property string is not a valid 'SevHostCapabilities': value without key, but schema does not define a default key");

    [Fact]
    public Task A_missing_required_key_marks_the_whole_literal() => Verify(
        """_ = AmdSevOptions.Parse({|SG0100:"allow-smt=1"|});""",
        Prefix + "type: property is missing and it is not optional");

    [Fact]
    public Task Escapes_before_the_error_keep_the_span_exact() => Verify(
        """
        _ = AmdSevOptions.Parse("std,\u0061llow-smt={|SG0100:2|}");
        _ = AmdSevOptions.Parse("std,no-debug=1,kernel-hashes={|SG0100:\x0079es!|}");
        _ = AmdSevOptions.Parse("std,{|SG0101:\tno-debug|}=1");
        """,
        Prefix + "allow-smt: type check ('boolean') failed - got '2'",
        Prefix + "kernel-hashes: type check ('boolean') failed - got 'yes!'",
        // Nothing is trimmed, as in PVE: the tab belongs to the key.
        Prefix + "\tno-debug: property is not defined in schema and the schema does not allow additional properties; did you mean " +
            "'no-debug'?");

    [Fact]
    public Task Verbatim_and_raw_literals_map_too() => Verify(
        """"
        _ = AmdSevOptions.Parse(@"type=std,no-debug={|SG0100:maybe|}");
        _ = AmdSevOptions.Parse("""type=std,allow-smt={|SG0100:x|}""");
        _ = AmdSevOptions.Parse("""
            std,{|SG0100:
              no-debug|}=1
            """);
        """",
        Prefix + "no-debug: type check ('boolean') failed - got 'maybe'",
        Prefix + "allow-smt: type check ('boolean') failed - got 'x'",
        Prefix + "\n  no-debug: property is not defined in schema and the schema does not allow additional properties");

    [Fact]
    public Task Constants_that_are_not_literals_mark_the_whole_expression() => Verify(
        """
        _ = AmdSevOptions.Parse({|SG0100:TooLong|});
        _ = AmdSevOptions.Parse({|SG0100:"type=" + TooLong|});
        _ = AmdSevOptions.Parse({|SG0100:$"type={TooLong}"|});
        """,
        Prefix + "type: value may only be 3 characters long",
        Prefix + "type: value may only be 3 characters long",
        Prefix + "type: value may only be 3 characters long");

    [Fact]
    public Task Every_generated_entry_point_is_checked() => Verify(
        """
        _ = AmdSevOptions.Parse("{|SG0100:STD|}"u8);
        _ = AmdSevOptions.Parse("{|SG0100:STD|}".AsSpan());
        _ = AmdSevOptions.Parse("{|SG0100:STD|}", null);
        _ = AmdSevOptions.Parse("{|SG0100:STD|}".AsSpan(), null);
        _ = AmdSevOptions.TryParse("{|SG0102:STD|}", out _, out _);
        _ = AmdSevOptions.TryParse("{|SG0102:STD|}"u8, out _, out _);
        _ = AmdSevOptions.TryParse("{|SG0102:STD|}", null, out _);
        """,
        [
            .. Enumerable.Repeat(Prefix + "type: value 'STD' does not have a value in the enumeration 'std, es, snp'", 4),
            .. Enumerable.Repeat(
                "TryParse always fails on this property string: it is not a valid 'AmdSevOptions': type: value 'STD' does not have a " +
                    "value in the enumeration 'std, es, snp'", 3),
        ]);

    [Fact]
    public async Task TryParse_on_a_failing_constant_is_informational_and_still_names_the_key_it_meant()
    {
        var diagnostics = await AnalyzerRunner.RunAsync([.. Schemas, Usage(
            """_ = AmdSevOptions.TryParse("std,no-debgu=1", out _, out _);""")]);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("SG0102", DiagnosticSeverity.Info), (diagnostic.Id, diagnostic.Severity));
        Assert.EndsWith(
            "no-debgu: property is not defined in schema and the schema does not allow additional properties; did you mean 'no-debug'?",
            diagnostic.GetMessage());
        Assert.Equal("no-debug", diagnostic.Properties[Descriptors.SuggestedKeyProperty]);
    }

    [Fact]
    public Task Limits_patterns_and_aliases_of_a_richer_schema() => Verify(
        """
        _ = StorageVolume.Parse("local:d,format=raw,vmid={|SG0100:99|}");
        _ = StorageVolume.Parse("{|SG0100:Local:d|},format=raw");
        _ = StorageVolume.Parse("local:d,format=raw,vmid=100,{|SG0100:id|}=101");
        _ = StorageVolume.Parse("local:d,format=raw,mbps={|SG0100:1e999|}");
        """,
        "This property string is not a valid 'StorageVolume': vmid: value must have a minimum value of 100",
        "This property string is not a valid 'StorageVolume': volume: value does not match the regex pattern",
        "This property string is not a valid 'StorageVolume': key 'vmid' is already defined (via alias)",
        "This property string is not a valid 'StorageVolume': mbps: type check ('number') failed - got '1e999'");

    [Fact]
    public Task A_custom_format_the_analyzer_cannot_run_silences_what_it_could_decide() => Verify(
        """
        _ = StorageVolume.Parse("local:d,format=raw,serial=a b");
        _ = StorageVolume.Parse("local:d,format=raw,serial=ok,vmid=1");
        _ = StorageVolume.Parse("local:d,format=raw,vmid={|SG0100:1|},serial=ok");
        """,
        "This property string is not a valid 'StorageVolume': vmid: value must have a minimum value of 100");

    [Fact]
    public Task SG0101_a_misspelled_key_names_the_key_it_probably_meant() => Verify(
        """
        _ = AmdSevOptions.Parse("std,{|SG0101:alow-smt|}=1");
        _ = AmdSevOptions.Parse("std,{|SG0101:No-Debug|}=1");
        _ = AmdSevOptions.Parse("std,{|SG0100:smt|}=1");
        """,
        Prefix + "alow-smt: property is not defined in schema and the schema does not allow additional properties; did you mean " +
            "'allow-smt'?",
        Prefix + "No-Debug: property is not defined in schema and the schema does not allow additional properties; did you mean " +
            "'no-debug'?",
        Prefix + "smt: property is not defined in schema and the schema does not allow additional properties");

    [Fact]
    public async Task SG0101_carries_the_keys_for_its_code_fix()
    {
        var diagnostics = await AnalyzerRunner.RunAsync([.. Schemas, Usage("""_ = AmdSevOptions.Parse("snp,kernel-hahes=1");""")]);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("SG0101", diagnostic.Id);
        Assert.Equal("kernel-hahes", diagnostic.Properties[Descriptors.UnknownKeyProperty]);
        Assert.Equal("kernel-hashes", diagnostic.Properties[Descriptors.SuggestedKeyProperty]);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("https://github.com/schemagen/schemagen/blob/main/docs/diagnostics/SG0101.md", diagnostic.Descriptor.HelpLinkUri);
    }

    [Fact]
    public async Task A_schema_from_a_referenced_assembly_is_checked_too()
    {
        // The schema is compiled into a library first, as SchemaGen.Sev is for its users.
        var (library, _, _) = GeneratorRunner.Run(TestCompilation.Create(SchemaSources.AmdSevOptions, SchemaSources.SevType));
        using var image = new MemoryStream();
        var emitted = library.Emit(image);
        Assert.True(emitted.Success, TestCompilation.Describe(emitted.Diagnostics));
        var reference = MetadataReference.CreateFromImage(image.ToArray());

        var markup = Markup.Parse("""
            using SchemaGen.Sev;
            static class Usage
            {
                static AmdSevOptions Run() => AmdSevOptions.Parse("snp,allow-smt={|SG0100:maybe|}");
            }
            """);
        var consumer = CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText(markup.Source, TestCompilation.ParseOptions(), path: "Source0.cs")],
            [.. ReferenceAssemblies.NetWithRuntime, reference],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var diagnostics = await AnalyzerRunner.RunAsync(consumer, ImmutableArray<AdditionalText>.Empty);
        markup.AssertMatches(diagnostics, Prefix + "allow-smt: type check ('boolean') failed - got 'maybe'");
    }
}
