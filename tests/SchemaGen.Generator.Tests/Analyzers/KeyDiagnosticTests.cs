using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Testing;
using static SchemaGen.Generator.Tests.Verifiers.CSharpAnalyzerVerifier;

namespace SchemaGen.Generator.Tests.Analyzers;

/// <summary>SG0008-SG0022: mistakes in one key, or between keys.</summary>
public sealed class KeyDiagnosticTests
{
    /// <summary>A schema with a valid default key, then the key under test.</summary>
    private static string Schema(string key, string extra = "") => $$"""
        using System;
        using SchemaGen;
        [PropertyString("f")]
        public partial record struct S
        {
            [Key("a", DefaultKey = true)] public required partial int A { get; init; }
            {{key}}
        {{extra}}
        }
        """;

    [Fact]
    public Task SG0008_a_static_key_property() => VerifyAnalyzerAsync(
        Schema("""[Key("b")] public static partial int? {|SG0008:B|} { get; set; }"""),
        ["SchemaGen cannot implement 'S.B' (key 'b'): it is static"]);

    [Fact]
    public Task SG0008_a_key_property_with_a_hand_written_body() => VerifyAnalyzerAsync(
        Schema(
            """[Key("b", Default = 1)] public partial int {|SG0008:B|} { get; init; }""",
            "    public partial int B { get => 1; init { } }"),
        ["SchemaGen cannot implement 'S.B' (key 'b'): it already has a body of its own"]);

    [Fact]
    public Task SG0009_a_key_of_an_unsupported_type() => VerifyAnalyzerAsync(
        Schema("""[Key("b")] public partial {|SG0009:DateTime?|} B { get; init; }"""),
        ["'S.B' (key 'b') has type 'DateTime?'; a key holds bool, an integer type, double, string or an enum, or their nullable forms"]);

    [Theory]
    [InlineData("\"a b\"", "a b", "key name", "it contains white space")]
    [InlineData("\"a,b\"", "a,b", "key name", "it contains ',', which separates keys")]
    [InlineData("\"a=b\"", "a=b", "key name", "it contains '=', which separates a key from its value")]
    [InlineData("\"\"", "", "key name", "it is empty")]
    [InlineData("\"café\"", "café", "key name", "it contains a character outside printable ASCII")]
    public Task SG0010_a_key_name_a_property_string_cannot_hold(string literal, string name, string what, string reason)
        => VerifyAnalyzerAsync(
        Schema($$"""[Key({|SG0010:{{literal}}|})] public partial int? B { get; init; }"""),
        [$"The {what} '{name}' of 'S.B' cannot be written in a property string: {reason}"]);

    [Fact]
    public Task SG0010_an_alias_a_property_string_cannot_hold() => VerifyAnalyzerAsync(
        Schema("""[Key("b", Alias = {|SG0010:"old b"|})] public partial int? B { get; init; }"""),
        ["The alias 'old b' of 'S.B' cannot be written in a property string: it contains white space"]);

    [Fact]
    public Task SG0011_a_key_name_used_twice() => VerifyAnalyzerAsync(
        Schema("""[Key({|SG0011:"a"|})] public partial int? B { get; init; }"""),
        ["'a' names two keys of 'S': 'A' and 'B' (as key name or alias)"]);

    [Fact]
    public Task SG0011_an_alias_that_is_another_key() => VerifyAnalyzerAsync(
        Schema("""[Key("b", Alias = {|SG0011:"a"|})] public partial int? B { get; init; }"""),
        ["'a' names two keys of 'S': 'A' and 'B' (as key name or alias)"]);

    [Fact]
    public Task SG0010_one_of_several_aliases_a_property_string_cannot_hold() => VerifyAnalyzerAsync(
        Schema("""[Key("b", Aliases = ["c", {|SG0010:"old b"|}])] public partial int? B { get; init; }"""),
        ["The alias 'old b' of 'S.B' cannot be written in a property string: it contains white space"]);

    [Fact]
    public Task SG0011_one_of_several_aliases_that_is_another_key() => VerifyAnalyzerAsync(
        Schema("""[Key("b", Aliases = ["c", {|SG0011:"a"|}])] public partial int? B { get; init; }"""),
        ["'a' names two keys of 'S': 'A' and 'B' (as key name or alias)"]);

