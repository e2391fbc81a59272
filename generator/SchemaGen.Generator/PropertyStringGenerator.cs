using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemaGen.Generator.Emitting;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Parsing;

namespace SchemaGen.Generator;

/// <summary>
/// Generates a parser, printer and validator for every <c>[PropertyString]</c> type.
/// Pipeline: attribute lookup, then <see cref="SchemaParser"/> (symbols to a value-equatable
/// model), then <see cref="SchemaEmitter"/> (model to text). It reports nothing: a schema it cannot
/// use gets placeholder code (<see cref="FallbackEmitter"/>) that keeps the build going to the
/// analyzers, which explain the mistake.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PropertyStringGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var targets = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                ContractNames.PropertyStringAttribute,
                static (node, _) => node is TypeDeclarationSyntax,
                static (context, cancellationToken) => Read(context, cancellationToken))
            .WithTrackingName(PipelineStepNames.Schemas);

        var schemas = targets
            .Select(static (target, _) => target.Schema)
            .Where(static model => model is not null)
            .WithTrackingName(PipelineStepNames.UsableSchemas);

        var fallbacks = targets
            .Select(static (target, _) => target.Fallback)
            .Where(static model => model is not null)
            .WithTrackingName(PipelineStepNames.Fallbacks);

        context.RegisterSourceOutput(schemas, static (context, model) =>
            context.AddSource(SchemaEmitter.HintName(model!), SchemaEmitter.EmitSourceText(model!)));

        context.RegisterSourceOutput(fallbacks, static (context, model) =>
            context.AddSource(FallbackEmitter.HintName(model!), FallbackEmitter.Emit(model!)));
    }

    private static GenerationTarget Read(GeneratorAttributeSyntaxContext context, System.Threading.CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol type)
        {
            return new GenerationTarget(null, null);
        }

        var languageVersion = ((CSharpParseOptions)context.TargetNode.SyntaxTree.Options).LanguageVersion;
        var schema = SchemaParser.Parse(type, languageVersion, context.SemanticModel, cancellationToken);
        return schema is not null
            ? new GenerationTarget(schema, null)
            : new GenerationTarget(null, languageVersion >= SchemaParser.MinimumLanguageVersion
                ? FallbackParser.Parse(type, cancellationToken) : null);
    }
}
