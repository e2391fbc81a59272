using static SchemaGen.Generator.Tests.Verifiers.CSharpAnalyzerVerifier;

namespace SchemaGen.Generator.Tests.Analyzers;

/// <summary>The keys an interface gives a schema are checked as the schema's own: where the interface declares them.</summary>
public sealed class InterfaceKeyDiagnosticTests
{
    private const string Schema = """
        using SchemaGen;
        [PropertyString("f")]
        public partial record struct S : IShared
        {
            [Key("a", DefaultKey = true)] public required partial int A { get; init; }
        }
        """;

    [Fact]
    public Task SG0009_an_interface_key_of_an_unsupported_type() => VerifyAnalyzerAsync(
        Schema,
        [
            "'S.When' (key 'when') has type 'DateTime?'; a key holds bool, an integer type, double, string or an enum, or their "
            + "nullable forms",
        ],
        """
        using System;
        using SchemaGen;
        public interface IShared
        {
            [Key("when", Optional = true)] {|SG0009:DateTime?|} When { get; init; }
        }
        """);

    [Fact]
    public Task SG0011_an_interface_key_named_like_one_of_the_schemas() => VerifyAnalyzerAsync(
        Schema,
        ["'a' names two keys of 'S': 'A' and 'B' (as key name or alias)"],
        """
        using SchemaGen;
        public interface IShared
        {
            [Key({|SG0011:"a"|}, Optional = true)] int? B { get; init; }
        }
        """);

    [Fact]
    public Task A_valid_interface_key_gives_no_diagnostic() => VerifyAnalyzerAsync(
        Schema,
        [],
        """
        using SchemaGen;
        public interface IShared
        {
            [Key("b", Optional = true, Minimum = 1)] int? B { get; init; }
        }
        """);
}