    [Fact]
    public Task SG0011_an_alias_listed_twice() => VerifyAnalyzerAsync(
        Schema("""[Key("b", Aliases = ["c", {|SG0011:"c"|}])] public partial int? B { get; init; }"""),
        ["'c' names two keys of 'S': 'B' and 'B' (as key name or alias)"]);

    [Fact]
    public Task SG0011_an_alias_in_both_Alias_and_Aliases() => VerifyAnalyzerAsync(
        Schema("""[Key("b", Alias = "c", Aliases = new[] { {|SG0011:"c"|} })] public partial int? B { get; init; }"""),
        ["'c' names two keys of 'S': 'B' and 'B' (as key name or alias)"]);

    [Fact]
    public Task SG0012_two_default_keys() => VerifyAnalyzerAsync(
        Schema("""[Key("b", DefaultKey = {|SG0012:true|})] public partial int? B { get; init; }"""),
        ["'S' has two default keys: 'a' and 'b' ('B'); a bare value can belong to one key only"]);

    [Fact]
    public Task SG0013_Minimum_above_Maximum() => VerifyAnalyzerAsync(
        Schema("""[Key("b", Minimum = {|SG0013:10|}, Maximum = 5)] public partial int? B { get; init; }"""),
        ["'S.B' (key 'b'): Minimum 10 is above Maximum 5, so no value is valid"]);

    [Fact]
    public Task SG0013_Minimum_above_Maximum_for_a_number() => VerifyAnalyzerAsync(
        Schema("""[Key("b", Minimum = {|SG0013:1.5|}, Maximum = 0.25)] public partial double? B { get; init; }"""),
        ["'S.B' (key 'b'): Minimum 1.5 is above Maximum 0.25, so no value is valid"]);

    [Fact]
    public Task SG0014_MinLength_above_MaxLength() => VerifyAnalyzerAsync(
        Schema("""[Key("b", MinLength = {|SG0014:5|}, MaxLength = 3)] public partial string? B { get; init; }"""),
        ["'S.B' (key 'b'): MinLength 5 is above MaxLength 3, so no value is valid"]);

    [Theory]
    [InlineData("byte", "Maximum = {|SG0015:300|}", "Maximum 300", "it does not fit 'byte'")]
    [InlineData("int", "Minimum = {|SG0015:1.5|}", "Minimum 1.5", "an integer key's limit must be an integer constant")]
    [InlineData("int", "Minimum = {|SG0015:\"1\"|}", "Minimum \"1\"", "an integer key's limit must be an integer constant")]
    [InlineData("string", "Maximum = {|SG0015:5|}", "Maximum 5", "only integer and double keys have limits")]
    [InlineData("double", "Maximum = {|SG0015:double.PositiveInfinity|}", "Maximum Infinity", "a limit must be a finite number")]
    public Task SG0015_a_limit_that_does_not_fit_the_key(string type, string limit, string shown, string reason) => VerifyAnalyzerAsync(
        Schema($$"""[Key("b", {{limit}})] public partial {{type}}? B { get; init; }"""),
        [$"'S.B' (key 'b'): {shown} cannot be used: {reason}"]);

    [Theory]
    [InlineData("bool", "{|SG0016:\"yes\"|}", "\"yes\"", "bool")]
    [InlineData("byte", "{|SG0016:256|}", "256", "byte")]
    [InlineData("int", "{|SG0016:2.5|}", "2.5", "int")]
    [InlineData("string", "{|SG0016:5|}", "5", "string")]
    [InlineData("E", "{|SG0016:Other.X|}", "Other.X", "E")]
    [InlineData("E", "{|SG0016:(E)7|}", "7", "E")]
    public Task SG0016_a_Default_of_the_wrong_type(string type, string value, string shown, string typeName) => VerifyAnalyzerAsync(
        Schema(
            $$"""[Key("b", Default = {{value}})] public partial {{type}} B { get; init; }""",
            "}\npublic enum E { [EnumValue(\"x\")] X }\npublic enum Other { X"),
        [$"'S.B' (key 'b'): Default {shown} is not a value of type '{typeName}'"]);

