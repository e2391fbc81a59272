using System.Reflection;

namespace SchemaGen.Generator.Tests.Infrastructure;

/// <summary>
/// The parsers the generator really emits for the repository's schemas, compiled in memory and
/// loaded, so that tests can hold the analyzers' interpreter against them.
/// </summary>
public static class GeneratedParsers
{
    private static readonly Lazy<Assembly> Assembly = new(Load);

    /// <summary>What <c>Parse</c> of the type (full name) does with <paramref name="input"/>: null on success, else its error.</summary>
    public static PropertyStringError? Parse(string typeName, string input)
    {
        var type = Assembly.Value.GetType(typeName, throwOnError: true)!;
        var parse = type.GetMethod("Parse", [typeof(string), typeof(IFormatProvider)])!;
        try
        {
            parse.Invoke(null, [input, null]);
            return null;
        }
        catch (TargetInvocationException exception) when (exception.InnerException is PropertyStringException parseError)
        {
            return parseError.Error;
        }
    }

    private static Assembly Load()
    {
        var compilation = TestCompilation.Create([SchemaSources.AmdSevOptions, SchemaSources.SevType, SchemaSources.SevHostCapabilities,
            SchemaSources.StorageVolume, .. SchemaSources.Language])
            .WithAssemblyName("GeneratedParsers");
        var (output, _, _) = GeneratorRunner.Run(compilation);
        return TestCompilation.EmitAndLoad(output);
    }
}
