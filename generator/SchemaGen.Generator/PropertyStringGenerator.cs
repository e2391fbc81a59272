using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemaGen.Generator.Emitting;
using SchemaGen.Generator.Parsing;

namespace SchemaGen.Generator;

/// <summary>
/// Generates a parser, printer and validator for every <c>[PropertyString]</c> type.
/// Pipeline: attribute lookup, then <see cref="SchemaParser"/> (symbols to a value-equatable
/// model), then <see cref="SchemaEmitter"/> (model to text). It reports nothing: schemas it cannot
/// use are skipped, and the analyzers explain them.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PropertyStringGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var schemas = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownNames.PropertyStringAttribute,
                static (node, _) => node is TypeDeclarationSyntax,
                static (context, cancellationToken) => context.TargetSymbol is INamedTypeSymbol type
                    ? SchemaParser.Parse(type, ((CSharpParseOptions)context.TargetNode.SyntaxTree.Options).LanguageVersion, cancellationToken)
                    : null)
            .WithTrackingName(TrackingNames.Schemas)
            .Where(static model => model is not null)
            .WithTrackingName(TrackingNames.UsableSchemas);

        context.RegisterSourceOutput(schemas, static (context, model) =>
            context.AddSource(SchemaEmitter.HintName(model!), SchemaEmitter.Emit(model!)));
    }
}