    [Theory]
    [InlineData("int", "{|SG0017:200|}, Minimum = 0, Maximum = 100", "200", "value must have a maximum value of 100")]
    [InlineData("double", "{|SG0017:0.1|}, Minimum = 0.5", "0.1", "value must have a minimum value of 0.5")]
    [InlineData("string", "{|SG0017:\"Local\"|}, Pattern = \"[a-z]+\"", "\"Local\"", "value does not match the regex pattern")]
    [InlineData("string", "{|SG0017:\"toolong\"|}, MaxLength = 3", "\"toolong\"", "value may only be 3 characters long")]
    public Task SG0017_a_Default_that_breaks_the_key_s_rules(string type, string value, string shown, string message)
        => VerifyAnalyzerAsync(
        Schema($$"""[Key("b", Default = {{value}})] public partial {{type}} B { get; init; }"""),
        [$"'S.B' (key 'b'): Default {shown} breaks the key's own rules: {message}"]);

    [Fact]
    public Task SG0018_a_Pattern_that_is_not_a_regular_expression()
    {
        string reason;
        try
        {
            _ = new Regex("^(?:[a-z)\\z", RegexOptions.CultureInvariant);
            throw new InvalidOperationException("the pattern should not compile");
        }
        catch (ArgumentException exception)
        {
            reason = exception.Message;
        }

        return VerifyAnalyzerAsync(
            Schema("""[Key("b", Pattern = {|SG0018:"[a-z"|})] public partial string? B { get; init; }"""),
            [$"'S.B' (key 'b'): Pattern is not a valid regular expression: {reason}"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("private static bool Nope(ReadOnlySpan<char> value) => true;")]
    [InlineData("private string? Nope(ReadOnlySpan<char> value) => null;")]
    [InlineData("private static string? Nope(string value) => null;")]
    public Task SG0019_a_Format_that_names_no_validator_method(string method) => VerifyAnalyzerAsync(
        // Compiler diagnostics are checked too: the generator writes the placeholder, so SG0019 stands alone.
        Schema("""[Key("b", Format = {|SG0019:"Nope"|})] public partial string? B { get; init; }""", "    " + method),
        ["'S.B' (key 'b'): Format 'Nope' is neither a method 'static string? Nope(ReadOnlySpan<char> value)' of 'S' "
            + "nor one of PVE's named formats"]);

    [Theory]
    [InlineData("mac-adr", "; did you mean 'mac-addr'?")]
    [InlineData("pve-qm-bootdev-lst", "; did you mean 'pve-qm-bootdev-list'?")]
    [InlineData("ipv5", "; did you mean 'ipv4'?")]
    [InlineData("nothing-like-it", "")]
    public Task SG0019_an_unknown_PVE_format_suggests_the_nearest(string format, string suggestion) => VerifyAnalyzerAsync(
        Schema($$"""[Key("b", Format = {|SG0019:"{{format}}"|})] public partial string? B { get; init; }"""),
        [$"'S.B' (key 'b'): Format '{format}' is neither a method 'static string? {format}(ReadOnlySpan<char> value)' of 'S' "
            + $"nor one of PVE's named formats{suggestion}"]);

    [Theory]
    [InlineData("string?", "mac-addr")]
    [InlineData("string?", "pve-qm-bootdev-list")]
    [InlineData("string?", "disk-size")]
    [InlineData("long?", "disk-size")]
    [InlineData("ulong?", "disk-size")]
    public Task SG0019_and_SG0027_are_quiet_for_a_PVE_format_the_property_can_hold(string type, string format) => VerifyAnalyzerAsync(
        Schema($$"""[Key("b", Format = "{{format}}")] public partial {{type}} B { get; init; }"""),
        []);

    [Theory]
    [InlineData("int?", "disk-size", "'disk-size' holds bytes in a long or ulong property, or the text in a string property")]
    [InlineData("long?", "pve-qm-bootdev-list", "a '-list' format holds the list's text, so its property must be a string")]
    [InlineData("bool?", "mac-addr", "a PVE format checks text, so its property must be a string")]
    public Task SG0027_a_PVE_format_on_a_property_that_cannot_hold_it(string type, string format, string reason) => VerifyAnalyzerAsync(
        Schema($$"""[Key("b", Format = {|SG0027:"{{format}}"|})] public partial {{type}} B { get; init; }"""),
        [$"'S.B' (key 'b'): the PVE format '{format}' cannot stand on a property of type '{type}': {reason}"]);

    [Theory]
    [InlineData("int?", "c", "only the values of an enum key can be keys")]
    [InlineData("E?", "nothing", "'nothing' names no key of the schema")]
    [InlineData("E?", "b", "a key's values cannot be keys for the key itself")]
    [InlineData("E?", "a", "'a' is an integer key, and the key that takes the text after each value must be a string key")]
    [InlineData("E?", "d", "'d' is a boolean key, and the key that takes the text after each value must be a string key")]
    public Task SG0028_ValuesAreKeysFor_that_cannot_be_used(string type, string target, string reason) => VerifyAnalyzerAsync(
        Schema(
            $$"""[Key("b", ValuesAreKeysFor = {|SG0028:"{{target}}"|})] public partial {{type}} B { get; init; }"""
                + """ [Key("c")] public partial string? C { get; init; } [Key("d")] public partial bool? D { get; init; }""",
            "}\npublic enum E { [EnumValue(\"x\")] X"),
        [$"'S.B' (key 'b'): ValuesAreKeysFor = '{target}' cannot be used: {reason}"]);

    [Fact]
    public Task SG0011_a_value_used_as_a_key_that_is_another_keys_name() => VerifyAnalyzerAsync(
        Schema(
            """[Key("b", ValuesAreKeysFor = {|SG0011:"c"|})] public partial E? B { get; init; }"""
                + """ [Key("c")] public partial string? C { get; init; }""",
            "}\npublic enum E { [EnumValue(\"a\")] X"),
        ["'a' names two keys of 'S': 'A' and 'B' (as key name or alias)"]);

    [Theory]
    [InlineData("nothing", "'nothing' names no key of the schema")]
    [InlineData("b", "a key cannot require itself")]
    public Task SG0029_Requires_that_names_no_other_key(string target, string reason) => VerifyAnalyzerAsync(
        Schema($$"""[Key("b", Requires = {|SG0029:"{{target}}"|})] public partial string? B { get; init; }"""),
        [$"'S.B' (key 'b'): Requires = '{target}' cannot be used: {reason}"]);

    [Fact]
    public Task SG0028_and_SG0029_are_quiet_for_a_net_like_schema() => VerifyAnalyzerAsync(
        Schema(
            """[Key("m", ValuesAreKeysFor = "mac")] public partial E? M { get; init; }"""
                + """ [Key("mac", Format = "mac-addr", Requires = "a")] public partial string? Mac { get; init; }""",
            "}\npublic enum E { [EnumValue(\"virtio\")] Virtio, [EnumValue(\"e1000\")] E1000"),
        []);

    [Fact]
    public Task SG0019_is_quiet_for_a_validator_method_and_nameof() => VerifyAnalyzerAsync(
        Schema(
            """[Key("b", Format = nameof(Check))] public partial string? B { get; init; }""",
            "    private static string? Check(ReadOnlySpan<char> value) => value.IsEmpty ? \"empty\" : null;"),
        []);

    [Theory]
    [InlineData("bool", "bool")]
    [InlineData("string", "string")]
    [InlineData("E", "E")]
    public Task SG0020_an_optional_key_without_a_value_for_absence(string type, string shown) => VerifyAnalyzerAsync(
        Schema($$"""[Key("b")] public partial {{type}} {|SG0020:B|} { get; init; }""", "}\npublic enum E { [EnumValue(\"x\")] X"),
        [$"'S.B' (key 'b') is optional but has no value for an absent key: make it required, nullable ('{shown}?'), or give it a Default"]);

    [Fact]
    public Task SG0020_also_when_marked_Optional() => VerifyAnalyzerAsync(
        Schema("""[Key("b", Optional = true)] public partial int {|SG0020:B|} { get; init; }"""),
        ["'S.B' (key 'b') is optional but has no value for an absent key: make it required, nullable ('int?'), or give it a Default"]);

    [Fact]
    public Task SG0021_a_required_key_with_a_Default() => VerifyAnalyzerAsync(
        Schema("""[Key("b", Default = {|SG0021:1|})] public required partial int B { get; init; }"""),
        ["'S.B' (key 'b') is required, so its Default is never used"]);

    [Fact]
    public Task SG0022_a_required_key_marked_Optional() => VerifyAnalyzerAsync(
        Schema("""[Key("b", Optional = {|SG0022:true|})] public required partial int B { get; init; }"""),
        ["'S.B' (key 'b') is both required and Optional = true"]);
}
