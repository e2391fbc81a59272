namespace SchemaGen.Generator.Model;

/// <summary>
/// A schema the generator cannot implement, reduced to what keeps the user's code compiling:
/// its partial key properties (given plain bodies) and the names of the generated API (which
/// throw). Without it the compiler's own errors (CS9248, CS0117) would stop the build before the
/// analyzers run, and the user would never see the SG diagnostic that explains the mistake.
/// </summary>
internal sealed record FallbackModel(
    string? Namespace,
    string TypeName,
    string TypeParameters,
    string Declaration,
    bool IsReadOnly,
    EquatableArray<ContainingTypeModel> ContainingTypes,
    EquatableArray<FallbackProperty> Properties)
{
    /// <summary>The type as generated code names it, with its type parameters.</summary>
    public string SelfName => TypeName + TypeParameters;
}

/// <summary>
/// A partial property the fallback gives a plain body: its declaration, repeated exactly; or an interface's key property
/// (<paramref name="IsFromInterface"/>), which it declares whole and marks as generated, as the generated code would.
/// </summary>
internal sealed record FallbackProperty(string Name, string TypeText, string Modifiers, string? SetterKeyword, string? SetterModifiers,
    bool IsStatic, bool IsFromInterface = false);

/// <summary>What the first pipeline step finds for a <c>[PropertyString]</c> type: a schema, or a fallback, or neither.</summary>
internal sealed record GenerationTarget(SchemaModel? Schema, FallbackModel? Fallback);
