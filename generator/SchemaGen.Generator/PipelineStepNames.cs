namespace SchemaGen.Generator;

/// <summary>Names of the incremental pipeline's steps, so tests can check what was cached.</summary>
internal static class PipelineStepNames
{
    /// <summary>Every <c>[PropertyString]</c> type read into a model (null where it cannot be used).</summary>
    public const string Schemas = nameof(Schemas);

    /// <summary>The models generation proceeds with.</summary>
    public const string UsableSchemas = nameof(UsableSchemas);

    /// <summary>The schemas with mistakes, which get placeholder code so the analyzers can run.</summary>
    public const string Fallbacks = nameof(Fallbacks);
}
