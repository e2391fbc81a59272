using System.Reflection;
using SchemaGen.Generator.Tests.Infrastructure;

namespace SchemaGen.Generator.Tests.Patterns;

/// <summary>
/// What the generator writes for a key's pattern: an automaton when it compiles the pattern, a Regex when
/// it does not, and the parser refuses alike through either, with PVE's pattern error.
/// </summary>
public sealed class PatternEmissionTests
{
    private const string Schema = """
        using SchemaGen;
        namespace N;
        [PropertyString("f")]
        public partial record struct S
        {
            [Key("lower", Pattern = "[a-z]+")] public partial string? Lower { get; init; }
            [Key("word", Pattern = @"\w+")] public partial string? Word { get; init; }
        }
        """;

    private static readonly Lazy<(string Text, Type Type)> Generated = new(Generate);

    [Fact]
    public void A_pattern_the_generator_compiles_becomes_an_automaton_and_one_it_does_not_stays_a_regex()
    {
        string text = Generated.Value.Text;
        Assert.Contains("internal static class Lower", text, StringComparison.Ordinal);
        Assert.Contains("global::SchemaGen.Runtime.PatternAutomaton.IsMatch(value, Classes, Next, 3)", text, StringComparison.Ordinal);
        Assert.Contains("internal static readonly global::System.Text.RegularExpressions.Regex Word =", text, StringComparison.Ordinal);
        Assert.Single(text.Split("RegularExpressions.Regex ").Skip(1));
    }

    [Theory]
    [InlineData("lower=abc", null)]
    [InlineData("lower=aBc", "lower: value does not match the regex pattern")]
    [InlineData("lower=a1", "lower: value does not match the regex pattern")]
    [InlineData("word=a_1", null)]
    [InlineData("word=\u00E9t\u00E9", null)]
    [InlineData("word=a-b", "word: value does not match the regex pattern")]
    public void Both_check_the_value_as_PVE_does(string input, string? error)
    {
        var parse = Generated.Value.Type.GetMethod("Parse", [typeof(string), typeof(IFormatProvider)])!;
        try
        {
            parse.Invoke(null, [input, null]);
            Assert.Null(error);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is PropertyStringException parseError)
        {
            Assert.Equal(error, parseError.Message);
        }
    }

    private static (string Text, Type Type) Generate()
    {
        var (output, result, _) = GeneratorRunner.Run(TestCompilation.Create(Schema).WithAssemblyName("PatternEmission"));
        var type = TestCompilation.EmitAndLoad(output).GetType("N.S", throwOnError: true)!;
        return (string.Concat(result.GeneratedTrees.Select(tree => tree.ToString())), type);
    }
}
